(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x155065 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x16274 (and $x155065 true)))
 (let (($x121180 (or $x16274)))
 (let (($x188907 (= boundary 11)))
 (let (($x149614 (or $x188907)))
 (and $x149614 $x121180))))))))
(check-sat)
