(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x25917 (< boundary 0)))
 (let (($x33282 (= value_index 0)))
 (let (($x50328 (and $x33282 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x84906 (and $x50328 $x25917)))
 (or $x84906))))))
(check-sat)
