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
 (let (($x3310 (<= boundary 536870911)))
 (let (($x21613 (and (and true (<= (+ phase_20 1) boundary)) $x3310)))
 (let ((?x28282 (ite $x21613 1 0)))
 (let ((?x538 (+ phase_12 1)))
 (let (($x9793 (> ?x538 (- 1))))
 (let ((?x5764 (ite $x9793 ?x538 (- 1))))
 (let (($x12986 (and (and true (<= (- 1) boundary)) (<= boundary ?x5764))))
 (let ((?x16417 (ite $x12986 1 0)))
 (let (($x37155 (>= (+ ?x16417 ?x28282) 2)))
 (let (($x51046 (<= boundary 35)))
 (let (($x46814 (>= boundary (- 1))))
 (let (($x51037 (and (= boundary (+ (* 2 boundary_half) 1)) $x46814)))
 (let (($x51063 (and $x51037 $x51046)))
 (and $x51063 $x37155)))))))))))))))
(check-sat)
