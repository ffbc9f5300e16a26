(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x24171 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x24674 (and $x24171 true)))
 (let (($x22344 (or $x24674)))
 (let (($x8765 (= boundary 5)))
 (let (($x23578 (or $x8765)))
 (and $x23578 $x22344))))))))
(check-sat)
