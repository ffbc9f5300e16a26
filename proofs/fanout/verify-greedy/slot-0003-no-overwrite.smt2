(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x28191 (= value_index 0)))
 (let (($x4180 (and $x28191 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x22874 (and $x4180 true)))
 (let (($x6470 (or $x22874)))
 (let (($x7137 (= boundary (- 1))))
 (let (($x19892 (or $x7137)))
 (and $x19892 $x6470))))))))
(check-sat)
