(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun read_value () Real)
(declare-fun x_1025 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_724 22))
(assert
 (= phase_725 22))
(assert
 (= phase_727 22))
(assert
 (= phase_728 22))
(assert
 (= phase_729 22))
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (let ((?x131314 (* (- 1.0) x_1025)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x137835 (ite $x24162 ?x131314 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x97369 (ite $x208249 (* 1.0 x_1025) 0.0)))
 (let ((?x140133 (+ ?x97369 ?x137835)))
 (let (($x185498 (= read_value x_1025)))
 (let (($x133358 (and (and (= read_index 7) (not false)) (= boundary (- phase_732 1)))))
 (let (($x54032 (and (and (= read_index 6) (not false)) (= boundary (- phase_731 1)))))
 (let (($x99431 (and (and (= read_index 5) (not false)) (= boundary (- phase_730 1)))))
 (let (($x41433 (and (and (= read_index 4) (not false)) (= boundary (- phase_729 1)))))
 (let (($x213026 (and (and (= read_index 3) (not false)) (= boundary (- phase_728 1)))))
 (let (($x158696 (and (and (= read_index 2) (not false)) (= boundary (- phase_727 1)))))
 (let (($x74421 (and (and (= read_index 1) (not false)) (= boundary (- phase_725 1)))))
 (let (($x175196 (and (and (= read_index 0) (not false)) (= boundary (- phase_724 1)))))
 (let (($x227759 (or (and $x175196 $x185498) (and $x74421 $x185498) (and $x158696 $x185498) (and $x213026 $x185498) (and $x41433 $x185498) (and $x99431 $x185498) (and $x54032 $x185498) (and $x133358 $x185498))))
 (and $x227759 (and (distinct ?x140133 read_value) true)))))))))))))))))))
(check-sat)
