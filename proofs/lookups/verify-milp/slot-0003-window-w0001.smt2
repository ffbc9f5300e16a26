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
 (let ((?x10242 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_3 0.0)))
 (= window_start_contents ?x10242)))
(assert
 (let (($x16033 (or (not (and true (> boundary (- 1)))) (and (distinct window_start_contents read_value) true))))
 (let (($x51717 (= read_value x_3)))
 (let (($x16236 (and (and (= read_index 46) (not false)) (= boundary (- phase_169 1)))))
 (let (($x3849 (and (and (= read_index 45) (not false)) (= boundary (- phase_168 1)))))
 (let (($x21567 (and (and (= read_index 44) (not false)) (= boundary (- phase_166 1)))))
 (let (($x22078 (and (and (= read_index 43) (not false)) (= boundary (- phase_165 1)))))
 (let (($x10042 (and (and (= read_index 42) (not false)) (= boundary (- phase_163 1)))))
 (let (($x18835 (and (and (= read_index 41) (not false)) (= boundary (- phase_162 1)))))
 (let (($x25630 (and (and (= read_index 40) (not false)) (= boundary (- phase_160 1)))))
 (let (($x15084 (and (and (= read_index 39) (not false)) (= boundary (- phase_159 1)))))
 (let (($x9359 (and (and (= read_index 38) (not false)) (= boundary (- phase_157 1)))))
 (let (($x15891 (and (and (= read_index 37) (not false)) (= boundary (- phase_156 1)))))
 (let (($x16202 (and (and (= read_index 36) (not false)) (= boundary (- phase_154 1)))))
 (let (($x6959 (and (and (= read_index 35) (not false)) (= boundary (- phase_153 1)))))
 (let (($x10199 (and (and (= read_index 34) (not false)) (= boundary (- phase_151 1)))))
 (let (($x19888 (and (and (= read_index 33) (not false)) (= boundary (- phase_150 1)))))
 (let (($x20284 (and (and (= read_index 32) (not false)) (= boundary (- phase_148 1)))))
 (let (($x25902 (and (and (= read_index 31) (not false)) (= boundary (- phase_147 1)))))
 (let (($x17352 (and (and (= read_index 30) (not false)) (= boundary (- phase_145 1)))))
 (let (($x15391 (and (and (= read_index 29) (not false)) (= boundary (- phase_144 1)))))
 (let (($x20180 (and (and (= read_index 28) (not false)) (= boundary (- phase_142 1)))))
 (let (($x20997 (and (and (= read_index 27) (not false)) (= boundary (- phase_141 1)))))
 (let (($x3600 (and (and (= read_index 26) (not false)) (= boundary (- phase_139 1)))))
 (let (($x20500 (and (and (= read_index 25) (not false)) (= boundary (- phase_138 1)))))
 (let (($x45114 (and (and (= read_index 24) (not false)) (= boundary (- phase_136 1)))))
 (let (($x10330 (and (and (= read_index 23) (not false)) (= boundary (- phase_135 1)))))
 (let (($x19272 (and (and (= read_index 22) (not false)) (= boundary (- phase_133 1)))))
 (let (($x3368 (and (and (= read_index 21) (not false)) (= boundary (- phase_132 1)))))
 (let (($x21365 (and (and (= read_index 20) (not false)) (= boundary (- phase_130 1)))))
 (let (($x10783 (and (and (= read_index 19) (not false)) (= boundary (- phase_129 1)))))
 (let (($x26691 (and (and (= read_index 18) (not false)) (= boundary (- phase_127 1)))))
 (let (($x21527 (and (and (= read_index 17) (not false)) (= boundary (- phase_126 1)))))
 (let (($x20422 (or (and $x21527 $x51717) (and $x26691 $x51717) (and $x10783 $x51717) (and $x21365 $x51717) (and $x3368 $x51717) (and $x19272 $x51717) (and $x10330 $x51717) (and $x45114 $x51717) (and $x20500 $x51717) (and $x3600 $x51717) (and $x20997 $x51717) (and $x20180 $x51717) (and $x15391 $x51717) (and $x17352 $x51717) (and $x25902 $x51717) (and $x20284 $x51717) (and $x19888 $x51717) (and $x10199 $x51717) (and $x6959 $x51717) (and $x16202 $x51717) (and $x15891 $x51717) (and $x9359 $x51717) (and $x15084 $x51717) (and $x25630 $x51717) (and $x18835 $x51717) (and $x10042 $x51717) (and $x22078 $x51717) (and $x21567 $x51717) (and $x3849 $x51717) (and $x16236 $x51717))))
 (let (($x21142 (and $x20422 $x16033)))
 (let ((?x14350 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x15854 (and (distinct window_start_contents ?x14350) true)))
 (let (($x37745 (> boundary (- 1))))
 (let (($x24811 (and true $x37745)))
 (let (($x39390 (<= boundary 11)))
 (let (($x38444 (>= boundary (- 1))))
 (let (($x39382 (and (= boundary (+ (* 2 boundary_half) 1)) $x38444)))
 (let (($x39398 (and $x39382 $x39390)))
 (let (($x15157 (and $x39398 $x24811)))
 (let (($x16074 (and $x15157 $x15854)))
 (or $x16074 $x21142))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
