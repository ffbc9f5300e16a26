(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x90729 (and $x33900 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x91832 (and $x90729 true)))
 (let (($x114498 (or $x91832)))
 (let (($x5211 (= boundary 7)))
 (let (($x110590 (or $x5211)))
 (and $x110590 $x114498))))))))
(check-sat)
