(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x10037 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x44119 (and $x10037 true)))
 (let (($x19240 (or $x44119)))
 (let (($x4705 (= boundary 5)))
 (let (($x15720 (or $x4705)))
 (and $x15720 $x19240))))))))
(check-sat)
