(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x31380 (and $x20453 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x25247 (and $x31380 true)))
 (let (($x26480 (or $x25247)))
 (let (($x3200 (= boundary 11)))
 (let (($x13292 (or $x3200)))
 (and $x13292 $x26480))))))))
(check-sat)
