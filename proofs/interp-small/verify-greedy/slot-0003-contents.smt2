(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_137 () Int)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_38 4))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_137 20))
(assert
 (let (($x6289 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x17232 (ite $x6289 x_3 0.0)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x11238 (ite $x46814 (* 1.0 x_3) 0.0)))
 (let (($x28394 (and (distinct ?x11238 ?x17232) true)))
 (let (($x51046 (<= boundary 35)))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x28394))))))))))
(check-sat)
