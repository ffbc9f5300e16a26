(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x1064 (and $x10261 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x6234 (and $x1064 true)))
 (let (($x10432 (or $x6234)))
 (let (($x22240 (= boundary 3)))
 (let (($x21183 (or $x22240)))
 (and $x21183 $x10432))))))))
(check-sat)
