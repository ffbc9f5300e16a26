(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10975 (= value_index 0)))
 (let (($x131014 (and $x10975 (and (distinct (ite (> boundary 19) 1.0 0.0) 0.0) true))))
 (let (($x83688 (and $x131014 true)))
 (let (($x44018 (or $x83688)))
 (let (($x9552 (= boundary 19)))
 (let (($x116598 (or $x9552)))
 (and $x116598 $x44018))))))))
(check-sat)
