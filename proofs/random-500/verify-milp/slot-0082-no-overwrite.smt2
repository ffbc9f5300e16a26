(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_79 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_429 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_79 5))
(assert
 (= phase_101 7))
(assert
 (= phase_114 8))
(assert
 (= phase_429 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x114770 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x3712 (> phase_101 phase_79)))
 (let ((?x3715 (ite $x3712 phase_101 phase_79)))
 (let (($x21321 (> phase_114 ?x3715)))
 (let ((?x12731 (ite $x21321 phase_114 ?x3715)))
 (let (($x12369 (> phase_429 ?x12731)))
 (let ((?x12838 (ite $x12369 phase_429 ?x12731)))
 (let ((?x127305 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x22536 (or (= boundary 5) $x98607 $x64322)))
 (and $x22536 (or (and (and $x1672 (and (distinct ?x127305 0.0) true)) (> ?x12838 boundary)) $x114770))))))))))))))))
(check-sat)
