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
 (= phase_38 24))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_137 20))
(assert
 (let (($x9519 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x13387 (ite $x9519 x_3 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x996 (ite $x46572 (* 1.0 x_3) 0.0)))
 (let (($x10972 (and (distinct ?x996 ?x13387) true)))
 (let (($x47900 (<= boundary 35)))
 (let (($x47893 (and (= boundary (+ (* 2 boundary_half) 1)) $x46572)))
 (let (($x47908 (and $x47893 $x47900)))
 (and $x47908 $x10972))))))))))
(check-sat)
