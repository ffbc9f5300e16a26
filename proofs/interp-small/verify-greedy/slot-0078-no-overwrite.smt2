(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x6029 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x17588 (and $x6029 true)))
 (let (($x14590 (or $x17588)))
 (let (($x30643 (= boundary 11)))
 (let (($x21892 (or $x30643)))
 (and $x21892 $x14590))))))))
(check-sat)
