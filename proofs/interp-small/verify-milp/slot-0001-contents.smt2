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
 (let (($x8458 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x5908 (ite $x8458 x_1 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x13024 (ite $x46572 (* 1.0 x_1) 0.0)))
 (let (($x8692 (and (distinct ?x13024 ?x5908) true)))
 (let (($x47900 (<= boundary 35)))
 (let (($x47893 (and (= boundary (+ (* 2 boundary_half) 1)) $x46572)))
 (let (($x47908 (and $x47893 $x47900)))
 (and $x47908 $x8692))))))))))
(check-sat)
