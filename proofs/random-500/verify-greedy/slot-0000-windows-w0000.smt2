(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x833 (< boundary 0)))
 (let (($x2820 (= value_index 0)))
 (let (($x6161 (and $x2820 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x6680 (and $x6161 $x833)))
 (or $x6680))))))
(check-sat)
