(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x169 (< boundary 0)))
 (let (($x1369 (= value_index 0)))
 (let (($x4190 (and $x1369 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x4204 (and $x4190 $x169)))
 (or $x4204))))))
(check-sat)
