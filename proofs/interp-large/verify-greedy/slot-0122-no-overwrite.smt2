(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x91196 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x128057 (and $x91196 true)))
 (let (($x219029 (or $x128057)))
 (let (($x135324 (= boundary 11)))
 (let (($x40484 (or $x135324)))
 (and $x40484 $x219029))))))))
(check-sat)
