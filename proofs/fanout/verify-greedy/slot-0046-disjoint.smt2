(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_147 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_281 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_147 11))
(assert
 (= phase_187 3))
(assert
 (= phase_281 9))
(assert
 (let (($x24957 (and (and true (<= phase_187 boundary)) (<= boundary (ite (> phase_281 phase_187) phase_281 phase_187)))))
 (let ((?x15441 (ite $x24957 1 0)))
 (let (($x103028 (<= boundary 536870911)))
 (let (($x56859 (and (and true (<= phase_147 boundary)) $x103028)))
 (let ((?x60704 (ite $x56859 1 0)))
 (let ((?x687 (+ ?x60704 ?x15441)))
 (let (($x100049 (>= ?x687 2)))
 (let (($x50852 (<= boundary 11)))
 (let (($x1036 (>= boundary (- 1))))
 (let (($x6187 (and (= boundary (+ (* 2 boundary_half) 1)) $x1036)))
 (let (($x6218 (and $x6187 $x50852)))
 (and $x6218 $x100049)))))))))))))
(check-sat)
