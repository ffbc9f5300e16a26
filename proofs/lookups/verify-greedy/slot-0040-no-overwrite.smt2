(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_37 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_37 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x4752 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x2454 (> phase_46 phase_37)))
 (let ((?x19510 (ite $x2454 phase_46 phase_37)))
 (let (($x19561 (> phase_47 ?x19510)))
 (let ((?x19544 (ite $x19561 phase_47 ?x19510)))
 (let ((?x3537 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x4771 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x4771 (or (and (and $x1772 (and (distinct ?x3537 0.0) true)) (> ?x19544 boundary)) $x4752)))))))))))))
(check-sat)
