(set-logic QF_LIA)
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
(declare-fun boundary () Int)
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
 (let (($x89028 (<= boundary 536870911)))
 (let (($x105223 (and (and true (<= (+ phase_20 1) boundary)) $x89028)))
 (let ((?x129051 (ite $x105223 1 0)))
 (let ((?x11851 (+ phase_12 1)))
 (let (($x26927 (> ?x11851 (- 1))))
 (let ((?x25461 (ite $x26927 ?x11851 (- 1))))
 (let (($x13101 (and (and true (<= (- 1) boundary)) (<= boundary ?x25461))))
 (let ((?x67783 (ite $x13101 1 0)))
 (let (($x152704 (>= (+ ?x67783 ?x129051) 2)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (and $x53179 $x152704)))))))))))))))
(check-sat)
