(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x26124 (and $x20453 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x26559 (and $x26124 true)))
 (let (($x55247 (or $x26559)))
 (let (($x20754 (= boundary 7)))
 (let (($x36211 (or $x20754)))
 (and $x36211 $x55247))))))))
(check-sat)
