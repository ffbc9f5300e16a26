(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x52331 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x14962 (and $x52331 true)))
 (let (($x15164 (or $x14962)))
 (let (($x12674 (= boundary 5)))
 (let (($x8980 (or $x12674)))
 (and $x8980 $x15164))))))))
(check-sat)
