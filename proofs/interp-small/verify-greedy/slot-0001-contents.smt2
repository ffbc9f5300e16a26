(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_12 () Int)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_12 4))
(assert
 (let (($x17482 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x17588 (ite $x17482 x_1 0.0)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x8634 (ite $x46814 (* 1.0 x_1) 0.0)))
 (let (($x11822 (and (distinct ?x8634 ?x17588) true)))
 (let (($x51046 (<= boundary 35)))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x11822))))))))))
(check-sat)
