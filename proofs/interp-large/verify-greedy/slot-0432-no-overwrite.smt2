(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x202030 (and $x84862 (and (distinct (ite (> boundary 21) 1.0 0.0) 0.0) true))))
 (let (($x1055 (and $x202030 true)))
 (let (($x88523 (or $x1055)))
 (let (($x8713 (= boundary 21)))
 (let (($x128479 (or $x8713)))
 (and $x128479 $x88523))))))))
(check-sat)
