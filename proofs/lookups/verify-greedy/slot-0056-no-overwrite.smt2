(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x37451 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x38785 (and $x37451 true)))
 (let (($x808 (or $x38785)))
 (let (($x4705 (= boundary 5)))
 (let (($x51521 (or $x4705)))
 (and $x51521 $x808))))))))
(check-sat)
