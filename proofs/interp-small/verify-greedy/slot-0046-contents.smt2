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
 (let (($x29371 (and (and true (<= (+ phase_28 1) boundary)) (< boundary 536870911))))
 (let ((?x9721 (ite $x29371 x_67 0.0)))
 (let (($x10445 (>= boundary 7)))
 (let ((?x33632 (ite $x10445 (* 1.0 x_67) 0.0)))
 (let (($x17843 (and (distinct ?x33632 ?x9721) true)))
 (let (($x39252 (<= boundary 35)))
 (let (($x1537 (>= boundary (- 1))))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x17843)))))))))))
(check-sat)
