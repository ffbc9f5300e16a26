(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1672 (= value_index 0)))
 (let (($x124245 (and $x1672 (and (distinct (ite (> boundary 19) 1.0 0.0) 0.0) true))))
 (let (($x112219 (and $x124245 true)))
 (let (($x107681 (or $x112219)))
 (let (($x101139 (= boundary 19)))
 (let (($x111090 (or $x101139)))
 (and $x111090 $x107681))))))))
(check-sat)
