(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x8002 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x138106 (and $x8002 true)))
 (let (($x30885 (or $x138106)))
 (let (($x188907 (= boundary 11)))
 (let (($x151714 (or $x188907)))
 (and $x151714 $x30885))))))))
(check-sat)
