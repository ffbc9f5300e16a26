(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x22317 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x23249 (and $x22317 true)))
 (let (($x4437 (or $x23249)))
 (let (($x8765 (= boundary 5)))
 (let (($x16089 (or $x8765)))
 (and $x16089 $x4437))))))))
(check-sat)
