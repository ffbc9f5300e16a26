(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x19790 (= value_index 0)))
 (let (($x8070 (and $x19790 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x20505 (and $x8070 true)))
 (let (($x9429 (or $x20505)))
 (let (($x10044 (= boundary (- 1))))
 (let (($x9928 (or $x10044)))
 (and $x9928 $x9429))))))))
(check-sat)
