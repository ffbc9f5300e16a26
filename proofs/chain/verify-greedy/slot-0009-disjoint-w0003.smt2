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
 (= phase_204 66))
(assert
 (= phase_205 66))
(assert
 (= phase_206 66))
(assert
 (let (($x23322 (<= boundary 536870911)))
 (let (($x31622 (and (and true (<= phase_189 boundary)) $x23322)))
 (let ((?x32106 (ite $x31622 1 0)))
 (let ((?x14749 (+ phase_164 1)))
 (let (($x7643 (> ?x14749 phase_163)))
 (let ((?x9205 (ite $x7643 ?x14749 phase_163)))
 (let ((?x14853 (+ phase_165 1)))
 (let (($x9278 (> ?x14853 ?x9205)))
 (let ((?x9323 (ite $x9278 ?x14853 ?x9205)))
 (let ((?x14797 (+ phase_174 1)))
 (let (($x8389 (> ?x14797 ?x9323)))
 (let ((?x8577 (ite $x8389 ?x14797 ?x9323)))
 (let ((?x14809 (+ phase_175 1)))
 (let (($x9058 (> ?x14809 ?x8577)))
 (let ((?x22627 (ite $x9058 ?x14809 ?x8577)))
 (let (($x23546 (> phase_166 ?x22627)))
 (let ((?x27061 (ite $x23546 phase_166 ?x22627)))
 (let (($x12928 (<= phase_163 boundary)))
 (let (($x32742 (and true $x12928)))
 (let (($x29452 (and $x32742 (<= boundary (ite (> phase_176 ?x27061) phase_176 ?x27061)))))
 (let ((?x30311 (ite $x29452 1 0)))
 (let ((?x23201 (+ ?x30311 ?x32106)))
 (let (($x6159 (>= ?x23201 2)))
 (let (($x42901 (> boundary 57)))
 (let (($x29321 (and true $x42901)))
 (let (($x13345 (<= boundary 79)))
 (let (($x2195 (>= boundary (- 1))))
 (let (($x22721 (and (= boundary (+ (* 2 boundary_half) 1)) $x2195)))
 (let (($x23091 (and $x22721 $x13345)))
 (let (($x25158 (and $x23091 $x29321)))
 (and $x25158 $x6159))))))))))))))))))))))))))))))))
(check-sat)
