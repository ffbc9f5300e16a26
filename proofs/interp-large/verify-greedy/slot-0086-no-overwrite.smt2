(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x85716 (and $x4254 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x90633 (and $x85716 true)))
 (let (($x126259 (or $x90633)))
 (let (($x85590 (= boundary 7)))
 (let (($x123360 (or $x85590)))
 (and $x123360 $x126259))))))))
(check-sat)
