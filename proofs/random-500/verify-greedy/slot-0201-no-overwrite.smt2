(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x91916 (and $x33900 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x85043 (and $x91916 true)))
 (let (($x96650 (or $x85043)))
 (let (($x115914 (= boundary 11)))
 (let (($x75261 (or $x115914)))
 (and $x75261 $x96650))))))))
(check-sat)
