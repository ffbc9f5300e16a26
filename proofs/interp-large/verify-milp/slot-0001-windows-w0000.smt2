(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3180 (< boundary 0)))
 (let (($x6073 (= value_index 0)))
 (let (($x27965 (and $x6073 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x32181 (and $x27965 $x3180)))
 (or $x32181))))))
(check-sat)
