(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_460 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_12 2))
(assert
 (= phase_59 6))
(assert
 (= phase_87 6))
(assert
 (= phase_253 22))
(assert
 (= phase_265 20))
(assert
 (= phase_285 18))
(assert
 (= phase_460 36))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x99972 (and (and $x69744 (and (distinct (ite (> boundary 39) 1.0 0.0) 0.0) true)) true)))
 (let (($x18463 (> phase_59 phase_12)))
 (let ((?x18447 (ite $x18463 phase_59 phase_12)))
 (let (($x18450 (> phase_87 ?x18447)))
 (let ((?x18451 (ite $x18450 phase_87 ?x18447)))
 (let (($x18455 (> phase_253 ?x18451)))
 (let ((?x18438 (ite $x18455 phase_253 ?x18451)))
 (let (($x18442 (> phase_265 ?x18438)))
 (let ((?x18443 (ite $x18442 phase_265 ?x18438)))
 (let (($x18446 (> phase_285 ?x18443)))
 (let ((?x18430 (ite $x18446 phase_285 ?x18443)))
 (let (($x18432 (> phase_460 ?x18430)))
 (let ((?x18434 (ite $x18432 phase_460 ?x18430)))
 (let ((?x107933 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 37) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x64322 (= boundary 39)))
 (let (($x98607 (= boundary 37)))
 (let (($x115410 (= boundary 3)))
 (let (($x122536 (or $x115410 $x98607 $x64322)))
 (and $x122536 (or (and (and $x1672 (and (distinct ?x107933 0.0) true)) (> ?x18434 boundary)) $x99972)))))))))))))))))))))))
(check-sat)
