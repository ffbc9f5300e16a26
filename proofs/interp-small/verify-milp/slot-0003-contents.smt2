(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_137 () Int)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_38 24))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_137 20))
(assert
 (let (($x10849 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x17516 (ite $x10849 x_3 0.0)))
 (let (($x2267 (>= boundary (- 1))))
 (let ((?x12613 (ite $x2267 (* 1.0 x_3) 0.0)))
 (let (($x16481 (and (distinct ?x12613 ?x17516) true)))
 (let (($x26544 (<= boundary 35)))
 (let (($x65404 (and (= boundary (+ (* 2 boundary_half) 1)) $x2267)))
 (let (($x2394 (and $x65404 $x26544)))
 (and $x2394 $x16481))))))))))
(check-sat)
