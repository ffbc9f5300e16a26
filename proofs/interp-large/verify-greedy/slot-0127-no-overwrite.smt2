(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x158348 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x176235 (and $x158348 true)))
 (let (($x109134 (or $x176235)))
 (let (($x188907 (= boundary 11)))
 (let (($x59988 (or $x188907)))
 (and $x59988 $x109134))))))))
(check-sat)
