(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x17396 (and $x20453 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x26091 (and $x17396 true)))
 (let (($x32958 (or $x26091)))
 (let (($x20505 (= boundary 5)))
 (let (($x17094 (or $x20505)))
 (and $x17094 $x32958))))))))
(check-sat)
