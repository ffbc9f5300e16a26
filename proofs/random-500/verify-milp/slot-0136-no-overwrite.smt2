(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_222 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (= phase_189 14))
(assert
 (= phase_222 18))
(assert
 (let (($x67301 (= value_index 2)))
 (let (($x2893 (and (and $x67301 (and (distinct (ite (> boundary 21) 1.0 0.0) 0.0) true)) true)))
 (let ((?x72178 (+ (ite (> boundary 15) 1.0 0.0) (ite (> boundary 19) (- 1.0) 0.0))))
 (let (($x69744 (= value_index 1)))
 (let (($x4656 (and (and $x69744 (and (distinct ?x72178 0.0) true)) (> (ite (> phase_222 phase_189) phase_222 phase_189) boundary))))
 (let ((?x122161 (+ (ite (> boundary 9) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x112107 (and (and $x1672 (and (distinct ?x122161 0.0) true)) (> (ite (> phase_155 phase_154) phase_155 phase_154) boundary))))
 (let (($x122598 (= boundary 21)))
 (let (($x101139 (= boundary 19)))
 (let (($x94813 (= boundary 15)))
 (let (($x25967 (= boundary 11)))
 (let (($x46801 (= boundary 9)))
 (let (($x111335 (or $x46801 $x25967 $x94813 $x101139 $x122598)))
 (and $x111335 (or $x112107 $x4656 $x2893)))))))))))))))))
(check-sat)
