(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1672 (= value_index 0)))
 (let (($x102684 (and $x1672 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x111800 (and $x102684 true)))
 (let (($x115121 (or $x111800)))
 (let (($x27591 (= boundary 7)))
 (let (($x111801 (or $x27591)))
 (and $x111801 $x115121))))))))
(check-sat)
