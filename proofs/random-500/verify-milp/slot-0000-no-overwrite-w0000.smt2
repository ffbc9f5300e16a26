(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1273 (= value_index 0)))
 (let (($x6620 (and $x1273 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x63760 (and $x6620 true)))
 (let (($x15548 (or $x63760)))
 (let (($x51428 (= boundary (- 1))))
 (let (($x12707 (or $x51428)))
 (and $x12707 $x15548))))))))
(check-sat)
