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
 (= phase_392 26))
(assert
 (= phase_490 15))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x107077 (and (and $x45255 (and (distinct (ite (> boundary 29) 1.0 0.0) 0.0) true)) true)))
 (let (($x12188 (> phase_123 phase_66)))
 (let ((?x10234 (ite $x12188 phase_123 phase_66)))
 (let (($x12054 (> phase_392 ?x10234)))
 (let ((?x7339 (ite $x12054 phase_392 ?x10234)))
 (let (($x12228 (> phase_490 ?x7339)))
 (let ((?x12102 (ite $x12228 phase_490 ?x7339)))
 (let ((?x86681 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x28986 (= boundary 29)))
 (let (($x98368 (= boundary 27)))
 (let (($x119979 (= boundary 7)))
 (let (($x12812 (or $x119979 $x98368 $x28986)))
 (and $x12812 (or (and (and $x2642 (and (distinct ?x86681 0.0) true)) (> ?x12102 boundary)) $x107077)))))))))))))))))
(check-sat)
