(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3344 (= value_index 0)))
 (let (($x5507 (and $x3344 (and (distinct (ite (> boundary 23) 1.0 0.0) 0.0) true))))
 (let (($x20299 (and $x5507 true)))
 (let (($x17458 (or $x20299)))
 (let (($x11783 (= boundary 23)))
 (let (($x17710 (or $x11783)))
 (and $x17710 $x17458))))))))
(check-sat)
