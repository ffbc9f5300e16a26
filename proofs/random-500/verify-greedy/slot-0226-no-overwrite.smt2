(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x111982 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x100218 (and $x111982 true)))
 (let (($x115585 (or $x100218)))
 (let (($x70007 (= boundary 15)))
 (let (($x92177 (or $x70007)))
 (and $x92177 $x115585))))))))
(check-sat)
