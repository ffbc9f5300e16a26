(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x69777 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x133013 (and $x69777 true)))
 (let (($x128329 (or $x133013)))
 (let (($x72013 (= boundary 15)))
 (let (($x126451 (or $x72013)))
 (and $x126451 $x128329))))))))
(check-sat)
