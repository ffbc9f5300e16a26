(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_92 () Int)
(declare-fun phase_113 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_92 4))
(assert
 (= phase_113 8))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x111845 (and (and $x69744 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let ((?x88246 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 9) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x108199 (and (and $x1672 (and (distinct ?x88246 0.0) true)) (> (ite (> phase_113 phase_92) phase_113 phase_92) boundary))))
 (let (($x25967 (= boundary 11)))
 (let (($x46801 (= boundary 9)))
 (let (($x36161 (or (= boundary 5) $x46801 $x25967)))
 (and $x36161 (or $x108199 $x111845)))))))))))
(check-sat)
