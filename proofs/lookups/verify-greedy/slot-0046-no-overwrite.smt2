(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_64 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_64 3))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x15910 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x4170 (> phase_65 phase_64)))
 (let ((?x14712 (ite $x4170 phase_65 phase_64)))
 (let (($x3006 (> phase_66 ?x14712)))
 (let ((?x3172 (ite $x3006 phase_66 ?x14712)))
 (let ((?x6751 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x44518 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x44518 (or (and (and $x1772 (and (distinct ?x6751 0.0) true)) (> ?x3172 boundary)) $x15910)))))))))))))
(check-sat)
