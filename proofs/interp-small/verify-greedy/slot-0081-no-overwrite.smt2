(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x30643 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x11491 (and $x30643 true)))
 (let (($x9271 (or $x11491)))
 (let (($x19931 (= boundary 11)))
 (let (($x10039 (or $x19931)))
 (and $x10039 $x9271))))))))
(check-sat)
