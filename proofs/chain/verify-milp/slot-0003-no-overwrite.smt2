(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x7088 (= value_index 0)))
 (let (($x4273 (and $x7088 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x5917 (and $x4273 true)))
 (let (($x6851 (or $x5917)))
 (let (($x50992 (= boundary (- 1))))
 (let (($x6032 (or $x50992)))
 (and $x6032 $x6851))))))))
(check-sat)
