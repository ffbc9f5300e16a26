(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x81398 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x104180 (and $x81398 true)))
 (let (($x148953 (or $x104180)))
 (let (($x135324 (= boundary 11)))
 (let (($x143305 (or $x135324)))
 (and $x143305 $x148953))))))))
(check-sat)
