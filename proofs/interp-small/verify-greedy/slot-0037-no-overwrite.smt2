(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x29890 (and $x10261 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x14332 (and $x29890 true)))
 (let (($x16861 (or $x14332)))
 (let (($x6007 (= boundary 5)))
 (let (($x28740 (or $x6007)))
 (and $x28740 $x16861))))))))
(check-sat)
