(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x18821 (and $x1772 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x50876 (and $x18821 true)))
 (let (($x12695 (or $x50876)))
 (let (($x3118 (= boundary 3)))
 (let (($x50814 (or $x3118)))
 (and $x50814 $x12695))))))))
(check-sat)
