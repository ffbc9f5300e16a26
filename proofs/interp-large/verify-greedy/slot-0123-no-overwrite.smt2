(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x175962 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x62011 (and $x175962 true)))
 (let (($x170943 (or $x62011)))
 (let (($x188907 (= boundary 11)))
 (let (($x175025 (or $x188907)))
 (and $x175025 $x170943))))))))
(check-sat)
