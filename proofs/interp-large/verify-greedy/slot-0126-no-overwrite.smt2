(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x123996 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x163719 (and $x123996 true)))
 (let (($x160537 (or $x163719)))
 (let (($x135324 (= boundary 11)))
 (let (($x16467 (or $x135324)))
 (and $x16467 $x160537))))))))
(check-sat)
