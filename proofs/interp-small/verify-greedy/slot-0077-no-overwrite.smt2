(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x28534 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x17128 (and $x28534 true)))
 (let (($x47596 (or $x17128)))
 (let (($x3200 (= boundary 11)))
 (let (($x4713 (or $x3200)))
 (and $x4713 $x47596))))))))
(check-sat)
