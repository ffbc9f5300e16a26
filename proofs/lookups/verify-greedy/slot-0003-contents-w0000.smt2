(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_169 () Int)
(declare-fun x_3 () Real)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_12 0))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 0))
(assert
 (= phase_19 0))
(assert
 (= phase_20 0))
(assert
 (= phase_21 0))
(assert
 (= phase_22 0))
(assert
 (= phase_23 0))
(assert
 (= phase_24 0))
(assert
 (= phase_25 0))
(assert
 (= phase_26 0))
(assert
 (= phase_27 0))
(assert
 (= phase_28 0))
(assert
 (= phase_29 0))
(assert
 (= phase_126 4))
(assert
 (= phase_127 8))
(assert
 (= phase_129 4))
(assert
 (= phase_130 8))
(assert
 (= phase_132 4))
(assert
 (= phase_133 8))
(assert
 (= phase_135 4))
(assert
 (= phase_136 8))
(assert
 (= phase_138 4))
(assert
 (= phase_139 8))
(assert
 (= phase_141 4))
(assert
 (= phase_142 8))
(assert
 (= phase_144 4))
(assert
 (= phase_145 8))
(assert
 (= phase_147 4))
(assert
 (= phase_148 8))
(assert
 (= phase_150 4))
(assert
 (= phase_151 8))
(assert
 (= phase_153 4))
(assert
 (= phase_154 8))
(assert
 (= phase_156 4))
(assert
 (= phase_157 8))
(assert
 (= phase_159 4))
(assert
 (= phase_160 8))
(assert
 (= phase_162 4))
(assert
 (= phase_163 8))
(assert
 (= phase_165 4))
(assert
 (= phase_166 8))
(assert
 (= phase_168 4))
(assert
 (= phase_169 8))
(assert
 (let (($x44345 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x13064 (ite $x44345 x_3 0.0)))
 (let (($x44538 (>= boundary (- 1))))
 (let ((?x43793 (ite $x44538 (* 1.0 x_3) 0.0)))
 (let (($x43491 (and (distinct ?x43793 ?x13064) true)))
 (let (($x19529 (<= boundary (- 1))))
 (let (($x6739 (and true $x19529)))
 (let (($x44683 (<= boundary 11)))
 (let (($x44627 (and (= boundary (+ (* 2 boundary_half) 1)) $x44538)))
 (let (($x44704 (and $x44627 $x44683)))
 (let (($x5360 (and $x44704 $x6739)))
 (and $x5360 $x43491)))))))))))))
(check-sat)
