(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x220986 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x85657 (and $x220986 true)))
 (let (($x43566 (or $x85657)))
 (let (($x188907 (= boundary 11)))
 (let (($x188803 (or $x188907)))
 (and $x188803 $x43566))))))))
(check-sat)
