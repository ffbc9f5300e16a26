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
 (let (($x5491 (and (and true (<= phase_190 boundary)) (<= boundary (ite (> phase_281 phase_190) phase_281 phase_190)))))
 (let ((?x17930 (ite $x5491 1 0)))
 (let (($x103028 (<= boundary 536870911)))
 (let (($x96689 (and (and true (<= phase_184 boundary)) $x103028)))
 (let ((?x102862 (ite $x96689 1 0)))
 (let ((?x5411 (+ ?x102862 ?x17930)))
 (let (($x42001 (>= ?x5411 2)))
 (let (($x50852 (<= boundary 11)))
 (let (($x1036 (>= boundary (- 1))))
 (let (($x6187 (and (= boundary (+ (* 2 boundary_half) 1)) $x1036)))
 (let (($x6218 (and $x6187 $x50852)))
 (and $x6218 $x42001)))))))))))))
(check-sat)
