(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x220992 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x54922 (and $x220992 true)))
 (let (($x189336 (or $x54922)))
 (let (($x135324 (= boundary 11)))
 (let (($x211508 (or $x135324)))
 (and $x211508 $x189336))))))))
(check-sat)
