(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x13302 (and $x10261 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x29351 (and $x13302 true)))
 (let (($x33691 (or $x29351)))
 (let (($x6591 (= boundary 7)))
 (let (($x16450 (or $x6591)))
 (and $x16450 $x33691))))))))
(check-sat)
