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
 (let ((?x24588 (ite (and (and true (<= (- 1) (- 1))) (< (- 1) 536870911)) x_3 0.0)))
 (= window_start_contents ?x24588)))
(assert
 (let (($x20776 (and (distinct window_start_contents read_value) true)))
 (let (($x18267 (> boundary (- 1))))
 (let (($x13754 (and true $x18267)))
 (let (($x15665 (not $x13754)))
 (let (($x36000 (or $x15665 $x20776)))
 (let (($x11022 (= read_value x_3)))
 (let (($x10835 (and (and (= read_index 46) (not false)) (= boundary (- phase_169 1)))))
 (let (($x25208 (and $x10835 $x11022)))
 (let (($x3567 (and (and (= read_index 45) (not false)) (= boundary (- phase_168 1)))))
 (let (($x12235 (and $x3567 $x11022)))
 (let (($x6555 (and (and (= read_index 44) (not false)) (= boundary (- phase_166 1)))))
 (let (($x24975 (and $x6555 $x11022)))
 (let (($x1563 (and (and (= read_index 43) (not false)) (= boundary (- phase_165 1)))))
 (let (($x1743 (and $x1563 $x11022)))
 (let (($x20910 (and (and (= read_index 42) (not false)) (= boundary (- phase_163 1)))))
 (let (($x15652 (and $x20910 $x11022)))
 (let (($x35732 (and (and (= read_index 41) (not false)) (= boundary (- phase_162 1)))))
 (let (($x9490 (and $x35732 $x11022)))
 (let (($x20871 (and (and (= read_index 40) (not false)) (= boundary (- phase_160 1)))))
 (let (($x20865 (and $x20871 $x11022)))
 (let (($x20955 (and (and (= read_index 39) (not false)) (= boundary (- phase_159 1)))))
 (let (($x11211 (and $x20955 $x11022)))
 (let (($x11542 (and (and (= read_index 38) (not false)) (= boundary (- phase_157 1)))))
 (let (($x2127 (and $x11542 $x11022)))
 (let (($x18310 (and (and (= read_index 37) (not false)) (= boundary (- phase_156 1)))))
 (let (($x16063 (and $x18310 $x11022)))
 (let (($x11017 (and (and (= read_index 36) (not false)) (= boundary (- phase_154 1)))))
 (let (($x19323 (and $x11017 $x11022)))
 (let (($x12228 (and (and (= read_index 35) (not false)) (= boundary (- phase_153 1)))))
 (let (($x15615 (and $x12228 $x11022)))
 (let (($x1600 (and (and (= read_index 34) (not false)) (= boundary (- phase_151 1)))))
 (let (($x22349 (and $x1600 $x11022)))
 (let (($x34125 (and (and (= read_index 33) (not false)) (= boundary (- phase_150 1)))))
 (let (($x10849 (and $x34125 $x11022)))
 (let (($x24618 (and (and (= read_index 32) (not false)) (= boundary (- phase_148 1)))))
 (let (($x25090 (and $x24618 $x11022)))
 (let (($x20724 (and (and (= read_index 31) (not false)) (= boundary (- phase_147 1)))))
 (let (($x7783 (and $x20724 $x11022)))
 (let (($x20648 (and (and (= read_index 30) (not false)) (= boundary (- phase_145 1)))))
 (let (($x10311 (and $x20648 $x11022)))
 (let (($x11959 (and (and (= read_index 29) (not false)) (= boundary (- phase_144 1)))))
 (let (($x7917 (and $x11959 $x11022)))
 (let (($x18946 (and (and (= read_index 28) (not false)) (= boundary (- phase_142 1)))))
 (let (($x16003 (and $x18946 $x11022)))
 (let (($x18327 (and (and (= read_index 27) (not false)) (= boundary (- phase_141 1)))))
 (let (($x22801 (and $x18327 $x11022)))
 (let (($x11205 (and (and (= read_index 26) (not false)) (= boundary (- phase_139 1)))))
 (let (($x11640 (and $x11205 $x11022)))
 (let (($x12588 (and (and (= read_index 25) (not false)) (= boundary (- phase_138 1)))))
 (let (($x11482 (and $x12588 $x11022)))
 (let (($x23591 (and (and (= read_index 24) (not false)) (= boundary (- phase_136 1)))))
 (let (($x9841 (and $x23591 $x11022)))
 (let (($x35777 (and (and (= read_index 23) (not false)) (= boundary (- phase_135 1)))))
 (let (($x20786 (and $x35777 $x11022)))
 (let (($x20481 (and (and (= read_index 22) (not false)) (= boundary (- phase_133 1)))))
 (let (($x21410 (and $x20481 $x11022)))
 (let (($x27562 (and (and (= read_index 21) (not false)) (= boundary (- phase_132 1)))))
 (let (($x35492 (and $x27562 $x11022)))
 (let (($x3613 (and (and (= read_index 20) (not false)) (= boundary (- phase_130 1)))))
 (let (($x15643 (and $x3613 $x11022)))
 (let (($x18593 (and (and (= read_index 19) (not false)) (= boundary (- phase_129 1)))))
 (let (($x18594 (and $x18593 $x11022)))
 (let (($x11230 (and (and (= read_index 18) (not false)) (= boundary (- phase_127 1)))))
 (let (($x11426 (and $x11230 $x11022)))
 (let (($x9547 (and (and (= read_index 17) (not false)) (= boundary (- phase_126 1)))))
 (let (($x9723 (and $x9547 $x11022)))
 (let (($x9500 (or $x9723 $x11426 $x18594 $x15643 $x35492 $x21410 $x20786 $x9841 $x11482 $x11640 $x22801 $x16003 $x7917 $x10311 $x7783 $x25090 $x10849 $x22349 $x15615 $x19323 $x16063 $x2127 $x11211 $x20865 $x9490 $x15652 $x1743 $x24975 $x12235 $x25208)))
 (and $x9500 $x36000)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
