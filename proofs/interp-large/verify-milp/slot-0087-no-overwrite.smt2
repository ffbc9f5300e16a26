(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x185211 (and $x4299 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x182484 (and $x185211 true)))
 (let (($x208351 (or $x182484)))
 (let (($x187700 (= boundary 7)))
 (let (($x79052 (or $x187700)))
 (and $x79052 $x208351))))))))
(check-sat)
