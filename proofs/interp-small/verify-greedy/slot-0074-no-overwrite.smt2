(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x29630 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x6167 (and $x29630 true)))
 (let (($x2814 (or $x6167)))
 (let (($x819 (= boundary 11)))
 (let (($x57265 (or $x819)))
 (and $x57265 $x2814))))))))
(check-sat)
