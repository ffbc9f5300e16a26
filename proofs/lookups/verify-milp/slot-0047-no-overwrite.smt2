(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x29382 (= value_index 0)))
 (let (($x20940 (and $x29382 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x11703 (and $x20940 true)))
 (let (($x24714 (or $x11703)))
 (let (($x8765 (= boundary 5)))
 (let (($x42860 (or $x8765)))
 (and $x42860 $x24714))))))))
(check-sat)
