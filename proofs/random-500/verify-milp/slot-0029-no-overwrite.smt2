(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_33 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_413 () Int)
(declare-fun phase_444 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_33 1))
(assert
 (= phase_57 10))
(assert
 (= phase_94 5))
(assert
 (= phase_143 10))
(assert
 (= phase_413 35))
(assert
 (= phase_444 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x121594 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x818 (> phase_57 phase_33)))
 (let ((?x819 (ite $x818 phase_57 phase_33)))
 (let (($x817 (> phase_94 ?x819)))
 (let ((?x816 (ite $x817 phase_94 ?x819)))
 (let (($x814 (> phase_143 ?x816)))
 (let ((?x815 (ite $x814 phase_143 ?x816)))
 (let (($x813 (> phase_413 ?x815)))
 (let ((?x811 (ite $x813 phase_413 ?x815)))
 (let (($x810 (> phase_444 ?x811)))
 (let ((?x812 (ite $x810 phase_444 ?x811)))
 (let ((?x98132 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x96030 (= boundary 1)))
 (let (($x41452 (or $x96030 $x98607 $x64322)))
 (and $x41452 (or (and (and $x1672 (and (distinct ?x98132 0.0) true)) (> ?x812 boundary)) $x121594)))))))))))))))))))))
(check-sat)
