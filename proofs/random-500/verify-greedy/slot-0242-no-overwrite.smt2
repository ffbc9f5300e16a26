(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x83849 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x106466 (and $x83849 true)))
 (let (($x118081 (or $x106466)))
 (let (($x72013 (= boundary 15)))
 (let (($x104231 (or $x72013)))
 (and $x104231 $x118081))))))))
(check-sat)
