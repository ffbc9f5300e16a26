(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1259 (< boundary 0)))
 (let (($x3868 (= value_index 0)))
 (let (($x23617 (and $x3868 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x24219 (and $x23617 $x1259)))
 (or $x24219))))))
(check-sat)
