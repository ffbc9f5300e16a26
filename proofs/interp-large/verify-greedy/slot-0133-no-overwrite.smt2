(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x137817 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x55394 (and $x137817 true)))
 (let (($x98939 (or $x55394)))
 (let (($x135324 (= boundary 11)))
 (let (($x183643 (or $x135324)))
 (and $x183643 $x98939))))))))
(check-sat)
