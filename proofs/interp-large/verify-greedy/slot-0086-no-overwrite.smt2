(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x80202 (and $x84862 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x93984 (and $x80202 true)))
 (let (($x157729 (or $x93984)))
 (let (($x238572 (= boundary 7)))
 (let (($x138871 (or $x238572)))
 (and $x138871 $x157729))))))))
(check-sat)
