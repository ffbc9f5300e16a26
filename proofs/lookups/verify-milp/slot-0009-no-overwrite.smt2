(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_126 4))
(assert
 (= phase_129 4))
(assert
 (= phase_132 4))
(assert
 (= phase_135 4))
(assert
 (= phase_138 4))
(assert
 (= phase_141 4))
(assert
 (= phase_144 4))
(assert
 (= phase_147 4))
(assert
 (= phase_150 4))
(assert
 (= phase_153 4))
(assert
 (= phase_156 4))
(assert
 (= phase_159 4))
(assert
 (= phase_162 4))
(assert
 (= phase_165 4))
(assert
 (= phase_168 4))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x36754 (and (and $x8320 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true)) true)))
 (let (($x2387 (> phase_9 (- 1))))
 (let ((?x13236 (ite $x2387 phase_9 (- 1))))
 (let (($x18915 (> phase_10 ?x13236)))
 (let ((?x453 (ite $x18915 phase_10 ?x13236)))
 (let (($x3668 (> phase_126 ?x453)))
 (let ((?x8448 (ite $x3668 phase_126 ?x453)))
 (let (($x126 (> phase_129 ?x8448)))
 (let ((?x18745 (ite $x126 phase_129 ?x8448)))
 (let (($x18738 (> phase_132 ?x18745)))
 (let ((?x5622 (ite $x18738 phase_132 ?x18745)))
 (let (($x3179 (> phase_135 ?x5622)))
 (let ((?x19118 (ite $x3179 phase_135 ?x5622)))
 (let (($x19119 (> phase_138 ?x19118)))
 (let ((?x19067 (ite $x19119 phase_138 ?x19118)))
 (let (($x19068 (> phase_141 ?x19067)))
 (let ((?x2988 (ite $x19068 phase_141 ?x19067)))
 (let (($x6784 (> phase_144 ?x2988)))
 (let ((?x4953 (ite $x6784 phase_144 ?x2988)))
 (let (($x16494 (> phase_147 ?x4953)))
 (let ((?x18833 (ite $x16494 phase_147 ?x4953)))
 (let (($x18834 (> phase_150 ?x18833)))
 (let ((?x21040 (ite $x18834 phase_150 ?x18833)))
 (let (($x18154 (> phase_153 ?x21040)))
 (let ((?x18162 (ite $x18154 phase_153 ?x21040)))
 (let (($x383 (> phase_156 ?x18162)))
 (let ((?x13312 (ite $x383 phase_156 ?x18162)))
 (let (($x2158 (> phase_159 ?x13312)))
 (let ((?x14800 (ite $x2158 phase_159 ?x13312)))
 (let (($x5017 (> phase_162 ?x14800)))
 (let ((?x7103 (ite $x5017 phase_162 ?x14800)))
 (let (($x6844 (> phase_165 ?x7103)))
 (let ((?x3459 (ite $x6844 phase_165 ?x7103)))
 (let (($x18769 (> phase_168 ?x3459)))
 (let ((?x13280 (ite $x18769 phase_168 ?x3459)))
 (let ((?x16839 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x38460 (or (= boundary (- 1)) (= boundary 5) (= boundary 7))))
 (and $x38460 (or (and (and $x37737 (and (distinct ?x16839 0.0) true)) (> ?x13280 boundary)) $x36754))))))))))))))))))))))))))))))))))))))))))
(check-sat)
