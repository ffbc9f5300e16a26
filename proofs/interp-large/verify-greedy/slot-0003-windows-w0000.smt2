(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3116 (< boundary 0)))
 (let (($x3559 (= value_index 0)))
 (let (($x33044 (and $x3559 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x66652 (and $x33044 $x3116)))
 (or $x66652))))))
(check-sat)
