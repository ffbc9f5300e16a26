(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_196 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_20 6))
(assert
 (= phase_42 10))
(assert
 (= phase_45 10))
(assert
 (= phase_48 10))
(assert
 (= phase_51 10))
(assert
 (= phase_193 10))
(assert
 (= phase_194 10))
(assert
 (= phase_195 10))
(assert
 (= phase_196 10))
(assert
 (let (($x16630 (<= boundary 536870911)))
 (let (($x16491 (and (and true (<= (+ phase_20 1) boundary)) $x16630)))
 (let ((?x16913 (ite $x16491 1 0)))
 (let ((?x873 (+ phase_12 1)))
 (let (($x8692 (> ?x873 (- 1))))
 (let ((?x8902 (ite $x8692 ?x873 (- 1))))
 (let (($x11174 (and (and true (<= (- 1) boundary)) (<= boundary ?x8902))))
 (let ((?x11634 (ite $x11174 1 0)))
 (let ((?x19586 (+ ?x11634 ?x16913)))
 (let (($x19614 (>= ?x19586 2)))
 (let (($x39252 (<= boundary 35)))
 (let (($x1537 (>= boundary (- 1))))
 (let (($x10942 (and (= boundary (+ (* 2 boundary_half) 1)) $x1537)))
 (let (($x11328 (and $x10942 $x39252)))
 (and $x11328 $x19614))))))))))))))))
(check-sat)
