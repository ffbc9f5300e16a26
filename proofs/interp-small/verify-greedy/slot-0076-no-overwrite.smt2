(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x11346 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x28546 (and $x11346 true)))
 (let (($x26502 (or $x28546)))
 (let (($x3200 (= boundary 11)))
 (let (($x16319 (or $x3200)))
 (and $x16319 $x26502))))))))
(check-sat)
