(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x28363 (= value_index 0)))
 (let (($x54630 (and $x28363 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x56556 (and $x54630 true)))
 (let (($x58499 (or $x56556)))
 (let (($x151536 (= boundary 5)))
 (let (($x56835 (or $x151536)))
 (and $x56835 $x58499))))))))
(check-sat)
