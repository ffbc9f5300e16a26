(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14749 (= value_index 0)))
 (let (($x70042 (and $x14749 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x84967 (and $x70042 true)))
 (let (($x11908 (or $x84967)))
 (let (($x22761 (= boundary 3)))
 (let (($x34688 (or $x22761)))
 (and $x34688 $x11908))))))))
(check-sat)
