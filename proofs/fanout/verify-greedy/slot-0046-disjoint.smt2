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
 (let (($x2953 (and (and true (<= phase_187 boundary)) (<= boundary (ite (> phase_281 phase_187) phase_281 phase_187)))))
 (let ((?x9310 (ite $x2953 1 0)))
 (let (($x84636 (<= boundary 536870911)))
 (let (($x18695 (and (and true (<= phase_147 boundary)) $x84636)))
 (let ((?x27950 (ite $x18695 1 0)))
 (let (($x87810 (>= (+ ?x27950 ?x9310) 2)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (and $x86099 $x87810))))))))))))
(check-sat)
