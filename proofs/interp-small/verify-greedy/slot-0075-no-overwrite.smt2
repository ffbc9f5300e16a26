(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x20180 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x52841 (and $x20180 true)))
 (let (($x27748 (or $x52841)))
 (let (($x3200 (= boundary 11)))
 (let (($x16743 (or $x3200)))
 (and $x16743 $x27748))))))))
(check-sat)
