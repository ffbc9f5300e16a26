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
 (let (($x112577 (and (and true (<= (+ phase_36 1) boundary)) (< boundary 536870911))))
 (let ((?x84002 (ite $x112577 x_101 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x234837 (ite $x33429 (* 1.0 x_101) 0.0)))
 (let (($x71246 (and (distinct ?x234837 ?x84002) true)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (and $x52846 $x71246)))))))))))
(check-sat)
