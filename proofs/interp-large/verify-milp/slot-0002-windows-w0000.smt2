(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3180 (< boundary 0)))
 (let (($x7787 (= value_index 0)))
 (let (($x26151 (and $x7787 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x32400 (and $x26151 $x3180)))
 (or $x32400))))))
(check-sat)
