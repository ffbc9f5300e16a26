(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x92268 (= value_index 0)))
 (let (($x43785 (and $x92268 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x13629 (and $x43785 true)))
 (let (($x97339 (or $x13629)))
 (let (($x52241 (= boundary (- 1))))
 (let (($x21268 (or $x52241)))
 (and $x21268 $x97339))))))))
(check-sat)
