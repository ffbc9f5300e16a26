(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x10651 (and $x10261 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x6306 (and $x10651 true)))
 (let (($x37257 (or $x6306)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x1280 (or $x40362)))
 (and $x1280 $x37257))))))))
(check-sat)
