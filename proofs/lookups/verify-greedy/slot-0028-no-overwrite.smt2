(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_22 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_22 0))
(assert
 (= phase_118 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (= phase_151 8))
(assert
 (= phase_152 10))
(assert
 (let (($x39653 (> boundary 11)))
 (let ((?x23130 (ite $x39653 (- 1.0) 0.0)))
 (let (($x23235 (> boundary 9)))
 (let ((?x50621 (ite $x23235 1.0 0.0)))
 (let (($x19215 (= value_index 1)))
 (let (($x33651 (and (and $x19215 (and (distinct (+ ?x50621 ?x23130) 0.0) true)) (> (ite (> phase_152 phase_151) phase_152 phase_151) boundary))))
 (let (($x14915 (> phase_118 phase_22)))
 (let ((?x5172 (ite $x14915 phase_118 phase_22)))
 (let (($x5691 (> phase_147 ?x5172)))
 (let ((?x18721 (ite $x5691 phase_147 ?x5172)))
 (let (($x19070 (> phase_150 ?x18721)))
 (let ((?x19057 (ite $x19070 phase_150 ?x18721)))
 (let ((?x5465 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x13147 (= boundary 9)))
 (let (($x11569 (or (= boundary 1) (= boundary 5) $x13147 $x3841)))
 (and $x11569 (or (and (and $x1772 (and (distinct ?x5465 0.0) true)) (> ?x19057 boundary)) $x33651))))))))))))))))))))
(check-sat)
