(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x996 (and $x10261 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x1966 (and $x996 true)))
 (let (($x2782 (or $x1966)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x2161 (or $x40362)))
 (and $x2161 $x2782))))))))
(check-sat)
