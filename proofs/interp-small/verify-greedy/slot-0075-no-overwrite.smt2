(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x6501 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x21628 (and $x6501 true)))
 (let (($x32920 (or $x21628)))
 (let (($x14990 (= boundary 11)))
 (let (($x6759 (or $x14990)))
 (and $x6759 $x32920))))))))
(check-sat)
