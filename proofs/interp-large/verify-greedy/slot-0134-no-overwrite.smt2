(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x188883 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x160824 (and $x188883 true)))
 (let (($x215251 (or $x160824)))
 (let (($x188907 (= boundary 11)))
 (let (($x188803 (or $x188907)))
 (and $x188803 $x215251))))))))
(check-sat)
