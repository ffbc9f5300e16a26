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
 (let (($x20322 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x17492 (ite $x20322 x_1 0.0)))
 (let (($x1537 (>= boundary (- 1))))
 (let ((?x17718 (ite $x1537 (* 1.0 x_1) 0.0)))
 (let (($x2739 (and (distinct ?x17718 ?x17492) true)))
 (let (($x39252 (<= boundary 35)))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x2739))))))))))
(check-sat)
