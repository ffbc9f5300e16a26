(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x50961 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x5185 (and $x50961 true)))
 (let (($x20156 (or $x5185)))
 (let (($x10895 (= boundary 5)))
 (let (($x15922 (or $x10895)))
 (and $x15922 $x20156))))))))
(check-sat)
