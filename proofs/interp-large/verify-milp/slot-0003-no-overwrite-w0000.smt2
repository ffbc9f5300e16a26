(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x966 (= value_index 0)))
 (let (($x34867 (and $x966 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x24640 (and $x34867 true)))
 (let (($x85619 (or $x24640)))
 (let (($x23293 (= boundary (- 1))))
 (let (($x84051 (or $x23293)))
 (and $x84051 $x85619))))))))
(check-sat)
