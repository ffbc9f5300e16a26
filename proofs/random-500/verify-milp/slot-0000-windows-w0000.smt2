(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1229 (< boundary 0)))
 (let (($x1273 (= value_index 0)))
 (let (($x6620 (and $x1273 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x7322 (and $x6620 $x1229)))
 (or $x7322))))))
(check-sat)
