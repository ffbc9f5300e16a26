(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x35848 (and $x10261 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x13694 (and $x35848 true)))
 (let (($x13149 (or $x13694)))
 (let (($x6591 (= boundary 7)))
 (let (($x38355 (or $x6591)))
 (and $x38355 $x13149))))))))
(check-sat)
