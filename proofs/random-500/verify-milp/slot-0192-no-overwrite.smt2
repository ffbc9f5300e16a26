(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1672 (= value_index 0)))
 (let (($x113164 (and $x1672 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x115006 (and $x113164 true)))
 (let (($x98882 (or $x115006)))
 (let (($x94813 (= boundary 15)))
 (let (($x118051 (or $x94813)))
 (and $x118051 $x98882))))))))
(check-sat)
