(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_66 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_392 () Int)
(declare-fun phase_490 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_66 6))
(assert
 (= phase_123 7))
(assert
 (= phase_392 30))
(assert
 (= phase_490 31))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x59480 (and (and $x69744 (and (distinct (ite (> boundary 33) 1.0 0.0) 0.0) true)) true)))
 (let (($x4579 (> phase_123 phase_66)))
 (let ((?x5024 (ite $x4579 phase_123 phase_66)))
 (let (($x21031 (> phase_392 ?x5024)))
 (let ((?x21032 (ite $x21031 phase_392 ?x5024)))
 (let (($x4640 (> phase_490 ?x21032)))
 (let ((?x21120 (ite $x4640 phase_490 ?x21032)))
 (let ((?x43589 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x98321 (= boundary 33)))
 (let (($x8307 (= boundary 31)))
 (let (($x27591 (= boundary 7)))
 (let (($x41481 (or $x27591 $x8307 $x98321)))
 (and $x41481 (or (and (and $x1672 (and (distinct ?x43589 0.0) true)) (> ?x21120 boundary)) $x59480)))))))))))))))))
(check-sat)
