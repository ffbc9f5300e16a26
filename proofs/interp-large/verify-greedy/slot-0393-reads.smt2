(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun read_value () Real)
(declare-fun x_1037 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
(assert
 (= phase_741 22))
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (let ((?x115589 (* (- 1.0) x_1037)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x117179 (ite $x24162 ?x115589 0.0)))
 (let ((?x127400 (+ (ite (>= boundary 21) (* 1.0 x_1037) 0.0) ?x117179)))
 (let (($x110739 (= read_value x_1037)))
 (let (($x65601 (and (and (= read_index 7) (not false)) (= boundary (- phase_746 1)))))
 (let (($x43732 (and (and (= read_index 6) (not false)) (= boundary (- phase_745 1)))))
 (let (($x253110 (and (and (= read_index 5) (not false)) (= boundary (- phase_743 1)))))
 (let (($x118292 (and (and (= read_index 4) (not false)) (= boundary (- phase_742 1)))))
 (let (($x4547 (and (and (= read_index 3) (not false)) (= boundary (- phase_741 1)))))
 (let (($x233 (and (and (= read_index 2) (not false)) (= boundary (- phase_740 1)))))
 (let (($x207986 (and (and (= read_index 1) (not false)) (= boundary (- phase_739 1)))))
 (let (($x105555 (and (and (= read_index 0) (not false)) (= boundary (- phase_738 1)))))
 (let (($x137887 (or (and $x105555 $x110739) (and $x207986 $x110739) (and $x233 $x110739) (and $x4547 $x110739) (and $x118292 $x110739) (and $x253110 $x110739) (and $x43732 $x110739) (and $x65601 $x110739))))
 (and $x137887 (and (distinct ?x127400 read_value) true)))))))))))))))))
(check-sat)
