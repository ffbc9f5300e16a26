(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x20453 (= value_index 0)))
 (let (($x17223 (and $x20453 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x17399 (and $x17223 true)))
 (let (($x20913 (or $x17399)))
 (let (($x17288 (= boundary 3)))
 (let (($x21836 (or $x17288)))
 (and $x21836 $x20913))))))))
(check-sat)
