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
 (let (($x48687 (and (and true (<= phase_190 boundary)) (<= boundary (ite (> phase_281 phase_190) phase_281 phase_190)))))
 (let ((?x86733 (ite $x48687 1 0)))
 (let (($x84636 (<= boundary 536870911)))
 (let (($x16825 (and (and true (<= phase_184 boundary)) $x84636)))
 (let ((?x19306 (ite $x16825 1 0)))
 (let (($x19892 (>= (+ ?x19306 ?x86733) 2)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (and $x86099 $x19892))))))))))))
(check-sat)
