(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x35348 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x15327 (and $x35348 true)))
 (let (($x44271 (or $x15327)))
 (let (($x4705 (= boundary 5)))
 (let (($x51316 (or $x4705)))
 (and $x51316 $x44271))))))))
(check-sat)
