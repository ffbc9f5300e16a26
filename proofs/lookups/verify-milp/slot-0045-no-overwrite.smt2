(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x21536 (and $x29382 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x20731 (and $x21536 true)))
 (let (($x18798 (or $x20731)))
 (let (($x29311 (= boundary 3)))
 (let (($x48258 (or $x29311)))
 (and $x48258 $x18798))))))))
(check-sat)
