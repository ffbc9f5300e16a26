(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x7379 (= value_index 0)))
 (let (($x30213 (and $x7379 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x161483 (and $x30213 true)))
 (let (($x141824 (or $x161483)))
 (let (($x219514 (= boundary (- 1))))
 (let (($x115806 (or $x219514)))
 (and $x115806 $x141824))))))))
(check-sat)
