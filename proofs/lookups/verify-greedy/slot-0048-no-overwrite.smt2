(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_75 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_75 3))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x6567 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x2123 (> phase_84 phase_75)))
 (let ((?x16206 (ite $x2123 phase_84 phase_75)))
 (let (($x16197 (> phase_85 ?x16206)))
 (let ((?x2140 (ite $x16197 phase_85 ?x16206)))
 (let ((?x16190 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x26218 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x26218 (or (and (and $x1772 (and (distinct ?x16190 0.0) true)) (> ?x2140 boundary)) $x6567)))))))))))))
(check-sat)
