(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x29291 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x16693 (and $x29291 true)))
 (let (($x12967 (or $x16693)))
 (let (($x3200 (= boundary 11)))
 (let (($x6956 (or $x3200)))
 (and $x6956 $x12967))))))))
(check-sat)
