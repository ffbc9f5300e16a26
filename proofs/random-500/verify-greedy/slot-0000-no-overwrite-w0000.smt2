(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2820 (= value_index 0)))
 (let (($x6161 (and $x2820 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x40375 (and $x6161 true)))
 (let (($x20574 (or $x40375)))
 (let (($x52839 (= boundary (- 1))))
 (let (($x19517 (or $x52839)))
 (and $x19517 $x20574))))))))
(check-sat)
