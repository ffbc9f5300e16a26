(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_196 () Int)
(declare-fun phase_330 () Int)
(declare-fun phase_409 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_493 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_196 11))
(assert
 (= phase_330 23))
(assert
 (= phase_409 27))
(assert
 (= phase_467 30))
(assert
 (= phase_480 36))
(assert
 (= phase_493 30))
(assert
 (let ((?x3413 (+ phase_467 1)))
 (let (($x65489 (> ?x3413 phase_409)))
 (let ((?x65468 (ite $x65489 ?x3413 phase_409)))
 (let ((?x18957 (+ phase_480 1)))
 (let (($x65490 (> ?x18957 ?x65468)))
 (let ((?x65491 (ite $x65490 ?x18957 ?x65468)))
 (let ((?x17025 (+ phase_493 1)))
 (let (($x65496 (> ?x17025 ?x65491)))
 (let ((?x65497 (ite $x65496 ?x17025 ?x65491)))
 (let (($x22071 (and (and true (<= phase_409 boundary)) (<= boundary ?x65497))))
 (let ((?x125870 (ite $x22071 1 0)))
 (let (($x104569 (and (and true (<= phase_196 boundary)) (<= boundary (ite (> phase_330 phase_196) phase_330 phase_196)))))
 (let ((?x120141 (ite $x104569 1 0)))
 (let (($x65109 (>= (+ ?x120141 ?x125870) 2)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (and $x42862 $x65109))))))))))))))))))))
(check-sat)
