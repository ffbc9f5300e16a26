(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_1100 () Int)
(declare-fun phase_1101 () Int)
(declare-fun phase_1102 () Int)
(declare-fun phase_1103 () Int)
(declare-fun phase_1104 () Int)
(declare-fun phase_1105 () Int)
(declare-fun phase_1106 () Int)
(declare-fun phase_1107 () Int)
(declare-fun x_93 () Real)
(declare-fun boundary () Int)
(declare-fun x_50 () Real)
(declare-fun boundary_half () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_28 6))
(assert
 (= phase_46 4))
(assert
 (= phase_1100 10))
(assert
 (= phase_1101 10))
(assert
 (= phase_1102 10))
(assert
 (= phase_1103 10))
(assert
 (= phase_1104 10))
(assert
 (= phase_1105 10))
(assert
 (= phase_1106 10))
(assert
 (= phase_1107 10))
(assert
 (let (($x8339 (and (and true (<= (+ phase_28 1) boundary)) (< boundary 536870911))))
 (let ((?x116526 (ite $x8339 x_93 0.0)))
 (let ((?x5520 (+ phase_9 1)))
 (let (($x8967 (> ?x5520 (- 1))))
 (let ((?x8925 (ite $x8967 ?x5520 (- 1))))
 (let ((?x1938 (+ phase_10 1)))
 (let (($x8880 (> ?x1938 ?x8925)))
 (let ((?x8869 (ite $x8880 ?x1938 ?x8925)))
 (let ((?x12186 (+ phase_46 1)))
 (let (($x8885 (> ?x12186 ?x8869)))
 (let ((?x8887 (ite $x8885 ?x12186 ?x8869)))
 (let (($x121318 (and (and true (<= (- 1) boundary)) (< boundary ?x8887))))
 (let ((?x65940 (ite $x121318 x_50 0.0)))
 (let ((?x137246 (+ ?x65940 ?x116526)))
 (let (($x108544 (>= boundary 7)))
 (let ((?x135472 (ite $x108544 (* 1.0 x_93) 0.0)))
 (let (($x104364 (>= boundary 5)))
 (let ((?x46298 (ite $x104364 (* (- 1.0) x_50) 0.0)))
 (let (($x9906 (>= boundary (- 1))))
 (let ((?x206028 (ite $x9906 (* 1.0 x_50) 0.0)))
 (let ((?x93940 (+ ?x206028 ?x46298 ?x135472)))
 (let (($x137387 (and (distinct ?x93940 ?x137246) true)))
 (let (($x27822 (<= boundary 51)))
 (let (($x112066 (and (= boundary (+ (* 2 boundary_half) 1)) $x9906)))
 (let (($x112669 (and $x112066 $x27822)))
 (and $x112669 $x137387)))))))))))))))))))))))))))
(check-sat)
