(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x13888 (< boundary 12)))
 (let (($x20743 (= value_index 1)))
 (let (($x5240 (and $x20743 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x9152 (and $x5240 $x13888)))
 (or $x9152))))))
(check-sat)
