(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x21387 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x21272 (and $x21387 true)))
 (let (($x23440 (or $x21272)))
 (let (($x8765 (= boundary 5)))
 (let (($x22540 (or $x8765)))
 (and $x22540 $x23440))))))))
(check-sat)
