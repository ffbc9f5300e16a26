(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12323 (= value_index 0)))
 (let (($x4105 (and $x12323 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x5032 (and $x4105 true)))
 (let (($x8519 (or $x5032)))
 (let (($x3468 (= boundary 5)))
 (let (($x5585 (or $x3468)))
 (and $x5585 $x8519))))))))
(check-sat)
