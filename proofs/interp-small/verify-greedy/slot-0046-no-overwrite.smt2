(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x27356 (and $x20453 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x33661 (and $x27356 true)))
 (let (($x14664 (or $x33661)))
 (let (($x20754 (= boundary 7)))
 (let (($x34328 (or $x20754)))
 (and $x34328 $x14664))))))))
(check-sat)
