(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1672 (= value_index 0)))
 (let (($x58691 (and $x1672 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x105432 (and $x58691 true)))
 (let (($x109207 (or $x105432)))
 (let (($x25967 (= boundary 11)))
 (let (($x106055 (or $x25967)))
 (and $x106055 $x109207))))))))
(check-sat)
