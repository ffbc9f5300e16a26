(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x265765 (and $x4254 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x36672 (and $x265765 true)))
 (let (($x22182 (or $x36672)))
 (let (($x85590 (= boundary 7)))
 (let (($x210003 (or $x85590)))
 (and $x210003 $x22182))))))))
(check-sat)
