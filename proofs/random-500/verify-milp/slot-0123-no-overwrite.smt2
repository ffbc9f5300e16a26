(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_103 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_299 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_103 6))
(assert
 (= phase_164 37))
(assert
 (= phase_166 10))
(assert
 (= phase_168 12))
(assert
 (= phase_191 11))
(assert
 (= phase_196 17))
(assert
 (= phase_299 20))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x98837 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x2635 (> phase_164 phase_103)))
 (let ((?x2634 (ite $x2635 phase_164 phase_103)))
 (let (($x842 (> phase_166 ?x2634)))
 (let ((?x2643 (ite $x842 phase_166 ?x2634)))
 (let (($x2645 (> phase_168 ?x2643)))
 (let ((?x2644 (ite $x2645 phase_168 ?x2643)))
 (let (($x2646 (> phase_191 ?x2644)))
 (let ((?x5745 (ite $x2646 phase_191 ?x2644)))
 (let (($x5746 (> phase_196 ?x5745)))
 (let ((?x5747 (ite $x5746 phase_196 ?x5745)))
 (let (($x5748 (> phase_299 ?x5747)))
 (let ((?x5749 (ite $x5748 phase_299 ?x5747)))
 (let ((?x113173 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x27591 (= boundary 7)))
 (let (($x91350 (or $x27591 $x98607 $x64322)))
 (and $x91350 (or (and (and $x1672 (and (distinct ?x113173 0.0) true)) (> ?x5749 boundary)) $x98837)))))))))))))))))))))))
(check-sat)
