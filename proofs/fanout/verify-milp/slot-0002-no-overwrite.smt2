(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1775 (= value_index 0)))
 (let (($x49555 (and $x1775 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x27548 (and $x49555 true)))
 (let (($x49548 (or $x27548)))
 (let (($x13616 (= boundary (- 1))))
 (let (($x29221 (or $x13616)))
 (and $x29221 $x49548))))))))
(check-sat)
