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
 (= phase_45 14))
(assert
 (= phase_48 18))
(assert
 (= phase_51 22))
(assert
 (= phase_193 34))
(assert
 (= phase_194 34))
(assert
 (= phase_195 34))
(assert
 (= phase_196 34))
(assert
 (let (($x14817 (<= boundary 536870911)))
 (let (($x17040 (and (and true (<= (+ phase_20 1) boundary)) $x14817)))
 (let ((?x17056 (ite $x17040 1 0)))
 (let ((?x955 (+ phase_12 1)))
 (let (($x10231 (> ?x955 (- 1))))
 (let ((?x2811 (ite $x10231 ?x955 (- 1))))
 (let (($x4153 (and (and true (<= (- 1) boundary)) (<= boundary ?x2811))))
 (let ((?x10942 (ite $x4153 1 0)))
 (let ((?x19894 (+ ?x10942 ?x17056)))
 (let (($x20029 (>= ?x19894 2)))
 (let (($x26544 (<= boundary 35)))
 (let (($x2267 (>= boundary (- 1))))
 (let (($x65404 (and (= boundary (+ (* 2 boundary_half) 1)) $x2267)))
 (let (($x2394 (and $x65404 $x26544)))
 (and $x2394 $x20029))))))))))))))))
(check-sat)
