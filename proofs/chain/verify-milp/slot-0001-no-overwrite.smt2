(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x7088 (= value_index 0)))
 (let (($x2093 (and $x7088 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x3645 (and $x2093 true)))
 (let (($x6534 (or $x3645)))
 (let (($x50992 (= boundary (- 1))))
 (let (($x6171 (or $x50992)))
 (and $x6171 $x6534))))))))
(check-sat)
