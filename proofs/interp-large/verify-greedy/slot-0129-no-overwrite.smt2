(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x160826 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x34589 (and $x160826 true)))
 (let (($x183965 (or $x34589)))
 (let (($x135324 (= boundary 11)))
 (let (($x189336 (or $x135324)))
 (and $x189336 $x183965))))))))
(check-sat)
