(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x13659 (= value_index 0)))
 (let (($x3018 (and $x13659 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x3708 (and $x3018 true)))
 (let (($x4097 (or $x3708)))
 (let (($x570 (= boundary (- 1))))
 (let (($x4096 (or $x570)))
 (and $x4096 $x4097))))))))
(check-sat)
