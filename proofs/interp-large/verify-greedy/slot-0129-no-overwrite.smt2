(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x129960 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x110322 (and $x129960 true)))
 (let (($x50909 (or $x110322)))
 (let (($x188907 (= boundary 11)))
 (let (($x81088 (or $x188907)))
 (and $x81088 $x50909))))))))
(check-sat)
