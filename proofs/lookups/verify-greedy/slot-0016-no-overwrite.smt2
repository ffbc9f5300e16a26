(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x19325 (and $x1772 (and (distinct (ite (> boundary 1) 1.0 0.0) 0.0) true))))
 (let (($x2328 (and $x19325 true)))
 (let (($x7372 (or $x2328)))
 (let (($x10990 (= boundary 1)))
 (let (($x13115 (or $x10990)))
 (and $x13115 $x7372))))))))
(check-sat)
