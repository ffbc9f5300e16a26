(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_110 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_110 11))
(assert
 (= phase_187 3))
(assert
 (= phase_281 9))
(assert
 (let (($x19128 (and (and true (<= phase_187 boundary)) (<= boundary (ite (> phase_281 phase_187) phase_281 phase_187)))))
 (let ((?x35611 (ite $x19128 1 0)))
 (let (($x17791 (<= boundary 536870911)))
 (let (($x23781 (and (and true (<= phase_110 boundary)) $x17791)))
 (let ((?x28141 (ite $x23781 1 0)))
 (let (($x55968 (>= (+ ?x28141 ?x35611) 2)))
 (let (($x23473 (<= boundary 11)))
 (let (($x18870 (>= boundary (- 1))))
 (let (($x23076 (and (= boundary (+ (* 2 boundary_half) 1)) $x18870)))
 (let (($x24486 (and $x23076 $x23473)))
 (and $x24486 $x55968))))))))))))
(check-sat)
