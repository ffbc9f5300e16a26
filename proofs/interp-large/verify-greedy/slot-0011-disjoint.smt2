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
 (let (($x95153 (<= boundary 536870911)))
 (let (($x146425 (and (and true (<= (+ phase_20 1) boundary)) $x95153)))
 (let ((?x163079 (ite $x146425 1 0)))
 (let ((?x28278 (+ phase_12 1)))
 (let (($x19893 (> ?x28278 (- 1))))
 (let ((?x11823 (ite $x19893 ?x28278 (- 1))))
 (let (($x93381 (and (and true (<= (- 1) boundary)) (<= boundary ?x11823))))
 (let ((?x104306 (ite $x93381 1 0)))
 (let ((?x166612 (+ ?x104306 ?x163079)))
 (let (($x183560 (>= ?x166612 2)))
 (let (($x27822 (<= boundary 51)))
 (let (($x9906 (>= boundary (- 1))))
 (let (($x112066 (and (= boundary (+ (* 2 boundary_half) 1)) $x9906)))
 (let (($x112669 (and $x112066 $x27822)))
 (and $x112669 $x183560))))))))))))))))
(check-sat)
