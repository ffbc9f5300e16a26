(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x5684 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x101181 (and $x5684 true)))
 (let (($x158348 (or $x101181)))
 (let (($x188907 (= boundary 11)))
 (let (($x42565 (or $x188907)))
 (and $x42565 $x158348))))))))
(check-sat)
