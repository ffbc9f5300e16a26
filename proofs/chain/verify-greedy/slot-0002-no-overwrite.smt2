(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x13659 (= value_index 0)))
 (let (($x3332 (and $x13659 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x8383 (and $x3332 true)))
 (let (($x9447 (or $x8383)))
 (let (($x1826 (= boundary (- 1))))
 (let (($x8783 (or $x1826)))
 (and $x8783 $x9447))))))))
(check-sat)
