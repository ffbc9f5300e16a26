(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_25 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_25 0))
(assert
 (= phase_121 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (= phase_160 8))
(assert
 (= phase_161 10))
(assert
 (let (($x50673 (> boundary 11)))
 (let ((?x39688 (ite $x50673 (- 1.0) 0.0)))
 (let (($x46457 (> boundary 9)))
 (let ((?x2286 (ite $x46457 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x45392 (and (and $x19215 (and (distinct (+ ?x2286 ?x39688) 0.0) true)) (> (ite (> phase_161 phase_160) phase_161 phase_160) boundary))))
 (let (($x18731 (> phase_121 phase_25)))
 (let ((?x2096 (ite $x18731 phase_121 phase_25)))
 (let (($x18743 (> phase_156 ?x2096)))
 (let ((?x8130 (ite $x18743 phase_156 ?x2096)))
 (let (($x7806 (> phase_159 ?x8130)))
 (let ((?x7529 (ite $x7806 phase_159 ?x8130)))
 (let ((?x36562 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x51336 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x51336 (or (and (and $x1772 (and (distinct ?x36562 0.0) true)) (> ?x7529 boundary)) $x45392))))))))))))))))))))
(check-sat)
