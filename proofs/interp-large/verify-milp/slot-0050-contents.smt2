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
 (= phase_1100 42))
(assert
 (= phase_1101 42))
(assert
 (= phase_1102 42))
(assert
 (= phase_1103 42))
(assert
 (= phase_1104 42))
(assert
 (= phase_1105 42))
(assert
 (= phase_1106 42))
(assert
 (= phase_1107 42))
(assert
 (let (($x169018 (and (and true (<= (+ phase_28 1) boundary)) (< boundary 536870911))))
 (let ((?x141838 (ite $x169018 x_93 0.0)))
 (let ((?x18321 (+ phase_9 1)))
 (let (($x24584 (> ?x18321 (- 1))))
 (let ((?x12301 (ite $x24584 ?x18321 (- 1))))
 (let ((?x14085 (+ phase_10 1)))
 (let (($x12432 (> ?x14085 ?x12301)))
 (let ((?x12371 (ite $x12432 ?x14085 ?x12301)))
 (let ((?x15707 (+ phase_46 1)))
 (let (($x8160 (> ?x15707 ?x12371)))
 (let ((?x7855 (ite $x8160 ?x15707 ?x12371)))
 (let (($x177022 (and (and true (<= (- 1) boundary)) (< boundary ?x7855))))
 (let ((?x174090 (ite $x177022 x_50 0.0)))
 (let ((?x64132 (+ ?x174090 ?x141838)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x2499 (ite $x33429 (* 1.0 x_93) 0.0)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x22173 (ite $x55364 (* (- 1.0) x_50) 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x87122 (ite $x31002 (* 1.0 x_50) 0.0)))
 (let ((?x102375 (+ ?x87122 ?x22173 ?x2499)))
 (let (($x89212 (and (distinct ?x102375 ?x64132) true)))
 (let (($x52490 (<= boundary 51)))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (and $x52846 $x89212)))))))))))))))))))))))))))
(check-sat)
