(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_56 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_294 () Int)
(declare-fun phase_398 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_56 4))
(assert
 (= phase_114 8))
(assert
 (= phase_134 10))
(assert
 (= phase_294 23))
(assert
 (= phase_398 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x131552 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x21624 (> phase_114 phase_56)))
 (let ((?x21741 (ite $x21624 phase_114 phase_56)))
 (let (($x21476 (> phase_134 ?x21741)))
 (let ((?x21739 (ite $x21476 phase_134 ?x21741)))
 (let (($x21316 (> phase_294 ?x21739)))
 (let ((?x12628 (ite $x21316 phase_294 ?x21739)))
 (let (($x12841 (> phase_398 ?x12628)))
 (let ((?x21282 (ite $x12841 phase_398 ?x12628)))
 (let ((?x132182 (+ (ite (> boundary 5) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x112469 (or (= boundary 5) $x98607 $x64322)))
 (and $x112469 (or (and (and $x1672 (and (distinct ?x132182 0.0) true)) (> ?x21282 boundary)) $x131552))))))))))))))))))
(check-sat)
