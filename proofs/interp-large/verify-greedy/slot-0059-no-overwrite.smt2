(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x104875 (and $x84862 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x182292 (and $x104875 true)))
 (let (($x13680 (or $x182292)))
 (let (($x162451 (= boundary 5)))
 (let (($x115270 (or $x162451)))
 (and $x115270 $x13680))))))))
(check-sat)
