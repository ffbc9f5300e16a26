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
 (let (($x140457 (and (and true (<= (+ phase_36 1) boundary)) (< boundary 536870911))))
 (let ((?x44287 (ite $x140457 x_101 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x137966 (ite $x191692 (* 1.0 x_101) 0.0)))
 (let (($x3468 (and (distinct ?x137966 ?x44287) true)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (and $x53179 $x3468)))))))))))
(check-sat)
