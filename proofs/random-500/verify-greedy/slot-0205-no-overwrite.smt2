(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x113716 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x113035 (and $x113716 true)))
 (let (($x19123 (or $x113035)))
 (let (($x72013 (= boundary 15)))
 (let (($x104340 (or $x72013)))
 (and $x104340 $x19123))))))))
(check-sat)
