(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x5287 (= value_index 0)))
 (let (($x9686 (and $x5287 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x6479 (and $x9686 true)))
 (let (($x19943 (or $x6479)))
 (let (($x4014 (= boundary (- 1))))
 (let (($x3073 (or $x4014)))
 (and $x3073 $x19943))))))))
(check-sat)
