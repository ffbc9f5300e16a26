(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2107 (= value_index 0)))
 (let (($x9661 (and $x2107 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x11332 (and $x9661 true)))
 (let (($x12100 (or $x11332)))
 (let (($x439 (= boundary (- 1))))
 (let (($x11924 (or $x439)))
 (and $x11924 $x12100))))))))
(check-sat)
