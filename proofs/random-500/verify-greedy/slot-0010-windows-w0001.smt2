(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x103565 (< boundary 34)))
 (let (($x107904 (= value_index 1)))
 (let (($x35317 (and $x107904 (and (distinct (ite (> boundary 33) 1.0 0.0) 0.0) true))))
 (let (($x16406 (and $x35317 $x103565)))
 (or $x16406))))))
(check-sat)
