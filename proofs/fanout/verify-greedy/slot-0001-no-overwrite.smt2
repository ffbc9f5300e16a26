(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2984 (= value_index 0)))
 (let (($x7137 (and $x2984 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x9939 (and $x7137 true)))
 (let (($x13682 (or $x9939)))
 (let (($x982 (= boundary (- 1))))
 (let (($x12080 (or $x982)))
 (and $x12080 $x13682))))))))
(check-sat)
