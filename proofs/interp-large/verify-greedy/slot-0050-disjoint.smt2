(set-logic QF_LIA)
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
(declare-fun boundary () Int)
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
 (let (($x95153 (<= boundary 536870911)))
 (let (($x189992 (and (and true (<= (+ phase_28 1) boundary)) $x95153)))
 (let ((?x50559 (ite $x189992 1 0)))
 (let ((?x5520 (+ phase_9 1)))
 (let (($x8967 (> ?x5520 (- 1))))
 (let ((?x8925 (ite $x8967 ?x5520 (- 1))))
 (let ((?x1938 (+ phase_10 1)))
 (let (($x8880 (> ?x1938 ?x8925)))
 (let ((?x8869 (ite $x8880 ?x1938 ?x8925)))
 (let ((?x12186 (+ phase_46 1)))
 (let (($x8885 (> ?x12186 ?x8869)))
 (let ((?x8887 (ite $x8885 ?x12186 ?x8869)))
 (let (($x123980 (and (and true (<= (- 1) boundary)) (<= boundary ?x8887))))
 (let ((?x138548 (ite $x123980 1 0)))
 (let ((?x222971 (+ ?x138548 ?x50559)))
 (let (($x47193 (>= ?x222971 2)))
 (let (($x27822 (<= boundary 51)))
 (let (($x9906 (>= boundary (- 1))))
 (let (($x112066 (and (= boundary (+ (* 2 boundary_half) 1)) $x9906)))
 (let (($x112669 (and $x112066 $x27822)))
 (and $x112669 $x47193))))))))))))))))))))))
(check-sat)
