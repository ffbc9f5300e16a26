(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_149 () Int)
(declare-fun x_75 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_36 6))
(assert
 (= phase_144 31))
(assert
 (= phase_149 7))
(assert
 (let (($x10523 (and (and true (<= (+ phase_36 1) boundary)) (< boundary 536870911))))
 (let ((?x26897 (ite $x10523 x_75 0.0)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x35702 (ite $x28505 (* 1.0 x_75) 0.0)))
 (let (($x8501 (and (distinct ?x35702 ?x26897) true)))
 (let (($x51046 (<= boundary 35)))
 (let (($x46814 (>= boundary (- 1))))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x8501)))))))))))
(check-sat)
