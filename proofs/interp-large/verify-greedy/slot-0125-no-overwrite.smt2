(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x123988 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x220993 (and $x123988 true)))
 (let (($x194324 (or $x220993)))
 (let (($x135324 (= boundary 11)))
 (let (($x6712 (or $x135324)))
 (and $x6712 $x194324))))))))
(check-sat)
