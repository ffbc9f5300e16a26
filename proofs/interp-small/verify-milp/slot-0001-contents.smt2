(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_12 () Int)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_12 4))
(assert
 (let (($x12951 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x37183 (ite $x12951 x_1 0.0)))
 (let (($x2267 (>= boundary (- 1))))
 (let ((?x16977 (ite $x2267 (* 1.0 x_1) 0.0)))
 (let (($x17815 (and (distinct ?x16977 ?x37183) true)))
 (let (($x26544 (<= boundary 35)))
 (let (($x65404 (and (= boundary (+ (* 2 boundary_half) 1)) $x2267)))
 (let (($x2394 (and $x65404 $x26544)))
 (and $x2394 $x17815))))))))))
(check-sat)
