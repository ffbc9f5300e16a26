(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x111643 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x114768 (and $x111643 true)))
 (let (($x45391 (or $x114768)))
 (let (($x70007 (= boundary 15)))
 (let (($x22539 (or $x70007)))
 (and $x22539 $x45391))))))))
(check-sat)
