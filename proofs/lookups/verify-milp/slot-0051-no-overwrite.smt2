(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x24714 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x10561 (and $x24714 true)))
 (let (($x23530 (or $x10561)))
 (let (($x8765 (= boundary 5)))
 (let (($x36254 (or $x8765)))
 (and $x36254 $x23530))))))))
(check-sat)
