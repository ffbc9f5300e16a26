(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x195622 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x165856 (and $x195622 true)))
 (let (($x187722 (or $x165856)))
 (let (($x135324 (= boundary 11)))
 (let (($x192041 (or $x135324)))
 (and $x192041 $x187722))))))))
(check-sat)
