(set-logic QF_LIRA)
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
(declare-fun x_59 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
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
 (let (($x1286 (and (and true (<= (+ phase_20 1) boundary)) (< boundary 536870911))))
 (let ((?x533 (ite $x1286 x_59 0.0)))
 (let ((?x538 (+ phase_12 1)))
 (let (($x9793 (> ?x538 (- 1))))
 (let ((?x5764 (ite $x9793 ?x538 (- 1))))
 (let (($x21757 (and (and true (<= (- 1) boundary)) (< boundary ?x5764))))
 (let ((?x33539 (ite $x21757 x_11 0.0)))
 (let ((?x11394 (+ ?x33539 ?x533)))
 (let (($x28505 (>= boundary 7)))
 (let ((?x58468 (ite $x28505 (* 1.0 x_59) 0.0)))
 (let (($x11924 (>= boundary 5)))
 (let ((?x2924 (ite $x11924 (* (- 1.0) x_11) 0.0)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x5557 (ite $x46814 (* 1.0 x_11) 0.0)))
 (let ((?x21673 (+ ?x5557 ?x2924 ?x58468)))
 (let (($x5014 (and (distinct ?x21673 ?x11394) true)))
 (let (($x51046 (<= boundary 35)))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x5014)))))))))))))))))))))
(check-sat)
