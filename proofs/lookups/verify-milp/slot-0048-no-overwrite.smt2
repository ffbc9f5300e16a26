(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x16751 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x19727 (and $x16751 true)))
 (let (($x18859 (or $x19727)))
 (let (($x23088 (= boundary 5)))
 (let (($x24414 (or $x23088)))
 (and $x24414 $x18859))))))))
(check-sat)
