(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3180 (< boundary 0)))
 (let (($x966 (= value_index 0)))
 (let (($x34867 (and $x966 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x47318 (and $x34867 $x3180)))
 (or $x47318))))))
(check-sat)
