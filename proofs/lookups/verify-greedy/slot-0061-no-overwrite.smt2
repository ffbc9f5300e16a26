(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x8274 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x6495 (and $x8274 true)))
 (let (($x7853 (or $x6495)))
 (let (($x4705 (= boundary 5)))
 (let (($x53624 (or $x4705)))
 (and $x53624 $x7853))))))))
(check-sat)
