(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x219019 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x173715 (and $x219019 true)))
 (let (($x129875 (or $x173715)))
 (let (($x135324 (= boundary 11)))
 (let (($x338192 (or $x135324)))
 (and $x338192 $x129875))))))))
(check-sat)
