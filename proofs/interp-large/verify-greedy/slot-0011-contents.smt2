(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_1092 () Int)
(declare-fun phase_1093 () Int)
(declare-fun phase_1094 () Int)
(declare-fun phase_1095 () Int)
(declare-fun phase_1096 () Int)
(declare-fun phase_1097 () Int)
(declare-fun phase_1098 () Int)
(declare-fun phase_1099 () Int)
(declare-fun x_85 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_20 6))
(assert
 (= phase_50 10))
(assert
 (= phase_53 10))
(assert
 (= phase_56 10))
(assert
 (= phase_59 10))
(assert
 (= phase_62 10))
(assert
 (= phase_65 10))
(assert
 (= phase_68 10))
(assert
 (= phase_71 10))
(assert
 (= phase_1092 10))
(assert
 (= phase_1093 10))
(assert
 (= phase_1094 10))
(assert
 (= phase_1095 10))
(assert
 (= phase_1096 10))
(assert
 (= phase_1097 10))
(assert
 (= phase_1098 10))
(assert
 (= phase_1099 10))
(assert
 (let (($x225171 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x130886 (ite $x225171 x_85 0.0)))
 (let ((?x11851 (+ phase_12 1)))
 (let (($x26927 (> ?x11851 (- 1))))
 (let ((?x25461 (ite $x26927 ?x11851 (- 1))))
 (let (($x117484 (and (and true (<= (- 1) boundary)) (< boundary ?x25461))))
 (let ((?x33815 (ite $x117484 x_11 0.0)))
 (let ((?x138447 (+ ?x33815 ?x130886)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x89017 (ite $x152189 (* (- 1.0) x_11) 0.0)))
 (let ((?x28504 (+ (ite (>= boundary (- 1)) (* 1.0 x_11) 0.0) ?x89017 (ite (>= boundary 7) (* 1.0 x_85) 0.0))))
 (let (($x199103 (and (distinct ?x28504 ?x138447) true)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (and $x53179 $x199103))))))))))))))))))
(check-sat)
