(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x104710 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x51058 (and $x104710 true)))
 (let (($x115041 (or $x51058)))
 (let (($x70007 (= boundary 15)))
 (let (($x103819 (or $x70007)))
 (and $x103819 $x115041))))))))
(check-sat)
