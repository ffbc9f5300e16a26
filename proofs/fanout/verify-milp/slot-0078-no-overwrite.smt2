(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1775 (= value_index 0)))
 (let (($x28496 (and $x1775 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x38338 (and $x28496 true)))
 (let (($x10054 (or $x38338)))
 (let (($x4707 (= boundary 9)))
 (let (($x12202 (or $x4707)))
 (and $x12202 $x10054))))))))
(check-sat)
