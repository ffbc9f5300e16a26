(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_184 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_184 11))
(assert
 (= phase_190 3))
(assert
 (= phase_281 9))
(assert
 (let (($x24381 (and (and true (<= phase_190 boundary)) (<= boundary (ite (> phase_281 phase_190) phase_281 phase_190)))))
 (let ((?x4296 (ite $x24381 1 0)))
 (let (($x17791 (<= boundary 536870911)))
 (let (($x42524 (and (and true (<= phase_184 boundary)) $x17791)))
 (let ((?x26393 (ite $x42524 1 0)))
 (let (($x43735 (>= (+ ?x26393 ?x4296) 2)))
 (let (($x23473 (<= boundary 11)))
 (let (($x18870 (>= boundary (- 1))))
 (let (($x23076 (and (= boundary (+ (* 2 boundary_half) 1)) $x18870)))
 (let (($x24486 (and $x23076 $x23473)))
 (and $x24486 $x43735))))))))))))
(check-sat)
