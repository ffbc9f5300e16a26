(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x162456 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x136411 (and $x162456 true)))
 (let (($x53998 (or $x136411)))
 (let (($x188907 (= boundary 11)))
 (let (($x15052 (or $x188907)))
 (and $x15052 $x53998))))))))
(check-sat)
