(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x91850 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x123988 (and $x91850 true)))
 (let (($x220993 (or $x123988)))
 (let (($x135324 (= boundary 11)))
 (let (($x90978 (or $x135324)))
 (and $x90978 $x220993))))))))
(check-sat)
