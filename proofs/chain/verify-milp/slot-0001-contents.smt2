(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 4))
(assert
 (= phase_27 8))
(assert
 (= phase_40 12))
(assert
 (= phase_53 16))
(assert
 (= phase_66 20))
(assert
 (= phase_79 24))
(assert
 (= phase_92 28))
(assert
 (= phase_105 32))
(assert
 (= phase_118 36))
(assert
 (= phase_131 40))
(assert
 (= phase_144 44))
(assert
 (= phase_157 48))
(assert
 (= phase_170 52))
(assert
 (= phase_183 56))
(assert
 (= phase_196 72))
(assert
 (= phase_197 72))
(assert
 (= phase_198 68))
(assert
 (= phase_199 72))
(assert
 (let (($x34485 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x4216 (ite $x34485 x_1 0.0)))
 (let (($x58274 (>= boundary (- 1))))
 (let ((?x11459 (ite $x58274 (* 1.0 x_1) 0.0)))
 (let (($x26597 (and (distinct ?x11459 ?x4216) true)))
 (let (($x64147 (<= boundary 79)))
 (let (($x64126 (and (= boundary (+ (* 2 boundary_half) 1)) $x58274)))
 (let (($x64163 (and $x64126 $x64147)))
 (and $x64163 $x26597))))))))))
(check-sat)
