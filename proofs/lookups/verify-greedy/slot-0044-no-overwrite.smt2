(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_56 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_56 3))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x27734 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x3528 (> phase_65 phase_56)))
 (let ((?x3513 (ite $x3528 phase_65 phase_56)))
 (let (($x3455 (> phase_66 ?x3513)))
 (let ((?x2107 (ite $x3455 phase_66 ?x3513)))
 (let ((?x50662 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x42003 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x42003 (or (and (and $x1772 (and (distinct ?x50662 0.0) true)) (> ?x2107 boundary)) $x27734)))))))))))))
(check-sat)
