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
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
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
 (let ((?x53718 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_3 0.0)))
 (= window_start_contents ?x53718)))
(assert
 (let (($x51110 (and (distinct window_start_contents read_value) true)))
 (let (($x2715 (> boundary (- 1))))
 (let (($x47734 (and true $x2715)))
 (let (($x44294 (not $x47734)))
 (let (($x1695 (or $x44294 $x51110)))
 (let (($x43514 (= read_value x_3)))
 (let (($x4337 (and (and (= read_index 46) (not false)) (= boundary (- phase_169 1)))))
 (let (($x51077 (and $x4337 $x43514)))
 (let (($x10697 (and (and (= read_index 45) (not false)) (= boundary (- phase_168 1)))))
 (let (($x673 (and $x10697 $x43514)))
 (let (($x53252 (and (and (= read_index 44) (not false)) (= boundary (- phase_166 1)))))
 (let (($x31472 (and $x53252 $x43514)))
 (let (($x28360 (and (and (= read_index 43) (not false)) (= boundary (- phase_165 1)))))
 (let (($x43733 (and $x28360 $x43514)))
 (let (($x4525 (and (and (= read_index 42) (not false)) (= boundary (- phase_163 1)))))
 (let (($x7729 (and $x4525 $x43514)))
 (let (($x9005 (and (and (= read_index 41) (not false)) (= boundary (- phase_162 1)))))
 (let (($x4341 (and $x9005 $x43514)))
 (let (($x53543 (and (and (= read_index 40) (not false)) (= boundary (- phase_160 1)))))
 (let (($x40007 (and $x53543 $x43514)))
 (let (($x16170 (and (and (= read_index 39) (not false)) (= boundary (- phase_159 1)))))
 (let (($x3315 (and $x16170 $x43514)))
 (let (($x44081 (and (and (= read_index 38) (not false)) (= boundary (- phase_157 1)))))
 (let (($x56653 (and $x44081 $x43514)))
 (let (($x43790 (and (and (= read_index 37) (not false)) (= boundary (- phase_156 1)))))
 (let (($x38733 (and $x43790 $x43514)))
 (let (($x56670 (and (and (= read_index 36) (not false)) (= boundary (- phase_154 1)))))
 (let (($x12200 (and $x56670 $x43514)))
 (let (($x9742 (and (and (= read_index 35) (not false)) (= boundary (- phase_153 1)))))
 (let (($x13620 (and $x9742 $x43514)))
 (let (($x37266 (and (and (= read_index 34) (not false)) (= boundary (- phase_151 1)))))
 (let (($x162 (and $x37266 $x43514)))
 (let (($x15557 (and (and (= read_index 33) (not false)) (= boundary (- phase_150 1)))))
 (let (($x50986 (and $x15557 $x43514)))
 (let (($x13640 (and (and (= read_index 32) (not false)) (= boundary (- phase_148 1)))))
 (let (($x7002 (and $x13640 $x43514)))
 (let (($x43666 (and (and (= read_index 31) (not false)) (= boundary (- phase_147 1)))))
 (let (($x52572 (and $x43666 $x43514)))
 (let (($x43900 (and (and (= read_index 30) (not false)) (= boundary (- phase_145 1)))))
 (let (($x12276 (and $x43900 $x43514)))
 (let (($x51183 (and (and (= read_index 29) (not false)) (= boundary (- phase_144 1)))))
 (let (($x50999 (and $x51183 $x43514)))
 (let (($x2685 (and (and (= read_index 28) (not false)) (= boundary (- phase_142 1)))))
 (let (($x3183 (and $x2685 $x43514)))
 (let (($x43927 (and (and (= read_index 27) (not false)) (= boundary (- phase_141 1)))))
 (let (($x52043 (and $x43927 $x43514)))
 (let (($x51570 (and (and (= read_index 26) (not false)) (= boundary (- phase_139 1)))))
 (let (($x53748 (and $x51570 $x43514)))
 (let (($x10957 (and (and (= read_index 25) (not false)) (= boundary (- phase_138 1)))))
 (let (($x51186 (and $x10957 $x43514)))
 (let (($x43595 (and (and (= read_index 24) (not false)) (= boundary (- phase_136 1)))))
 (let (($x11943 (and $x43595 $x43514)))
 (let (($x51192 (and (and (= read_index 23) (not false)) (= boundary (- phase_135 1)))))
 (let (($x44439 (and $x51192 $x43514)))
 (let (($x52081 (and (and (= read_index 22) (not false)) (= boundary (- phase_133 1)))))
 (let (($x43833 (and $x52081 $x43514)))
 (let (($x53467 (and (and (= read_index 21) (not false)) (= boundary (- phase_132 1)))))
 (let (($x44146 (and $x53467 $x43514)))
 (let (($x44417 (and (and (= read_index 20) (not false)) (= boundary (- phase_130 1)))))
 (let (($x50157 (and $x44417 $x43514)))
 (let (($x43611 (and (and (= read_index 19) (not false)) (= boundary (- phase_129 1)))))
 (let (($x43758 (and $x43611 $x43514)))
 (let (($x28928 (and (and (= read_index 18) (not false)) (= boundary (- phase_127 1)))))
 (let (($x38113 (and $x28928 $x43514)))
 (let (($x11079 (and (and (= read_index 17) (not false)) (= boundary (- phase_126 1)))))
 (let (($x15566 (and $x11079 $x43514)))
 (let (($x50618 (or $x15566 $x38113 $x43758 $x50157 $x44146 $x43833 $x44439 $x11943 $x51186 $x53748 $x52043 $x3183 $x50999 $x12276 $x52572 $x7002 $x50986 $x162 $x13620 $x12200 $x38733 $x56653 $x3315 $x40007 $x4341 $x7729 $x43733 $x31472 $x673 $x51077)))
 (and $x50618 $x1695)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
