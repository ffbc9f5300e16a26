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
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 0))
(assert
 (= phase_27 0))
(assert
 (= phase_40 0))
(assert
 (= phase_53 0))
(assert
 (= phase_66 0))
(assert
 (= phase_79 0))
(assert
 (= phase_92 0))
(assert
 (= phase_105 0))
(assert
 (= phase_118 0))
(assert
 (= phase_131 0))
(assert
 (= phase_144 0))
(assert
 (= phase_157 0))
(assert
 (= phase_170 0))
(assert
 (= phase_183 0))
(assert
 (= phase_196 0))
(assert
 (= phase_197 0))
(assert
 (= phase_198 0))
(assert
 (= phase_199 0))
(assert
 (let (($x16252 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x10886 (ite $x16252 x_3 0.0)))
 (let (($x52167 (>= boundary (- 1))))
 (let ((?x8152 (ite $x52167 (* 1.0 x_3) 0.0)))
 (let (($x10495 (and (distinct ?x8152 ?x10886) true)))
 (let (($x53756 (<= boundary 79)))
 (let (($x53748 (and (= boundary (+ (* 2 boundary_half) 1)) $x52167)))
 (let (($x54008 (and $x53748 $x53756)))
 (and $x54008 $x10495))))))))))
(check-sat)
