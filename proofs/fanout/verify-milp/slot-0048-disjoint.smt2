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
 (let (($x7362 (<= boundary 536870911)))
 (let (($x10229 (and (and true (<= phase_282 boundary)) $x7362)))
 (let ((?x17250 (ite $x10229 1 0)))
 (let (($x46929 (and (and true (<= phase_193 boundary)) (<= boundary (ite (> phase_281 phase_193) phase_281 phase_193)))))
 (let ((?x37630 (ite $x46929 1 0)))
 (let ((?x67829 (+ ?x37630 ?x17250)))
 (let (($x58603 (>= ?x67829 2)))
 (let (($x45869 (<= boundary 11)))
 (let (($x1174 (>= boundary (- 1))))
 (let (($x7800 (and (= boundary (+ (* 2 boundary_half) 1)) $x1174)))
 (let (($x7879 (and $x7800 $x45869)))
 (and $x7879 $x58603)))))))))))))
(check-sat)
