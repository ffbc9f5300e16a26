(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12707 (< boundary 0)))
 (let (($x19946 (= value_index 0)))
 (let (($x34191 (and $x19946 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x40162 (and $x34191 $x12707)))
 (or $x40162))))))
(check-sat)
