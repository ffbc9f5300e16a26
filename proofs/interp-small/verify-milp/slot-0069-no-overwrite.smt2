(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12323 (= value_index 0)))
 (let (($x12786 (and $x12323 (and (distinct (ite (> boundary 23) 1.0 0.0) 0.0) true))))
 (let (($x15777 (and $x12786 true)))
 (let (($x15594 (or $x15777)))
 (let (($x8272 (= boundary 23)))
 (let (($x22391 (or $x8272)))
 (and $x22391 $x15594))))))))
(check-sat)
