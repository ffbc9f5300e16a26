(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x24171 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x22696 (and $x24171 true)))
 (let (($x19764 (or $x22696)))
 (let (($x8765 (= boundary 5)))
 (let (($x7997 (or $x8765)))
 (and $x7997 $x19764))))))))
(check-sat)
