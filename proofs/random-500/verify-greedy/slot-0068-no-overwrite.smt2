(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x77342 (and $x2642 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x83507 (and $x77342 true)))
 (let (($x92625 (or $x83507)))
 (let (($x17185 (= boundary 3)))
 (let (($x91441 (or $x17185)))
 (and $x91441 $x92625))))))))
(check-sat)
