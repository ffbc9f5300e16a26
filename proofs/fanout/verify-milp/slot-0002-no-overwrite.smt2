(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x76937 (= value_index 0)))
 (let (($x91072 (and $x76937 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x7772 (and $x91072 true)))
 (let (($x21569 (or $x7772)))
 (let (($x25845 (= boundary (- 1))))
 (let (($x34587 (or $x25845)))
 (and $x34587 $x21569))))))))
(check-sat)
