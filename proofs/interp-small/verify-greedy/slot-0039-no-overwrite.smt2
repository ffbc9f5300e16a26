(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_144 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_40 8))
(assert
 (= phase_96 11))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_139 18))
(assert
 (= phase_144 31))
(assert
 (let (($x8661 (> boundary 31)))
 (let ((?x21242 (ite $x8661 (- 1.0) 0.0)))
 (let (($x29415 (> boundary 19)))
 (let ((?x54983 (ite $x29415 1.0 0.0)))
 (let (($x1150 (= value_index 2)))
 (let (($x13415 (and (and $x1150 (and (distinct (+ ?x54983 ?x21242) 0.0) true)) (> (ite (> phase_144 phase_139) phase_144 phase_139) boundary))))
 (let (($x1962 (> phase_101 phase_96)))
 (let ((?x6624 (ite $x1962 phase_101 phase_96)))
 (let (($x20923 (> phase_102 ?x6624)))
 (let ((?x12528 (ite $x20923 phase_102 ?x6624)))
 (let ((?x29866 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x10788 (= value_index 1)))
 (let ((?x20067 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x10261 (= value_index 0)))
 (let (($x18563 (and (and $x10261 (and (distinct ?x20067 0.0) true)) (> (ite (> phase_40 phase_12) phase_40 phase_12) boundary))))
 (let (($x33385 (or $x18563 (and (and $x10788 (and (distinct ?x29866 0.0) true)) (> ?x12528 boundary)) $x13415)))
 (let (($x9344 (= boundary 9)))
 (let (($x6007 (= boundary 5)))
 (let (($x18751 (or $x6007 $x9344 (= boundary 11) (= boundary 15) (= boundary 19) (= boundary 31))))
 (and $x18751 $x33385)))))))))))))))))))))
(check-sat)
