(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x24324 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x22878 (and $x24324 true)))
 (let (($x11478 (or $x22878)))
 (let (($x24284 (= boundary 5)))
 (let (($x15164 (or $x24284)))
 (and $x15164 $x11478))))))))
(check-sat)
