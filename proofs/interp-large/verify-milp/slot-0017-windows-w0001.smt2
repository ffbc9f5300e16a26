(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x148353 (< boundary 48)))
 (let (($x89213 (= value_index 1)))
 (let (($x95429 (and $x89213 (and (distinct (ite (> boundary 47) 1.0 0.0) 0.0) true))))
 (let (($x137561 (and $x95429 $x148353)))
 (or $x137561))))))
(check-sat)
