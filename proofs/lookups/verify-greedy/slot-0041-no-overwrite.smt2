(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_41 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_41 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x33724 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x16132 (> phase_46 phase_41)))
 (let ((?x2372 (ite $x16132 phase_46 phase_41)))
 (let (($x2399 (> phase_47 ?x2372)))
 (let ((?x2007 (ite $x2399 phase_47 ?x2372)))
 (let ((?x3888 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x4114 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x4114 (or (and (and $x1772 (and (distinct ?x3888 0.0) true)) (> ?x2007 boundary)) $x33724)))))))))))))
(check-sat)
