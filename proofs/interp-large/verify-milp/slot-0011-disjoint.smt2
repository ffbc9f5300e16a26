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
 (= phase_53 14))
(assert
 (= phase_56 18))
(assert
 (= phase_59 18))
(assert
 (= phase_62 26))
(assert
 (= phase_65 30))
(assert
 (= phase_68 34))
(assert
 (= phase_71 38))
(assert
 (= phase_1092 42))
(assert
 (= phase_1093 42))
(assert
 (= phase_1094 42))
(assert
 (= phase_1095 42))
(assert
 (= phase_1096 42))
(assert
 (= phase_1097 42))
(assert
 (= phase_1098 42))
(assert
 (= phase_1099 42))
(assert
 (let (($x46986 (<= boundary 536870911)))
 (let (($x71419 (and (and true (<= (+ phase_20 1) boundary)) $x46986)))
 (let ((?x100436 (ite $x71419 1 0)))
 (let ((?x19962 (+ phase_12 1)))
 (let (($x1381 (> ?x19962 (- 1))))
 (let ((?x1255 (ite $x1381 ?x19962 (- 1))))
 (let (($x22047 (and (and true (<= (- 1) boundary)) (<= boundary ?x1255))))
 (let ((?x29371 (ite $x22047 1 0)))
 (let (($x108376 (>= (+ ?x29371 ?x100436) 2)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (and $x52846 $x108376)))))))))))))))
(check-sat)
