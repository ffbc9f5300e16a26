(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x62546 (and $x33900 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x72597 (and $x62546 true)))
 (let (($x119899 (or $x72597)))
 (let (($x6194 (= boundary 5)))
 (let (($x95134 (or $x6194)))
 (and $x95134 $x119899))))))))
(check-sat)
