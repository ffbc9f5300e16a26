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
 (let (($x46986 (<= boundary 536870911)))
 (let (($x138725 (and (and true (<= (+ phase_28 1) boundary)) $x46986)))
 (let ((?x165256 (ite $x138725 1 0)))
 (let ((?x18321 (+ phase_9 1)))
 (let (($x24584 (> ?x18321 (- 1))))
 (let ((?x12301 (ite $x24584 ?x18321 (- 1))))
 (let ((?x14085 (+ phase_10 1)))
 (let (($x12432 (> ?x14085 ?x12301)))
 (let ((?x12371 (ite $x12432 ?x14085 ?x12301)))
 (let ((?x15707 (+ phase_46 1)))
 (let (($x8160 (> ?x15707 ?x12371)))
 (let ((?x7855 (ite $x8160 ?x15707 ?x12371)))
 (let (($x67719 (and (and true (<= (- 1) boundary)) (<= boundary ?x7855))))
 (let ((?x78228 (ite $x67719 1 0)))
 (let (($x224975 (>= (+ ?x78228 ?x165256) 2)))
 (let (($x52490 (<= boundary 51)))
 (let (($x31002 (>= boundary (- 1))))
 (let (($x51612 (and (= boundary (+ (* 2 boundary_half) 1)) $x31002)))
 (let (($x52846 (and $x51612 $x52490)))
 (and $x52846 $x224975)))))))))))))))))))))
(check-sat)
