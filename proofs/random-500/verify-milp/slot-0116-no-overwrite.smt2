(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_90 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_398 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_90 7))
(assert
 (= phase_114 8))
(assert
 (= phase_127 10))
(assert
 (= phase_168 12))
(assert
 (= phase_398 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x130690 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x15450 (> phase_114 phase_90)))
 (let ((?x15454 (ite $x15450 phase_114 phase_90)))
 (let (($x986 (> phase_127 ?x15454)))
 (let ((?x562 (ite $x986 phase_127 ?x15454)))
 (let (($x1238 (> phase_168 ?x562)))
 (let ((?x21945 (ite $x1238 phase_168 ?x562)))
 (let (($x21947 (> phase_398 ?x21945)))
 (let ((?x12205 (ite $x21947 phase_398 ?x21945)))
 (let ((?x120330 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x104794 (or $x27591 $x98607 $x64322)))
 (and $x104794 (or (and (and $x1672 (and (distinct ?x120330 0.0) true)) (> ?x12205 boundary)) $x130690)))))))))))))))))))
(check-sat)
