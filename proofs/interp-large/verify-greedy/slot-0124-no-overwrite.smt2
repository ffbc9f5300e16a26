(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x80925 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x140017 (and $x80925 true)))
 (let (($x55981 (or $x140017)))
 (let (($x135324 (= boundary 11)))
 (let (($x77998 (or $x135324)))
 (and $x77998 $x55981))))))))
(check-sat)
