(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x104217 (and $x33900 (and (distinct (ite (> boundary 1) 1.0 0.0) 0.0) true))))
 (let (($x50513 (and $x104217 true)))
 (let (($x51105 (or $x50513)))
 (let (($x11340 (= boundary 1)))
 (let (($x79637 (or $x11340)))
 (and $x79637 $x51105))))))))
(check-sat)
