(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x13159 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x26004 (and $x13159 true)))
 (let (($x25535 (or $x26004)))
 (let (($x8765 (= boundary 5)))
 (let (($x26033 (or $x8765)))
 (and $x26033 $x25535))))))))
(check-sat)
