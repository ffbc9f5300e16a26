(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3116 (< boundary 0)))
 (let (($x7379 (= value_index 0)))
 (let (($x30213 (and $x7379 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x36718 (and $x30213 $x3116)))
 (or $x36718))))))
(check-sat)
