(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x9071 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x19313 (and $x9071 true)))
 (let (($x8815 (or $x19313)))
 (let (($x17386 (= boundary 5)))
 (let (($x24557 (or $x17386)))
 (and $x24557 $x8815))))))))
(check-sat)
