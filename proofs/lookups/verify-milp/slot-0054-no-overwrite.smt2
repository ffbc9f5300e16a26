(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x9467 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x21358 (and $x9467 true)))
 (let (($x10363 (or $x21358)))
 (let (($x8765 (= boundary 5)))
 (let (($x9565 (or $x8765)))
 (and $x9565 $x10363))))))))
(check-sat)
