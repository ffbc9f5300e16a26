(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_89 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_446 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_89 4))
(assert
 (= phase_112 8))
(assert
 (= phase_117 8))
(assert
 (= phase_131 10))
(assert
 (= phase_137 6))
(assert
 (= phase_446 37))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x104204 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x9340 (> phase_112 phase_89)))
 (let ((?x9322 (ite $x9340 phase_112 phase_89)))
 (let (($x5597 (> phase_117 ?x9322)))
 (let ((?x5598 (ite $x5597 phase_117 ?x9322)))
 (let (($x5599 (> phase_131 ?x5598)))
 (let ((?x5600 (ite $x5599 phase_131 ?x5598)))
 (let (($x5601 (> phase_137 ?x5600)))
 (let ((?x5602 (ite $x5601 phase_137 ?x5600)))
 (let (($x5603 (> phase_446 ?x5602)))
 (let ((?x5604 (ite $x5603 phase_446 ?x5602)))
 (let ((?x129054 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x98426 (or (= boundary 5) $x98607 $x64322)))
 (and $x98426 (or (and (and $x1672 (and (distinct ?x129054 0.0) true)) (> ?x5604 boundary)) $x104204))))))))))))))))))))
(check-sat)
