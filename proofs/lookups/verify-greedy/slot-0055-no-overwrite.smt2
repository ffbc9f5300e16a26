(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x44421 (and $x11230 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x2611 (and $x44421 true)))
 (let (($x44555 (or $x2611)))
 (let (($x44269 (= boundary 3)))
 (let (($x9869 (or $x44269)))
 (and $x9869 $x44555))))))))
(check-sat)
