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
 (let (($x9384 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x9972 (ite $x9384 x_3 0.0)))
 (let (($x1537 (>= boundary (- 1))))
 (let ((?x19869 (ite $x1537 (* 1.0 x_3) 0.0)))
 (let (($x9686 (and (distinct ?x19869 ?x9972) true)))
 (let (($x39252 (<= boundary 35)))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x9686))))))))))
(check-sat)
