(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x45293 (and $x2642 (and (distinct (ite (> boundary 1) 1.0 0.0) 0.0) true))))
 (let (($x108905 (and $x45293 true)))
 (let (($x22358 (or $x108905)))
 (let (($x104146 (= boundary 1)))
 (let (($x91394 (or $x104146)))
 (and $x91394 $x22358))))))))
(check-sat)
