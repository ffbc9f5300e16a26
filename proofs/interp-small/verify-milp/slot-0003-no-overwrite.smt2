(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14838 (= value_index 0)))
 (let (($x50527 (and $x14838 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x6709 (and $x50527 true)))
 (let (($x13291 (or $x6709)))
 (let (($x8522 (= boundary (- 1))))
 (let (($x20196 (or $x8522)))
 (and $x20196 $x13291))))))))
(check-sat)
