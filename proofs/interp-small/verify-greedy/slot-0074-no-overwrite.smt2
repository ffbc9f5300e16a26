(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x19765 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x28170 (and $x19765 true)))
 (let (($x17623 (or $x28170)))
 (let (($x3200 (= boundary 11)))
 (let (($x22330 (or $x3200)))
 (and $x22330 $x17623))))))))
(check-sat)
