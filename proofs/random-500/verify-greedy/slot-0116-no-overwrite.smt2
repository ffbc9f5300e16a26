(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_139 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_198 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_139 5))
(assert
 (= phase_161 10))
(assert
 (= phase_177 14))
(assert
 (= phase_198 14))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x115648 (and (and $x45255 (and (distinct (ite (> boundary 19) 1.0 0.0) 0.0) true)) true)))
 (let (($x7076 (> phase_161 phase_139)))
 (let ((?x7269 (ite $x7076 phase_161 phase_139)))
 (let (($x3100 (> phase_177 ?x7269)))
 (let ((?x3621 (ite $x3100 phase_177 ?x7269)))
 (let (($x3772 (> phase_198 ?x3621)))
 (let ((?x3782 (ite $x3772 phase_198 ?x3621)))
 (let ((?x122965 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x120607 (= boundary 19)))
 (let (($x70007 (= boundary 15)))
 (let (($x91887 (or (= boundary 5) $x70007 $x120607)))
 (and $x91887 (or (and (and $x2642 (and (distinct ?x122965 0.0) true)) (> ?x3782 boundary)) $x115648))))))))))))))))
(check-sat)
