(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x143802 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x175962 (and $x143802 true)))
 (let (($x175025 (or $x175962)))
 (let (($x188907 (= boundary 11)))
 (let (($x163333 (or $x188907)))
 (and $x163333 $x175025))))))))
(check-sat)
