(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_45 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x36078 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x15358 (> phase_46 phase_45)))
 (let ((?x22998 (ite $x15358 phase_46 phase_45)))
 (let (($x19772 (> phase_47 ?x22998)))
 (let ((?x19740 (ite $x19772 phase_47 ?x22998)))
 (let ((?x11342 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x16965 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x16965 (or (and (and $x1772 (and (distinct ?x11342 0.0) true)) (> ?x19740 boundary)) $x36078)))))))))))))
(check-sat)
