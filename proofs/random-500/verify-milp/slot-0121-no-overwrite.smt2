(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_99 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_190 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_99 6))
(assert
 (= phase_145 9))
(assert
 (= phase_190 10))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x6313 (and (and $x69744 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true)) true)))
 (let (($x5539 (> phase_145 phase_99)))
 (let ((?x5540 (ite $x5539 phase_145 phase_99)))
 (let (($x5541 (> phase_190 ?x5540)))
 (let ((?x5542 (ite $x5541 phase_190 ?x5540)))
 (let ((?x117544 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x94813 (= boundary 15)))
 (let (($x25967 (= boundary 11)))
 (let (($x27591 (= boundary 7)))
 (let (($x125924 (or $x27591 $x25967 $x94813)))
 (and $x125924 (or (and (and $x1672 (and (distinct ?x117544 0.0) true)) (> ?x5542 boundary)) $x6313)))))))))))))))
(check-sat)
