(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x19881 (= value_index 0)))
 (let (($x16481 (and $x19881 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x16482 (and $x16481 true)))
 (let (($x3797 (or $x16482)))
 (let (($x17638 (= boundary (- 1))))
 (let (($x21221 (or $x17638)))
 (and $x21221 $x3797))))))))
(check-sat)
