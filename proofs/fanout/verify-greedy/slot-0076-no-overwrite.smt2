(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x32130 (= value_index 0)))
 (let (($x19859 (and $x32130 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x59473 (and $x19859 true)))
 (let (($x40487 (or $x59473)))
 (let (($x96963 (= boundary 3)))
 (let (($x11399 (or $x96963)))
 (and $x11399 $x40487))))))))
(check-sat)
