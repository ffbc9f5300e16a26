(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1775 (= value_index 0)))
 (let (($x41907 (and $x1775 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x39594 (and $x41907 true)))
 (let (($x40245 (or $x39594)))
 (let (($x13616 (= boundary (- 1))))
 (let (($x54408 (or $x13616)))
 (and $x54408 $x40245))))))))
(check-sat)
