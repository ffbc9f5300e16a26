(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x95377 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x227784 (and $x95377 true)))
 (let (($x190096 (or $x227784)))
 (let (($x135324 (= boundary 11)))
 (let (($x129686 (or $x135324)))
 (and $x129686 $x190096))))))))
(check-sat)
