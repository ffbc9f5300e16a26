(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_88 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_428 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_88 6))
(assert
 (= phase_111 9))
(assert
 (= phase_135 12))
(assert
 (= phase_140 10))
(assert
 (= phase_144 8))
(assert
 (= phase_428 35))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x111196 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x1057 (> phase_111 phase_88)))
 (let ((?x4775 (ite $x1057 phase_111 phase_88)))
 (let (($x5065 (> phase_135 ?x4775)))
 (let ((?x19479 (ite $x5065 phase_135 ?x4775)))
 (let (($x1089 (> phase_140 ?x19479)))
 (let ((?x4776 (ite $x1089 phase_140 ?x19479)))
 (let (($x1084 (> phase_144 ?x4776)))
 (let ((?x19467 (ite $x1084 phase_144 ?x4776)))
 (let (($x4777 (> phase_428 ?x19467)))
 (let ((?x5066 (ite $x4777 phase_428 ?x19467)))
 (let ((?x111224 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 35) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x43660 (= boundary 35)))
 (let (($x27591 (= boundary 7)))
 (let (($x129193 (or $x27591 $x43660 $x64322)))
 (and $x129193 (or (and (and $x1672 (and (distinct ?x111224 0.0) true)) (> ?x5066 boundary)) $x111196)))))))))))))))))))))
(check-sat)
