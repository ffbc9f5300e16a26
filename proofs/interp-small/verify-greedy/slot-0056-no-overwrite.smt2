(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x37161 (and $x20453 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x54601 (and $x37161 true)))
 (let (($x27214 (or $x54601)))
 (let (($x20754 (= boundary 7)))
 (let (($x10021 (or $x20754)))
 (and $x10021 $x27214))))))))
(check-sat)
