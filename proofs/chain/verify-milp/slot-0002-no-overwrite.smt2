(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x6024 (= value_index 0)))
 (let (($x23765 (and $x6024 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x23965 (and $x23765 true)))
 (let (($x24495 (or $x23965)))
 (let (($x4995 (= boundary (- 1))))
 (let (($x24016 (or $x4995)))
 (and $x24016 $x24495))))))))
(check-sat)
