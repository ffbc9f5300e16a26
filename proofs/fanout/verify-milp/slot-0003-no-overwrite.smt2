(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x19202 (= value_index 0)))
 (let (($x225 (and $x19202 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x29692 (and $x225 true)))
 (let (($x3906 (or $x29692)))
 (let (($x3758 (= boundary (- 1))))
 (let (($x11793 (or $x3758)))
 (and $x11793 $x3906))))))))
(check-sat)
