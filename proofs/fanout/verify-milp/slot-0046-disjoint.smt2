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
 (let (($x38765 (and (and true (<= phase_187 boundary)) (<= boundary (ite (> phase_281 phase_187) phase_281 phase_187)))))
 (let ((?x96946 (ite $x38765 1 0)))
 (let (($x7362 (<= boundary 536870911)))
 (let (($x41890 (and (and true (<= phase_110 boundary)) $x7362)))
 (let ((?x41955 (ite $x41890 1 0)))
 (let ((?x46005 (+ ?x41955 ?x96946)))
 (let (($x18987 (>= ?x46005 2)))
 (let (($x45869 (<= boundary 11)))
 (let (($x1174 (>= boundary (- 1))))
 (let (($x7800 (and (= boundary (+ (* 2 boundary_half) 1)) $x1174)))
 (let (($x7879 (and $x7800 $x45869)))
 (and $x7879 $x18987)))))))))))))
(check-sat)
