(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
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
 (let ((?x3615 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_3 0.0)))
 (= window_start_contents ?x3615)))
(assert
 (let (($x12495 (or (not (and true (> boundary (- 1)))) (and (distinct window_start_contents read_value) true))))
 (let (($x3103 (= read_value x_3)))
 (let (($x2379 (and (and (= read_index 46) (not false)) (= boundary (- phase_169 1)))))
 (let (($x36190 (and (and (= read_index 45) (not false)) (= boundary (- phase_168 1)))))
 (let (($x21870 (and (and (= read_index 44) (not false)) (= boundary (- phase_166 1)))))
 (let (($x21202 (and (and (= read_index 43) (not false)) (= boundary (- phase_165 1)))))
 (let (($x6216 (and (and (= read_index 42) (not false)) (= boundary (- phase_163 1)))))
 (let (($x5333 (and (and (= read_index 41) (not false)) (= boundary (- phase_162 1)))))
 (let (($x5313 (and (and (= read_index 40) (not false)) (= boundary (- phase_160 1)))))
 (let (($x2567 (and (and (= read_index 39) (not false)) (= boundary (- phase_159 1)))))
 (let (($x19579 (and (and (= read_index 38) (not false)) (= boundary (- phase_157 1)))))
 (let (($x5628 (and (and (= read_index 37) (not false)) (= boundary (- phase_156 1)))))
 (let (($x8842 (and (and (= read_index 36) (not false)) (= boundary (- phase_154 1)))))
 (let (($x10049 (and (and (= read_index 35) (not false)) (= boundary (- phase_153 1)))))
 (let (($x10872 (and (and (= read_index 34) (not false)) (= boundary (- phase_151 1)))))
 (let (($x26257 (and (and (= read_index 33) (not false)) (= boundary (- phase_150 1)))))
 (let (($x50326 (and (and (= read_index 32) (not false)) (= boundary (- phase_148 1)))))
 (let (($x21385 (and (and (= read_index 31) (not false)) (= boundary (- phase_147 1)))))
 (let (($x15677 (and (and (= read_index 30) (not false)) (= boundary (- phase_145 1)))))
 (let (($x21271 (and (and (= read_index 29) (not false)) (= boundary (- phase_144 1)))))
 (let (($x794 (and (and (= read_index 28) (not false)) (= boundary (- phase_142 1)))))
 (let (($x16068 (and (and (= read_index 27) (not false)) (= boundary (- phase_141 1)))))
 (let (($x10619 (and (and (= read_index 26) (not false)) (= boundary (- phase_139 1)))))
 (let (($x7048 (and (and (= read_index 25) (not false)) (= boundary (- phase_138 1)))))
 (let (($x6765 (and (and (= read_index 24) (not false)) (= boundary (- phase_136 1)))))
 (let (($x5617 (and (and (= read_index 23) (not false)) (= boundary (- phase_135 1)))))
 (let (($x20712 (and (and (= read_index 22) (not false)) (= boundary (- phase_133 1)))))
 (let (($x5275 (and (and (= read_index 21) (not false)) (= boundary (- phase_132 1)))))
 (let (($x21824 (and (and (= read_index 20) (not false)) (= boundary (- phase_130 1)))))
 (let (($x19355 (and (and (= read_index 19) (not false)) (= boundary (- phase_129 1)))))
 (let (($x50519 (and (and (= read_index 18) (not false)) (= boundary (- phase_127 1)))))
 (let (($x21421 (and (and (= read_index 17) (not false)) (= boundary (- phase_126 1)))))
 (let (($x39677 (or (and $x21421 $x3103) (and $x50519 $x3103) (and $x19355 $x3103) (and $x21824 $x3103) (and $x5275 $x3103) (and $x20712 $x3103) (and $x5617 $x3103) (and $x6765 $x3103) (and $x7048 $x3103) (and $x10619 $x3103) (and $x16068 $x3103) (and $x794 $x3103) (and $x21271 $x3103) (and $x15677 $x3103) (and $x21385 $x3103) (and $x50326 $x3103) (and $x26257 $x3103) (and $x10872 $x3103) (and $x10049 $x3103) (and $x8842 $x3103) (and $x5628 $x3103) (and $x19579 $x3103) (and $x2567 $x3103) (and $x5313 $x3103) (and $x5333 $x3103) (and $x6216 $x3103) (and $x21202 $x3103) (and $x21870 $x3103) (and $x36190 $x3103) (and $x2379 $x3103))))
 (let (($x10706 (and $x39677 $x12495)))
 (let ((?x6556 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x10304 (and (distinct window_start_contents ?x6556) true)))
 (let (($x4064 (> boundary (- 1))))
 (let (($x27298 (and true $x4064)))
 (let (($x41963 (<= boundary 11)))
 (let (($x40065 (>= boundary (- 1))))
 (let (($x41764 (and (= boundary (+ (* 2 boundary_half) 1)) $x40065)))
 (let (($x41971 (and $x41764 $x41963)))
 (let (($x6381 (and $x41971 $x27298)))
 (let (($x11523 (and $x6381 $x10304)))
 (or $x11523 $x10706))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
