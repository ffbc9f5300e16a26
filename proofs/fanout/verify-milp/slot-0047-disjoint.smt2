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
 (let (($x17367 (and (and true (<= phase_190 boundary)) (<= boundary (ite (> phase_281 phase_190) phase_281 phase_190)))))
 (let ((?x96460 (ite $x17367 1 0)))
 (let (($x7362 (<= boundary 536870911)))
 (let (($x45746 (and (and true (<= phase_184 boundary)) $x7362)))
 (let ((?x95730 (ite $x45746 1 0)))
 (let ((?x27901 (+ ?x95730 ?x96460)))
 (let (($x67119 (>= ?x27901 2)))
 (let (($x45869 (<= boundary 11)))
 (let (($x1174 (>= boundary (- 1))))
 (let (($x7800 (and (= boundary (+ (* 2 boundary_half) 1)) $x1174)))
 (let (($x7879 (and $x7800 $x45869)))
 (and $x7879 $x67119)))))))))))))
(check-sat)
