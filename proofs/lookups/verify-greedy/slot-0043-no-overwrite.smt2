(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_52 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_52 3))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x8375 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x1926 (> phase_65 phase_52)))
 (let ((?x1893 (ite $x1926 phase_65 phase_52)))
 (let (($x1925 (> phase_66 ?x1893)))
 (let ((?x2680 (ite $x1925 phase_66 ?x1893)))
 (let ((?x6425 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x3204 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x3204 (or (and (and $x1772 (and (distinct ?x6425 0.0) true)) (> ?x2680 boundary)) $x8375)))))))))))))
(check-sat)
