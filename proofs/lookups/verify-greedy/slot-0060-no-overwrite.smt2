(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x44555 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x50777 (and $x44555 true)))
 (let (($x43488 (or $x50777)))
 (let (($x4705 (= boundary 5)))
 (let (($x50556 (or $x4705)))
 (and $x50556 $x43488))))))))
(check-sat)
