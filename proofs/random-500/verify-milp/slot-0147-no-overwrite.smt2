(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_141 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_304 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_141 11))
(assert
 (= phase_218 14))
(assert
 (= phase_285 18))
(assert
 (= phase_304 29))
(assert
 (let (($x67301 (= value_index 2)))
 (let (($x42668 (and (and $x67301 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let ((?x131397 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 29) (- 1.0) 0.0))))
 (let (($x69744 (= value_index 1)))
 (let (($x98671 (and (and $x69744 (and (distinct ?x131397 0.0) true)) (> (ite (> phase_304 phase_285) phase_304 phase_285) boundary))))
 (let ((?x109192 (+ (ite (> boundary 11) 1.0 0.0) (ite (> boundary 15) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x22114 (and (and $x1672 (and (distinct ?x109192 0.0) true)) (> (ite (> phase_218 phase_141) phase_218 phase_141) boundary))))
 (let (($x8307 (= boundary 31)))
 (let (($x119740 (= boundary 29)))
 (let (($x101139 (= boundary 19)))
 (let (($x94813 (= boundary 15)))
 (let (($x25967 (= boundary 11)))
 (let (($x57897 (or $x25967 $x94813 $x101139 $x119740 $x8307)))
 (and $x57897 (or $x22114 $x98671 $x42668)))))))))))))))))
(check-sat)
