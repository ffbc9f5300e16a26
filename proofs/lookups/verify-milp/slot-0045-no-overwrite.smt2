(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x18990 (and $x37737 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x9605 (and $x18990 true)))
 (let (($x16701 (or $x9605)))
 (let (($x7560 (= boundary 3)))
 (let (($x9470 (or $x7560)))
 (and $x9470 $x16701))))))))
(check-sat)
