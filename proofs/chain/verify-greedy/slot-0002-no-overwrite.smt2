(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x5303 (= value_index 0)))
 (let (($x10182 (and $x5303 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x22137 (and $x10182 true)))
 (let (($x23327 (or $x22137)))
 (let (($x521 (= boundary (- 1))))
 (let (($x22796 (or $x521)))
 (and $x22796 $x23327))))))))
(check-sat)
