(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x7088 (= value_index 0)))
 (let (($x5405 (and $x7088 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x5520 (and $x5405 true)))
 (let (($x9114 (or $x5520)))
 (let (($x50992 (= boundary (- 1))))
 (let (($x6625 (or $x50992)))
 (and $x6625 $x9114))))))))
(check-sat)
