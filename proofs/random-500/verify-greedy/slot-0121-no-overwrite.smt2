(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x79495 (and $x33900 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x103464 (and $x79495 true)))
 (let (($x121498 (or $x103464)))
 (let (($x5211 (= boundary 7)))
 (let (($x118966 (or $x5211)))
 (and $x118966 $x121498))))))))
(check-sat)
