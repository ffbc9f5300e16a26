(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x139070 (and $x4254 (and (distinct (ite (> boundary 21) 1.0 0.0) 0.0) true))))
 (let (($x70746 (and $x139070 true)))
 (let (($x190285 (or $x70746)))
 (let (($x129285 (= boundary 21)))
 (let (($x26680 (or $x129285)))
 (and $x26680 $x190285))))))))
(check-sat)
