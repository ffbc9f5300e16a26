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
 (let (($x133720 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x156054 (ite $x133720 x_85 0.0)))
 (let ((?x28278 (+ phase_12 1)))
 (let (($x19893 (> ?x28278 (- 1))))
 (let ((?x11823 (ite $x19893 ?x28278 (- 1))))
 (let (($x165713 (and (and true (<= (- 1) boundary)) (< boundary ?x11823))))
 (let ((?x143430 (ite $x165713 x_11 0.0)))
 (let ((?x65412 (+ ?x143430 ?x156054)))
 (let (($x108544 (>= boundary 7)))
 (let ((?x153398 (ite $x108544 (* 1.0 x_85) 0.0)))
 (let (($x104364 (>= boundary 5)))
 (let ((?x166269 (ite $x104364 (* (- 1.0) x_11) 0.0)))
 (let (($x9906 (>= boundary (- 1))))
 (let ((?x130707 (ite $x9906 (* 1.0 x_11) 0.0)))
 (let ((?x118905 (+ ?x130707 ?x166269 ?x153398)))
 (let (($x86546 (and (distinct ?x118905 ?x65412) true)))
 (let (($x27822 (<= boundary 51)))
 (let (($x112066 (and (= boundary (+ (* 2 boundary_half) 1)) $x9906)))
 (let (($x112669 (and $x112066 $x27822)))
 (and $x112669 $x86546)))))))))))))))))))))
(check-sat)
