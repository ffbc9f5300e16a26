(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x12989 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x2082 (and $x12989 true)))
 (let (($x25294 (or $x2082)))
 (let (($x8765 (= boundary 5)))
 (let (($x4151 (or $x8765)))
 (and $x4151 $x25294))))))))
(check-sat)
