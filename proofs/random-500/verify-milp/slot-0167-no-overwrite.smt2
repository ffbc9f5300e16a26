(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_190 () Int)
(declare-fun phase_237 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_190 10))
(assert
 (= phase_237 12))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x105637 (and (and $x69744 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true)) true)))
 (let ((?x67445 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 13) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x120194 (and (and $x1672 (and (distinct ?x67445 0.0) true)) (> (ite (> phase_237 phase_190) phase_237 phase_190) boundary))))
 (let (($x94813 (= boundary 15)))
 (let (($x65546 (= boundary 13)))
 (let (($x25967 (= boundary 11)))
 (let (($x111206 (or $x25967 $x65546 $x94813)))
 (and $x111206 (or $x120194 $x105637))))))))))))
(check-sat)
