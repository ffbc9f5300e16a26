(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x32574 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x6501 (and $x32574 true)))
 (let (($x23057 (or $x6501)))
 (let (($x40597 (= boundary 11)))
 (let (($x27869 (or $x40597)))
 (and $x27869 $x23057))))))))
(check-sat)
