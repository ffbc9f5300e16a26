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
 (let (($x41247 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x10831 (ite $x41247 x_59 0.0)))
 (let ((?x955 (+ phase_12 1)))
 (let (($x10231 (> ?x955 (- 1))))
 (let ((?x2811 (ite $x10231 ?x955 (- 1))))
 (let (($x16674 (and (and true (<= (- 1) boundary)) (< boundary ?x2811))))
 (let ((?x37155 (ite $x16674 x_8 0.0)))
 (let ((?x13265 (+ ?x37155 ?x10831)))
 (let (($x12475 (>= boundary 5)))
 (let ((?x16166 (ite $x12475 (* (- 1.0) x_8) 0.0)))
 (let ((?x17816 (+ (ite (>= boundary (- 1)) (* 1.0 x_8) 0.0) ?x16166 (ite (>= boundary 7) (* 1.0 x_59) 0.0))))
 (let (($x12093 (and (distinct ?x17816 ?x13265) true)))
 (let (($x26544 (<= boundary 35)))
 (let (($x2267 (>= boundary (- 1))))
 (let (($x65404 (and (= boundary (+ (* 2 boundary_half) 1)) $x2267)))
 (let (($x2394 (and $x65404 $x26544)))
 (and $x2394 $x12093))))))))))))))))))
(check-sat)
