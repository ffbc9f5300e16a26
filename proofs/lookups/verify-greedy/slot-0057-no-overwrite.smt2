(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x3645 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x18460 (and $x3645 true)))
 (let (($x43500 (or $x18460)))
 (let (($x4705 (= boundary 5)))
 (let (($x53863 (or $x4705)))
 (and $x53863 $x43500))))))))
(check-sat)
