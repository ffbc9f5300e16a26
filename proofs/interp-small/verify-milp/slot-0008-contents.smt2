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
(declare-fun x_8 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_20 6))
(assert
 (= phase_42 10))
(assert
 (= phase_45 14))
(assert
 (= phase_48 18))
(assert
 (= phase_51 22))
(assert
 (= phase_193 34))
(assert
 (= phase_194 34))
(assert
 (= phase_195 34))
(assert
 (= phase_196 34))
(assert
 (let (($x6864 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x6784 (ite $x6864 x_59 0.0)))
 (let ((?x761 (+ phase_12 1)))
 (let (($x11162 (> ?x761 (- 1))))
 (let ((?x1157 (ite $x11162 ?x761 (- 1))))
 (let (($x9127 (and (and true (<= (- 1) boundary)) (< boundary ?x1157))))
 (let ((?x11730 (ite $x9127 x_8 0.0)))
 (let ((?x21883 (+ ?x11730 ?x6784)))
 (let (($x21666 (>= boundary 7)))
 (let ((?x8742 (ite $x21666 (* 1.0 x_59) 0.0)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x17322 (ite $x25164 (* (- 1.0) x_8) 0.0)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x59954 (ite $x46572 (* 1.0 x_8) 0.0)))
 (let ((?x1004 (+ ?x59954 ?x17322 ?x8742)))
 (let (($x13205 (and (distinct ?x1004 ?x21883) true)))
 (let (($x47900 (<= boundary 35)))
 (let (($x47893 (and (= boundary (+ (* 2 boundary_half) 1)) $x46572)))
 (let (($x47908 (and $x47893 $x47900)))
 (and $x47908 $x13205)))))))))))))))))))))
(check-sat)
