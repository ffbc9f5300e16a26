(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_91 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_480 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_91 7))
(assert
 (= phase_132 10))
(assert
 (= phase_480 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x96011 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x5317 (> phase_132 phase_91)))
 (let ((?x5341 (ite $x5317 phase_132 phase_91)))
 (let (($x6481 (> phase_480 ?x5341)))
 (let ((?x5877 (ite $x6481 phase_480 ?x5341)))
 (let ((?x112101 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x112368 (or $x27591 $x98607 $x64322)))
 (and $x112368 (or (and (and $x1672 (and (distinct ?x112101 0.0) true)) (> ?x5877 boundary)) $x96011)))))))))))))))
(check-sat)
