(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x29356 (and $x20453 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x22165 (and $x29356 true)))
 (let (($x30413 (or $x22165)))
 (let (($x17288 (= boundary 3)))
 (let (($x26305 (or $x17288)))
 (and $x26305 $x30413))))))))
(check-sat)
