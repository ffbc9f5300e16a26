(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x29583 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x25885 (and $x29583 true)))
 (let (($x50977 (or $x25885)))
 (let (($x4705 (= boundary 5)))
 (let (($x44319 (or $x4705)))
 (and $x44319 $x50977))))))))
(check-sat)
