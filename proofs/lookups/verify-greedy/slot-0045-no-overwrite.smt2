(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_60 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_60 3))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x2928 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x3676 (> phase_65 phase_60)))
 (let ((?x13169 (ite $x3676 phase_65 phase_60)))
 (let (($x18852 (> phase_66 ?x13169)))
 (let ((?x3385 (ite $x18852 phase_66 ?x13169)))
 (let ((?x50816 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x15023 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x15023 (or (and (and $x1772 (and (distinct ?x50816 0.0) true)) (> ?x3385 boundary)) $x2928)))))))))))))
(check-sat)
