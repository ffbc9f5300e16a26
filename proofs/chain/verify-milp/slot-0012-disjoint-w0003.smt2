(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_163 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_206 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_163 55))
(assert
 (= phase_164 58))
(assert
 (= phase_165 58))
(assert
 (= phase_166 59))
(assert
 (= phase_174 58))
(assert
 (= phase_175 58))
(assert
 (= phase_176 59))
(assert
 (= phase_189 63))
(assert
 (= phase_190 66))
(assert
 (= phase_191 66))
(assert
 (= phase_192 67))
(assert
 (= phase_204 74))
(assert
 (= phase_205 74))
(assert
 (= phase_206 74))
(assert
 (let (($x26939 (<= boundary 536870911)))
 (let (($x30811 (and (and true (<= phase_189 boundary)) $x26939)))
 (let ((?x29372 (ite $x30811 1 0)))
 (let ((?x2901 (+ phase_164 1)))
 (let (($x7055 (> ?x2901 phase_163)))
 (let ((?x6890 (ite $x7055 ?x2901 phase_163)))
 (let ((?x2847 (+ phase_165 1)))
 (let (($x5706 (> ?x2847 ?x6890)))
 (let ((?x15842 (ite $x5706 ?x2847 ?x6890)))
 (let ((?x2875 (+ phase_174 1)))
 (let (($x6626 (> ?x2875 ?x15842)))
 (let ((?x8266 (ite $x6626 ?x2875 ?x15842)))
 (let ((?x2819 (+ phase_175 1)))
 (let (($x24437 (> ?x2819 ?x8266)))
 (let ((?x28668 (ite $x24437 ?x2819 ?x8266)))
 (let (($x30741 (> phase_166 ?x28668)))
 (let ((?x31244 (ite $x30741 phase_166 ?x28668)))
 (let (($x30713 (and (and true (<= phase_163 boundary)) (<= boundary (ite (> phase_176 ?x31244) phase_176 ?x31244)))))
 (let ((?x32955 (ite $x30713 1 0)))
 (let ((?x27080 (+ ?x32955 ?x29372)))
 (let (($x38317 (>= ?x27080 2)))
 (let (($x33487 (> boundary 51)))
 (let (($x10299 (and true $x33487)))
 (let (($x23510 (<= boundary 79)))
 (let (($x6821 (>= boundary (- 1))))
 (let (($x13332 (and (= boundary (+ (* 2 boundary_half) 1)) $x6821)))
 (let (($x13343 (and $x13332 $x23510)))
 (let (($x34590 (and $x13343 $x10299)))
 (and $x34590 $x38317))))))))))))))))))))))))))))))
(check-sat)
