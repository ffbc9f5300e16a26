(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x13659 (= value_index 0)))
 (let (($x2148 (and $x13659 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x3066 (and $x2148 true)))
 (let (($x3584 (or $x3066)))
 (let (($x1972 (= boundary (- 1))))
 (let (($x3349 (or $x1972)))
 (and $x3349 $x3584))))))))
(check-sat)
