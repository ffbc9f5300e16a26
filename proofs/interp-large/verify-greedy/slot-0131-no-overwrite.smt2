(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x160319 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x218467 (and $x160319 true)))
 (let (($x216076 (or $x218467)))
 (let (($x188907 (= boundary 11)))
 (let (($x6335 (or $x188907)))
 (and $x6335 $x216076))))))))
(check-sat)
