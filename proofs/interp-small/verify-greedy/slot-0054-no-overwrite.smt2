(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x25524 (and $x10261 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x25611 (and $x25524 true)))
 (let (($x44752 (or $x25611)))
 (let (($x6591 (= boundary 7)))
 (let (($x36949 (or $x6591)))
 (and $x36949 $x44752))))))))
(check-sat)
