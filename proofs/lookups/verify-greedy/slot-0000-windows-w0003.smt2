(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10250 (< boundary 12)))
 (let (($x9623 (= value_index 1)))
 (let (($x52775 (and $x9623 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x52861 (and $x52775 $x10250)))
 (or $x52861))))))
(check-sat)
