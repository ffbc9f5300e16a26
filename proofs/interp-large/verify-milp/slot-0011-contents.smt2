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
 (let (($x143740 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x138929 (ite $x143740 x_85 0.0)))
 (let ((?x19962 (+ phase_12 1)))
 (let (($x1381 (> ?x19962 (- 1))))
 (let ((?x1255 (ite $x1381 ?x19962 (- 1))))
 (let (($x22382 (and (and true (<= (- 1) boundary)) (< boundary ?x1255))))
 (let ((?x126309 (ite $x22382 x_11 0.0)))
 (let ((?x156252 (+ ?x126309 ?x138929)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x127461 (ite $x33429 (* 1.0 x_85) 0.0)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x233287 (ite $x55364 (* (- 1.0) x_11) 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x245879 (ite $x31002 (* 1.0 x_11) 0.0)))
 (let ((?x223015 (+ ?x245879 ?x233287 ?x127461)))
 (let (($x102963 (and (distinct ?x223015 ?x156252) true)))
 (let (($x52490 (<= boundary 51)))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (and $x52846 $x102963)))))))))))))))))))))
(check-sat)
