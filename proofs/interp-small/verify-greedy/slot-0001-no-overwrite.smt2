(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2281 (= value_index 0)))
 (let (($x10265 (and $x2281 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x10274 (and $x10265 true)))
 (let (($x10651 (or $x10274)))
 (let (($x1303 (= boundary (- 1))))
 (let (($x10540 (or $x1303)))
 (and $x10540 $x10651))))))))
(check-sat)
