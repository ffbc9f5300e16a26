(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x52181 (and $x4299 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x58230 (and $x52181 true)))
 (let (($x138998 (or $x58230)))
 (let (($x187700 (= boundary 7)))
 (let (($x132965 (or $x187700)))
 (and $x132965 $x138998))))))))
(check-sat)
