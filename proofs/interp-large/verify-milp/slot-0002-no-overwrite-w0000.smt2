(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x7787 (= value_index 0)))
 (let (($x26151 (and $x7787 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x84751 (and $x26151 true)))
 (let (($x89805 (or $x84751)))
 (let (($x37377 (= boundary (- 1))))
 (let (($x89666 (or $x37377)))
 (and $x89666 $x89805))))))))
(check-sat)
