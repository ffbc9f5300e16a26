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
 (let (($x1190 (<= boundary 536870911)))
 (let (($x13962 (and (and true (<= (+ phase_20 1) boundary)) $x1190)))
 (let ((?x15527 (ite $x13962 1 0)))
 (let ((?x761 (+ phase_12 1)))
 (let (($x11162 (> ?x761 (- 1))))
 (let ((?x1157 (ite $x11162 ?x761 (- 1))))
 (let (($x6014 (and (and true (<= (- 1) boundary)) (<= boundary ?x1157))))
 (let ((?x9078 (ite $x6014 1 0)))
 (let (($x17030 (>= (+ ?x9078 ?x15527) 2)))
 (let (($x47900 (<= boundary 35)))
 (let (($x46572 (>= boundary (- 1))))
 (let (($x47893 (and (= boundary (+ (* 2 boundary_half) 1)) $x46572)))
 (let (($x47908 (and $x47893 $x47900)))
 (and $x47908 $x17030)))))))))))))))
(check-sat)
