(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x10844 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x8478 (and $x10844 true)))
 (let (($x3281 (or $x8478)))
 (let (($x14840 (= boundary 5)))
 (let (($x4463 (or $x14840)))
 (and $x4463 $x3281))))))))
(check-sat)
