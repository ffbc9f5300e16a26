(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_140 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_140 51))
(assert
 (= phase_141 54))
(assert
 (= phase_142 54))
(assert
 (= phase_143 55))
(assert
 (= phase_151 54))
(assert
 (= phase_152 54))
(assert
 (= phase_153 55))
(assert
 (= phase_166 59))
(assert
 (= phase_167 62))
(assert
 (= phase_168 62))
(assert
 (= phase_169 63))
(assert
 (= phase_177 62))
(assert
 (= phase_178 62))
(assert
 (= phase_179 63))
(assert
 (= phase_192 67))
(assert
 (= phase_193 70))
(assert
 (= phase_194 70))
(assert
 (= phase_195 71))
(assert
 (= phase_208 70))
(assert
 (= phase_209 70))
(assert
 (= phase_210 70))
(assert
 (let (($x23322 (<= boundary 536870911)))
 (let (($x29586 (and (and true (<= phase_192 boundary)) $x23322)))
 (let ((?x27554 (ite $x29586 1 0)))
 (let ((?x18515 (+ phase_167 1)))
 (let (($x10320 (> ?x18515 phase_166)))
 (let ((?x14900 (ite $x10320 ?x18515 phase_166)))
 (let ((?x14744 (+ phase_168 1)))
 (let (($x10381 (> ?x14744 ?x14900)))
 (let ((?x10376 (ite $x10381 ?x14744 ?x14900)))
 (let ((?x18725 (+ phase_177 1)))
 (let (($x30745 (> ?x18725 ?x10376)))
 (let ((?x30773 (ite $x30745 ?x18725 ?x10376)))
 (let ((?x18212 (+ phase_178 1)))
 (let (($x46847 (> ?x18212 ?x30773)))
 (let ((?x46867 (ite $x46847 ?x18212 ?x30773)))
 (let (($x47358 (> phase_169 ?x46867)))
 (let ((?x8514 (ite $x47358 phase_169 ?x46867)))
 (let (($x7866 (and (and true (<= phase_166 boundary)) (<= boundary (ite (> phase_179 ?x8514) phase_179 ?x8514)))))
 (let ((?x29820 (ite $x7866 1 0)))
 (let ((?x16480 (+ phase_141 1)))
 (let (($x21546 (> ?x16480 phase_140)))
 (let ((?x2266 (ite $x21546 ?x16480 phase_140)))
 (let ((?x714 (+ phase_142 1)))
 (let (($x2024 (> ?x714 ?x2266)))
 (let ((?x11150 (ite $x2024 ?x714 ?x2266)))
 (let ((?x14389 (+ phase_151 1)))
 (let (($x8231 (> ?x14389 ?x11150)))
 (let ((?x8422 (ite $x8231 ?x14389 ?x11150)))
 (let ((?x8913 (+ phase_152 1)))
 (let (($x8458 (> ?x8913 ?x8422)))
 (let ((?x15062 (ite $x8458 ?x8913 ?x8422)))
 (let (($x17900 (> phase_143 ?x15062)))
 (let ((?x24897 (ite $x17900 phase_143 ?x15062)))
 (let (($x9612 (<= phase_140 boundary)))
 (let (($x28779 (and true $x9612)))
 (let (($x29390 (and $x28779 (<= boundary (ite (> phase_153 ?x24897) phase_153 ?x24897)))))
 (let ((?x30575 (ite $x29390 1 0)))
 (let ((?x22546 (+ ?x30575 ?x29820 ?x27554)))
 (let (($x27800 (>= ?x22546 2)))
 (let (($x3393 (> boundary 53)))
 (let (($x3366 (and true $x3393)))
 (let (($x13345 (<= boundary 79)))
 (let (($x2195 (>= boundary (- 1))))
 (let (($x22721 (and (= boundary (+ (* 2 boundary_half) 1)) $x2195)))
 (let (($x23091 (and $x22721 $x13345)))
 (let (($x26549 (and $x23091 $x3366)))
 (and $x26549 $x27800))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
