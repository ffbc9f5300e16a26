(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x1689 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x5118 (and $x1689 true)))
 (let (($x11467 (or $x5118)))
 (let (($x23304 (= boundary 5)))
 (let (($x10159 (or $x23304)))
 (and $x10159 $x11467))))))))
(check-sat)
