(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_119 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_348 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_119 7))
(assert
 (= phase_157 12))
(assert
 (= phase_158 12))
(assert
 (= phase_169 10))
(assert
 (= phase_189 14))
(assert
 (= phase_348 26))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x26215 (and (and $x45255 (and (distinct (ite (> boundary 31) 1.0 0.0) 0.0) true)) true)))
 (let (($x4404 (> phase_157 phase_119)))
 (let ((?x4405 (ite $x4404 phase_157 phase_119)))
 (let (($x4409 (> phase_158 ?x4405)))
 (let ((?x4410 (ite $x4409 phase_158 ?x4405)))
 (let (($x4413 (> phase_169 ?x4410)))
 (let ((?x3239 (ite $x4413 phase_169 ?x4410)))
 (let (($x3240 (> phase_189 ?x3239)))
 (let ((?x3244 (ite $x3240 phase_189 ?x3239)))
 (let (($x3245 (> phase_348 ?x3244)))
 (let ((?x3248 (ite $x3245 phase_348 ?x3244)))
 (let ((?x111803 (+ (ite (> boundary 7) 1.0 0.0) (ite (> boundary 27) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x36573 (= boundary 31)))
 (let (($x98368 (= boundary 27)))
 (let (($x119979 (= boundary 7)))
 (let (($x62304 (or $x119979 $x98368 $x36573)))
 (and $x62304 (or (and (and $x2642 (and (distinct ?x111803 0.0) true)) (> ?x3248 boundary)) $x26215)))))))))))))))))))))
(check-sat)
