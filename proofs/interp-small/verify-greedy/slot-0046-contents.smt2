(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_28 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_200 () Int)
(declare-fun x_67 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_28 6))
(assert
 (= phase_197 10))
(assert
 (= phase_198 10))
(assert
 (= phase_199 10))
(assert
 (= phase_200 10))
(assert
 (let (($x8521 (and (and true (<= (+ phase_28 1) boundary)) (< boundary 536870911))))
 (let ((?x6603 (ite $x8521 x_67 0.0)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x34454 (ite $x28505 (* 1.0 x_67) 0.0)))
 (let (($x26575 (and (distinct ?x34454 ?x6603) true)))
 (let (($x51046 (<= boundary 35)))
 (let (($x46814 (>= boundary (- 1))))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x26575)))))))))))
(check-sat)
