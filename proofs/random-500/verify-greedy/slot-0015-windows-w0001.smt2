(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x129823 (< boundary 40)))
 (let (($x107904 (= value_index 1)))
 (let (($x8564 (and $x107904 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true))))
 (let (($x35143 (and $x8564 $x129823)))
 (or $x35143))))))
(check-sat)
