(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_19 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_19 0))
(assert
 (= phase_80 2))
(assert
 (= phase_81 2))
(assert
 (= phase_82 2))
(assert
 (= phase_95 2))
(assert
 (= phase_96 2))
(assert
 (= phase_97 2))
(assert
 (= phase_115 4))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (= phase_142 8))
(assert
 (= phase_143 10))
(assert
 (let (($x41598 (> boundary 11)))
 (let ((?x26688 (ite $x41598 (- 1.0) 0.0)))
 (let (($x26651 (> boundary 9)))
 (let ((?x34637 (ite $x26651 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x45300 (and (and $x19215 (and (distinct (+ ?x34637 ?x26688) 0.0) true)) (> (ite (> phase_143 phase_142) phase_143 phase_142) boundary))))
 (let (($x18759 (> phase_80 phase_19)))
 (let ((?x5005 (ite $x18759 phase_80 phase_19)))
 (let (($x18762 (> phase_81 ?x5005)))
 (let ((?x4940 (ite $x18762 phase_81 ?x5005)))
 (let (($x18763 (> phase_82 ?x4940)))
 (let ((?x18751 (ite $x18763 phase_82 ?x4940)))
 (let (($x4915 (> phase_95 ?x18751)))
 (let ((?x7807 (ite $x4915 phase_95 ?x18751)))
 (let (($x13070 (> phase_96 ?x7807)))
 (let ((?x18553 (ite $x13070 phase_96 ?x7807)))
 (let (($x18566 (> phase_97 ?x18553)))
 (let ((?x19075 (ite $x18566 phase_97 ?x18553)))
 (let (($x23338 (> phase_115 ?x19075)))
 (let ((?x15037 (ite $x23338 phase_115 ?x19075)))
 (let (($x19076 (> phase_138 ?x15037)))
 (let ((?x5173 (ite $x19076 phase_138 ?x15037)))
 (let (($x5174 (> phase_141 ?x5173)))
 (let ((?x5175 (ite $x5174 phase_141 ?x5173)))
 (let ((?x27321 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x50581 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x50581 (or (and (and $x1772 (and (distinct ?x27321 0.0) true)) (> ?x5175 boundary)) $x45300))))))))))))))))))))))))))))))))
(check-sat)
