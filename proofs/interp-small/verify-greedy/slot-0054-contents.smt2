(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_149 () Int)
(declare-fun x_75 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_144 31))
(assert
 (= phase_149 7))
(assert
 (let (($x3993 (and (and true (<= (+ phase_36 1) boundary)) (< boundary 536870911))))
 (let ((?x17169 (ite $x3993 x_75 0.0)))
 (let (($x10445 (>= boundary 7)))
 (let ((?x35805 (ite $x10445 (* 1.0 x_75) 0.0)))
 (let (($x29488 (and (distinct ?x35805 ?x17169) true)))
 (let (($x39252 (<= boundary 35)))
 (let (($x1537 (>= boundary (- 1))))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x29488)))))))))))
(check-sat)
