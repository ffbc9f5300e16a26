(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29374 (< boundary 64)))
 (let (($x26113 (= value_index 7)))
 (let (($x13033 (and $x26113 (and (distinct (ite (> boundary 63) 1.0 0.0) 0.0) true))))
 (let (($x8822 (and $x13033 $x29374)))
 (or $x8822))))))
(check-sat)
