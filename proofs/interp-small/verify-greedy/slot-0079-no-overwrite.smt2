(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x28306 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x13593 (and $x28306 true)))
 (let (($x28245 (or $x13593)))
 (let (($x3200 (= boundary 11)))
 (let (($x16408 (or $x3200)))
 (and $x16408 $x28245))))))))
(check-sat)
