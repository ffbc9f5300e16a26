(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x2459 (and $x11230 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x2442 (and $x2459 true)))
 (let (($x53135 (or $x2442)))
 (let (($x44269 (= boundary 3)))
 (let (($x43872 (or $x44269)))
 (and $x43872 $x53135))))))))
(check-sat)
