(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10975 (= value_index 0)))
 (let (($x108047 (and $x10975 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x111882 (and $x108047 true)))
 (let (($x81218 (or $x111882)))
 (let (($x11840 (= boundary 15)))
 (let (($x127168 (or $x11840)))
 (and $x127168 $x81218))))))))
(check-sat)
