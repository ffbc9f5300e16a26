(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x132761 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x110159 (and $x132761 true)))
 (let (($x92325 (or $x110159)))
 (let (($x70007 (= boundary 15)))
 (let (($x115199 (or $x70007)))
 (and $x115199 $x92325))))))))
(check-sat)
