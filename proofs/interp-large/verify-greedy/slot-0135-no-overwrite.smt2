(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x183643 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x215539 (and $x183643 true)))
 (let (($x137337 (or $x215539)))
 (let (($x135324 (= boundary 11)))
 (let (($x27952 (or $x135324)))
 (and $x27952 $x137337))))))))
(check-sat)
