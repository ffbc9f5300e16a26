(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x71848 (and $x33900 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x74069 (and $x71848 true)))
 (let (($x96723 (or $x74069)))
 (let (($x21803 (= boundary 3)))
 (let (($x93562 (or $x21803)))
 (and $x93562 $x96723))))))))
(check-sat)
