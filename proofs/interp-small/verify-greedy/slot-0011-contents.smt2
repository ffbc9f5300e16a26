(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_196 () Int)
(declare-fun x_59 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_20 6))
(assert
 (= phase_42 10))
(assert
 (= phase_45 10))
(assert
 (= phase_48 10))
(assert
 (= phase_51 10))
(assert
 (= phase_193 10))
(assert
 (= phase_194 10))
(assert
 (= phase_195 10))
(assert
 (= phase_196 10))
(assert
 (let (($x17131 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x9548 (ite $x17131 x_59 0.0)))
 (let ((?x873 (+ phase_12 1)))
 (let (($x8692 (> ?x873 (- 1))))
 (let ((?x8902 (ite $x8692 ?x873 (- 1))))
 (let (($x6690 (and (and true (<= (- 1) boundary)) (< boundary ?x8902))))
 (let ((?x15848 (ite $x6690 x_11 0.0)))
 (let ((?x16317 (+ ?x15848 ?x9548)))
 (let (($x10445 (>= boundary 7)))
 (let ((?x13207 (ite $x10445 (* 1.0 x_59) 0.0)))
 (let (($x13571 (>= boundary 5)))
 (let ((?x17971 (ite $x13571 (* (- 1.0) x_11) 0.0)))
 (let (($x1537 (>= boundary (- 1))))
 (let ((?x19624 (ite $x1537 (* 1.0 x_11) 0.0)))
 (let ((?x3949 (+ ?x19624 ?x17971 ?x13207)))
 (let (($x19598 (and (distinct ?x3949 ?x16317) true)))
 (let (($x39252 (<= boundary 35)))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x19598)))))))))))))))))))))
(check-sat)
