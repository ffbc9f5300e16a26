(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_150 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_408 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_150 11))
(assert
 (= phase_248 16))
(assert
 (= phase_347 22))
(assert
 (= phase_408 34))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x105584 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x1507 (> phase_248 phase_150)))
 (let ((?x8530 (ite $x1507 phase_248 phase_150)))
 (let (($x8618 (> phase_347 ?x8530)))
 (let ((?x1211 (ite $x8618 phase_347 ?x8530)))
 (let (($x12412 (> phase_408 ?x1211)))
 (let ((?x3861 (ite $x12412 phase_408 ?x1211)))
 (let ((?x111512 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 35) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x43660 (= boundary 35)))
 (let (($x25967 (= boundary 11)))
 (let (($x113942 (or $x25967 $x43660 $x64322)))
 (and $x113942 (or (and (and $x1672 (and (distinct ?x111512 0.0) true)) (> ?x3861 boundary)) $x105584)))))))))))))))))
(check-sat)
