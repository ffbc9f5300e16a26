(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x8815 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x17964 (and $x8815 true)))
 (let (($x6716 (or $x17964)))
 (let (($x15954 (= boundary 5)))
 (let (($x19313 (or $x15954)))
 (and $x19313 $x6716))))))))
(check-sat)
