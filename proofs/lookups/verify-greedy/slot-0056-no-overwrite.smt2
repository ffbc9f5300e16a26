(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x7958 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x51099 (and $x7958 true)))
 (let (($x27052 (or $x51099)))
 (let (($x20544 (= boundary 5)))
 (let (($x8237 (or $x20544)))
 (and $x8237 $x27052))))))))
(check-sat)
