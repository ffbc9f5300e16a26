(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x8297 (and $x10261 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x10039 (and $x8297 true)))
 (let (($x36559 (or $x10039)))
 (let (($x6591 (= boundary 7)))
 (let (($x16921 (or $x6591)))
 (and $x16921 $x36559))))))))
(check-sat)
