(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x30308 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x15261 (and $x30308 true)))
 (let (($x27324 (or $x15261)))
 (let (($x43437 (= boundary 11)))
 (let (($x21205 (or $x43437)))
 (and $x21205 $x27324))))))))
(check-sat)
