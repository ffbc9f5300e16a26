(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1390 (< boundary 0)))
 (let (($x11230 (= value_index 0)))
 (let (($x4506 (and $x11230 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x4534 (and $x4506 $x1390)))
 (or $x4534))))))
(check-sat)
