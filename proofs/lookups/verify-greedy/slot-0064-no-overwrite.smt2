(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x51351 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x16101 (and $x51351 true)))
 (let (($x22918 (or $x16101)))
 (let (($x39621 (= boundary 5)))
 (let (($x50860 (or $x39621)))
 (and $x50860 $x22918))))))))
(check-sat)
