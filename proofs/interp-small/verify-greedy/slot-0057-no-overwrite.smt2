(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x19960 (and $x20453 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x26124 (and $x19960 true)))
 (let (($x36459 (or $x26124)))
 (let (($x20754 (= boundary 7)))
 (let (($x15098 (or $x20754)))
 (and $x15098 $x36459))))))))
(check-sat)
