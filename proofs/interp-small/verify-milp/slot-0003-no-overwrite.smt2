(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12323 (= value_index 0)))
 (let (($x32980 (and $x12323 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x11225 (and $x32980 true)))
 (let (($x59374 (or $x11225)))
 (let (($x35248 (= boundary (- 1))))
 (let (($x295 (or $x35248)))
 (and $x295 $x59374))))))))
(check-sat)
