(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_120 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_482 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_120 6))
(assert
 (= phase_153 16))
(assert
 (= phase_162 14))
(assert
 (= phase_182 10))
(assert
 (= phase_198 14))
(assert
 (= phase_482 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x94827 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x2363 (> phase_153 phase_120)))
 (let ((?x2366 (ite $x2363 phase_153 phase_120)))
 (let (($x2364 (> phase_162 ?x2366)))
 (let ((?x2367 (ite $x2364 phase_162 ?x2366)))
 (let (($x4514 (> phase_182 ?x2367)))
 (let ((?x4578 (ite $x4514 phase_182 ?x2367)))
 (let (($x21909 (> phase_198 ?x4578)))
 (let ((?x12572 (ite $x21909 phase_198 ?x4578)))
 (let (($x1028 (> phase_482 ?x12572)))
 (let ((?x481 (ite $x1028 phase_482 ?x12572)))
 (let ((?x111632 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x20555 (or $x27591 $x98607 $x64322)))
 (and $x20555 (or (and (and $x1672 (and (distinct ?x111632 0.0) true)) (> ?x481 boundary)) $x94827)))))))))))))))))))))
(check-sat)
