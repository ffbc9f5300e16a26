(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x44281 (< boundary 0)))
 (let (($x48045 (= value_index 0)))
 (let (($x72731 (and $x48045 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x81102 (and $x72731 $x44281)))
 (or $x81102))))))
(check-sat)
