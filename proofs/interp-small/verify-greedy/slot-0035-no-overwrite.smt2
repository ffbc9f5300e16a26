(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x25880 (and $x10261 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x25887 (and $x25880 true)))
 (let (($x18557 (or $x25887)))
 (let (($x22240 (= boundary 3)))
 (let (($x33521 (or $x22240)))
 (and $x33521 $x18557))))))))
(check-sat)
