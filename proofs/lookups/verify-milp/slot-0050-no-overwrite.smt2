(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x12891 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x17376 (and $x12891 true)))
 (let (($x25905 (or $x17376)))
 (let (($x4813 (= boundary 5)))
 (let (($x13099 (or $x4813)))
 (and $x13099 $x25905))))))))
(check-sat)
