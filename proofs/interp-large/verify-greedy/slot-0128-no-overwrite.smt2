(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x27175 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x174116 (and $x27175 true)))
 (let (($x155115 (or $x174116)))
 (let (($x188907 (= boundary 11)))
 (let (($x33002 (or $x188907)))
 (and $x33002 $x155115))))))))
(check-sat)
