(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x32130 (= value_index 0)))
 (let (($x31070 (and $x32130 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x93684 (and $x31070 true)))
 (let (($x20242 (or $x93684)))
 (let (($x1082 (= boundary 9)))
 (let (($x798 (or $x1082)))
 (and $x798 $x20242))))))))
(check-sat)
