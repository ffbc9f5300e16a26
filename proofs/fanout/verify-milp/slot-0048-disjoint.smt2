(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_193 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_282 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_193 3))
(assert
 (= phase_281 9))
(assert
 (= phase_282 11))
(assert
 (let (($x17791 (<= boundary 536870911)))
 (let (($x9773 (and (and true (<= phase_282 boundary)) $x17791)))
 (let ((?x51617 (ite $x9773 1 0)))
 (let (($x18386 (and (and true (<= phase_193 boundary)) (<= boundary (ite (> phase_281 phase_193) phase_281 phase_193)))))
 (let ((?x22060 (ite $x18386 1 0)))
 (let (($x40442 (>= (+ ?x22060 ?x51617) 2)))
 (let (($x23473 (<= boundary 11)))
 (let (($x18870 (>= boundary (- 1))))
 (let (($x23076 (and (= boundary (+ (* 2 boundary_half) 1)) $x18870)))
 (let (($x24486 (and $x23076 $x23473)))
 (and $x24486 $x40442))))))))))))
(check-sat)
