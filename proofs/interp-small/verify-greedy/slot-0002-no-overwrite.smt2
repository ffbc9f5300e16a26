(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x30322 (and $x10261 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x7492 (and $x30322 true)))
 (let (($x37208 (or $x7492)))
 (let (($x40362 (= boundary (- 1))))
 (let (($x21614 (or $x40362)))
 (and $x21614 $x37208))))))))
(check-sat)
