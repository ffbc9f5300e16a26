(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x50591 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x2494 (and $x50591 true)))
 (let (($x14810 (or $x2494)))
 (let (($x43012 (= boundary 5)))
 (let (($x13413 (or $x43012)))
 (and $x13413 $x14810))))))))
(check-sat)
