(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun read_value () Real)
(declare-fun x_1024 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_723 22))
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
 (let ((?x53435 (* (- 1.0) x_1024)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x68561 (ite $x24162 ?x53435 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x32544 (ite $x208249 (* 1.0 x_1024) 0.0)))
 (let ((?x164061 (+ ?x32544 ?x68561)))
 (let (($x141106 (= read_value x_1024)))
 (let (($x59810 (and (and (= read_index 7) (not false)) (= boundary (- phase_731 1)))))
 (let (($x21736 (and (and (= read_index 6) (not false)) (= boundary (- phase_730 1)))))
 (let (($x208281 (and (and (= read_index 5) (not false)) (= boundary (- phase_729 1)))))
 (let (($x63555 (and (and (= read_index 4) (not false)) (= boundary (- phase_728 1)))))
 (let (($x147009 (and (and (= read_index 3) (not false)) (= boundary (- phase_727 1)))))
 (let (($x180137 (and (and (= read_index 2) (not false)) (= boundary (- phase_725 1)))))
 (let (($x225022 (and (and (= read_index 1) (not false)) (= boundary (- phase_724 1)))))
 (let (($x121289 (and (and (= read_index 0) (not false)) (= boundary (- phase_723 1)))))
 (let (($x275368 (or (and $x121289 $x141106) (and $x225022 $x141106) (and $x180137 $x141106) (and $x147009 $x141106) (and $x63555 $x141106) (and $x208281 $x141106) (and $x21736 $x141106) (and $x59810 $x141106))))
 (and $x275368 (and (distinct ?x164061 read_value) true)))))))))))))))))))
(check-sat)
