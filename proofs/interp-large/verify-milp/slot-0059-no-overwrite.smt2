(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x232515 (and $x4299 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x74173 (and $x232515 true)))
 (let (($x132847 (or $x74173)))
 (let (($x12733 (= boundary 5)))
 (let (($x91323 (or $x12733)))
 (and $x91323 $x132847))))))))
(check-sat)
