(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_182 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_444 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_182 10))
(assert
 (= phase_215 14))
(assert
 (= phase_226 14))
(assert
 (= phase_228 18))
(assert
 (= phase_444 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x40372 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x4551 (> phase_215 phase_182)))
 (let ((?x4552 (ite $x4551 phase_215 phase_182)))
 (let (($x4555 (> phase_226 ?x4552)))
 (let ((?x4556 (ite $x4555 phase_226 ?x4552)))
 (let (($x4560 (> phase_228 ?x4556)))
 (let ((?x4561 (ite $x4560 phase_228 ?x4556)))
 (let (($x4564 (> phase_444 ?x4561)))
 (let ((?x4565 (ite $x4564 phase_444 ?x4561)))
 (let ((?x113078 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x25967 (= boundary 11)))
 (let (($x28576 (or $x25967 $x98607 $x64322)))
 (and $x28576 (or (and (and $x1672 (and (distinct ?x113078 0.0) true)) (> ?x4565 boundary)) $x40372)))))))))))))))))))
(check-sat)
