(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x189968 (and $x84862 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x170031 (and $x189968 true)))
 (let (($x54851 (or $x170031)))
 (let (($x238572 (= boundary 7)))
 (let (($x215298 (or $x238572)))
 (and $x215298 $x54851))))))))
(check-sat)
