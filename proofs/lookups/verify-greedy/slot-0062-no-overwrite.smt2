(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x4233 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x52331 (and $x4233 true)))
 (let (($x33392 (or $x52331)))
 (let (($x21664 (= boundary 5)))
 (let (($x19267 (or $x21664)))
 (and $x19267 $x33392))))))))
(check-sat)
