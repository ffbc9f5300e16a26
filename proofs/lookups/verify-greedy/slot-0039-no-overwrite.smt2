(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_33 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_33 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x51214 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x13091 (> phase_46 phase_33)))
 (let ((?x13145 (ite $x13091 phase_46 phase_33)))
 (let (($x5814 (> phase_47 ?x13145)))
 (let ((?x18692 (ite $x5814 phase_47 ?x13145)))
 (let ((?x51201 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 7) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x6635 (or (= boundary 3) (= boundary 7) $x3841)))
 (and $x6635 (or (and (and $x1772 (and (distinct ?x51201 0.0) true)) (> ?x18692 boundary)) $x51214)))))))))))))
(check-sat)
