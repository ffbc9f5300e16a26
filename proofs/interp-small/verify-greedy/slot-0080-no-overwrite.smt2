(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x19507 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x37444 (and $x19507 true)))
 (let (($x17237 (or $x37444)))
 (let (($x3200 (= boundary 11)))
 (let (($x7487 (or $x3200)))
 (and $x7487 $x17237))))))))
(check-sat)
