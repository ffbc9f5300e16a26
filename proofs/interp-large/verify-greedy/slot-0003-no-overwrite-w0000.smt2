(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3559 (= value_index 0)))
 (let (($x33044 (and $x3559 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x75565 (and $x33044 true)))
 (let (($x114250 (or $x75565)))
 (let (($x128895 (= boundary (- 1))))
 (let (($x110318 (or $x128895)))
 (and $x110318 $x114250))))))))
(check-sat)
