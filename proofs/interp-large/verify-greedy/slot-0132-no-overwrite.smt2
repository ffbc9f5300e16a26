(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x54349 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x2629 (and $x54349 true)))
 (let (($x203651 (or $x2629)))
 (let (($x188907 (= boundary 11)))
 (let (($x173112 (or $x188907)))
 (and $x173112 $x203651))))))))
(check-sat)
