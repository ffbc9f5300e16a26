(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33282 (= value_index 0)))
 (let (($x50328 (and $x33282 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x105871 (and $x50328 true)))
 (let (($x131362 (or $x105871)))
 (let (($x6342 (= boundary (- 1))))
 (let (($x48590 (or $x6342)))
 (and $x48590 $x131362))))))))
(check-sat)
