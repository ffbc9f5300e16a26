(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x102630 (and $x84862 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x109337 (and $x102630 true)))
 (let (($x147013 (or $x109337)))
 (let (($x238572 (= boundary 7)))
 (let (($x137075 (or $x238572)))
 (and $x137075 $x147013))))))))
(check-sat)
