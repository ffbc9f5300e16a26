(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_400 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_17 0))
(assert
 (= phase_65 5))
(assert
 (= phase_400 37))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x132973 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x15100 (> phase_65 phase_17)))
 (let ((?x15075 (ite $x15100 phase_65 phase_17)))
 (let (($x15083 (> phase_400 ?x15075)))
 (let ((?x15085 (ite $x15083 phase_400 ?x15075)))
 (let ((?x130502 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x79121 (or (= boundary 1) $x98607 $x64322)))
 (and $x79121 (or (and (and $x1672 (and (distinct ?x130502 0.0) true)) (> ?x15085 boundary)) $x132973))))))))))))))
(check-sat)
