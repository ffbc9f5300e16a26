(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x47193 (and $x84862 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x48513 (and $x47193 true)))
 (let (($x73592 (or $x48513)))
 (let (($x98949 (= boundary 3)))
 (let (($x62064 (or $x98949)))
 (and $x62064 $x73592))))))))
(check-sat)
