(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x12323 (= value_index 0)))
 (let (($x1471 (and $x12323 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x3565 (and $x1471 true)))
 (let (($x3917 (or $x3565)))
 (let (($x35248 (= boundary (- 1))))
 (let (($x3908 (or $x35248)))
 (and $x3908 $x3917))))))))
(check-sat)
