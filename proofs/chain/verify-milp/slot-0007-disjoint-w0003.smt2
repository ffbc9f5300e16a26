(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_166 59))
(assert
 (= phase_167 62))
(assert
 (= phase_168 62))
(assert
 (= phase_169 65))
(assert
 (= phase_177 62))
(assert
 (= phase_178 62))
(assert
 (= phase_179 63))
(assert
 (= phase_192 67))
(assert
 (= phase_193 70))
(assert
 (= phase_194 70))
(assert
 (= phase_195 71))
(assert
 (= phase_208 70))
(assert
 (= phase_209 70))
(assert
 (= phase_210 70))
(assert
 (let (($x26939 (<= boundary 536870911)))
 (let (($x11398 (and (and true (<= phase_192 boundary)) $x26939)))
 (let ((?x29504 (ite $x11398 1 0)))
 (let ((?x742 (+ phase_167 1)))
 (let (($x2928 (> ?x742 phase_166)))
 (let ((?x9722 (ite $x2928 ?x742 phase_166)))
 (let ((?x26272 (+ phase_168 1)))
 (let (($x7222 (> ?x26272 ?x9722)))
 (let ((?x8396 (ite $x7222 ?x26272 ?x9722)))
 (let ((?x2829 (+ phase_177 1)))
 (let (($x6427 (> ?x2829 ?x8396)))
 (let ((?x8292 (ite $x6427 ?x2829 ?x8396)))
 (let ((?x2837 (+ phase_178 1)))
 (let (($x9356 (> ?x2837 ?x8292)))
 (let ((?x22539 (ite $x9356 ?x2837 ?x8292)))
 (let (($x23829 (> phase_179 ?x22539)))
 (let ((?x26051 (ite $x23829 phase_179 ?x22539)))
 (let (($x28777 (<= phase_166 boundary)))
 (let (($x29702 (and true $x28777)))
 (let (($x29505 (and $x29702 (<= boundary (ite (> phase_169 ?x26051) phase_169 ?x26051)))))
 (let ((?x698 (ite $x29505 1 0)))
 (let ((?x28285 (+ ?x698 ?x29504)))
 (let (($x16381 (>= ?x28285 2)))
 (let (($x29354 (> boundary 61)))
 (let (($x29033 (and true $x29354)))
 (let (($x23510 (<= boundary 79)))
 (let (($x6821 (>= boundary (- 1))))
 (let (($x13332 (and (= boundary (+ (* 2 boundary_half) 1)) $x6821)))
 (let (($x13343 (and $x13332 $x23510)))
 (let (($x11549 (and $x13343 $x29033)))
 (and $x11549 $x16381))))))))))))))))))))))))))))))))
(check-sat)
