(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10975 (= value_index 0)))
 (let (($x95207 (and $x10975 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x98424 (and $x95207 true)))
 (let (($x111618 (or $x98424)))
 (let (($x107519 (= boundary 11)))
 (let (($x110042 (or $x107519)))
 (and $x110042 $x111618))))))))
(check-sat)
