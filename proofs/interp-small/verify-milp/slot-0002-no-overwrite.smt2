(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12323 (= value_index 0)))
 (let (($x19755 (and $x12323 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x14786 (and $x19755 true)))
 (let (($x12585 (or $x14786)))
 (let (($x35248 (= boundary (- 1))))
 (let (($x14668 (or $x35248)))
 (and $x14668 $x12585))))))))
(check-sat)
