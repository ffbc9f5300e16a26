(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x169 (< boundary 0)))
 (let (($x3970 (= value_index 0)))
 (let (($x11007 (and $x3970 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x11107 (and $x11007 $x169)))
 (or $x11107))))))
(check-sat)
