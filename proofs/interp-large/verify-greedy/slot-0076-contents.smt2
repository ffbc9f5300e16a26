(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_950 () Int)
(declare-fun phase_955 () Int)
(declare-fun x_101 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_950 47))
(assert
 (= phase_955 7))
(assert
 (let (($x125471 (and (and true (<= (+ phase_36 1) boundary)) (< boundary 536870911))))
 (let ((?x48816 (ite $x125471 x_101 0.0)))
 (let (($x108544 (>= boundary 7)))
 (let ((?x138131 (ite $x108544 (* 1.0 x_101) 0.0)))
 (let (($x189831 (and (distinct ?x138131 ?x48816) true)))
 (let (($x27822 (<= boundary 51)))
 (let (($x9906 (>= boundary (- 1))))
 (let (($x112066 (and (= boundary (+ (* 2 boundary_half) 1)) $x9906)))
 (let (($x112669 (and $x112066 $x27822)))
 (and $x112669 $x189831)))))))))))
(check-sat)
