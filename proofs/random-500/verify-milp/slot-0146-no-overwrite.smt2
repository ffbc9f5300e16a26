(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_140 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_417 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_140 10))
(assert
 (= phase_157 12))
(assert
 (= phase_262 14))
(assert
 (= phase_417 34))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x23325 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x4772 (> phase_157 phase_140)))
 (let ((?x1225 (ite $x4772 phase_157 phase_140)))
 (let (($x19492 (> phase_262 ?x1225)))
 (let ((?x4773 (ite $x19492 phase_262 ?x1225)))
 (let (($x5064 (> phase_417 ?x4773)))
 (let ((?x5212 (ite $x5064 phase_417 ?x4773)))
 (let ((?x104722 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 35) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x43660 (= boundary 35)))
 (let (($x25967 (= boundary 11)))
 (let (($x85715 (or $x25967 $x43660 $x64322)))
 (and $x85715 (or (and (and $x1672 (and (distinct ?x104722 0.0) true)) (> ?x5212 boundary)) $x23325)))))))))))))))))
(check-sat)
