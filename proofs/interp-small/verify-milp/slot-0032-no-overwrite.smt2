(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3344 (= value_index 0)))
 (let (($x4815 (and $x3344 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x8179 (and $x4815 true)))
 (let (($x10849 (or $x8179)))
 (let (($x13186 (= boundary 5)))
 (let (($x9688 (or $x13186)))
 (and $x9688 $x10849))))))))
(check-sat)
