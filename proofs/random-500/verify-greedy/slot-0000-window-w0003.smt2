(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_152 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_284 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_297 () Int)
(declare-fun phase_302 () Int)
(declare-fun phase_394 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_152 12))
(assert
 (= phase_153 12))
(assert
 (= phase_157 12))
(assert
 (= phase_158 12))
(assert
 (= phase_162 14))
(assert
 (= phase_168 12))
(assert
 (= phase_177 14))
(assert
 (= phase_183 14))
(assert
 (= phase_185 14))
(assert
 (= phase_186 12))
(assert
 (= phase_189 14))
(assert
 (= phase_193 12))
(assert
 (= phase_194 14))
(assert
 (= phase_199 14))
(assert
 (= phase_203 14))
(assert
 (= phase_205 12))
(assert
 (= phase_207 14))
(assert
 (= phase_213 14))
(assert
 (= phase_215 14))
(assert
 (= phase_216 14))
(assert
 (= phase_218 14))
(assert
 (= phase_220 14))
(assert
 (= phase_224 14))
(assert
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_228 14))
(assert
 (= phase_230 14))
(assert
 (= phase_233 14))
(assert
 (= phase_237 12))
(assert
 (= phase_242 14))
(assert
 (= phase_244 14))
(assert
 (= phase_246 12))
(assert
 (= phase_254 14))
(assert
 (= phase_262 14))
(assert
 (= phase_284 14))
(assert
 (= phase_285 14))
(assert
 (= phase_297 14))
(assert
 (= phase_302 14))
(assert
 (= phase_394 14))
(assert
 (let ((?x28202 (ite (and (and true (<= (- 1) 9)) (< 9 536870911)) x_0 0.0)))
 (= window_start_contents ?x28202)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x38939 (or (not (and (and true (> boundary 9)) (<= boundary 13))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x5369 (and (and (= read_index 226) (not false)) (= boundary (- phase_394 1)))))
 (let (($x3053 (and (and (= read_index 174) (not false)) (= boundary (- phase_302 1)))))
 (let (($x15450 (and (and (= read_index 171) (not false)) (= boundary (- phase_297 1)))))
 (let (($x17039 (and (and (= read_index 164) (not false)) (= boundary (- phase_285 1)))))
 (let (($x97866 (and (and (= read_index 163) (not false)) (= boundary (- phase_284 1)))))
 (let (($x19258 (and (and (= read_index 151) (not false)) (= boundary (- phase_262 1)))))
 (let (($x96886 (and (and (= read_index 147) (not false)) (= boundary (- phase_254 1)))))
 (let (($x6920 (and (and (= read_index 141) (not false)) (= boundary (- phase_246 1)))))
 (let (($x58004 (and (and (= read_index 140) (not false)) (= boundary (- phase_244 1)))))
 (let (($x96551 (and (and (= read_index 138) (not false)) (= boundary (- phase_242 1)))))
 (let (($x58728 (and (and (= read_index 137) (not false)) (= boundary (- phase_237 1)))))
 (let (($x127654 (and (and (= read_index 136) (not false)) (= boundary (- phase_233 1)))))
 (let (($x126870 (and (and (= read_index 135) (not false)) (= boundary (- phase_230 1)))))
 (let (($x66557 (and (and (= read_index 134) (not false)) (= boundary (- phase_228 1)))))
 (let (($x61609 (and (and (= read_index 133) (not false)) (= boundary (- phase_227 1)))))
 (let (($x125701 (and (and (= read_index 132) (not false)) (= boundary (- phase_226 1)))))
 (let (($x117245 (and (and (= read_index 131) (not false)) (= boundary (- phase_224 1)))))
 (let (($x126190 (and (and (= read_index 129) (not false)) (= boundary (- phase_220 1)))))
 (let (($x127161 (and (and (= read_index 128) (not false)) (= boundary (- phase_218 1)))))
 (let (($x36427 (and (and (= read_index 126) (not false)) (= boundary (- phase_216 1)))))
 (let (($x113036 (and (and (= read_index 125) (not false)) (= boundary (- phase_215 1)))))
 (let (($x128714 (and (and (= read_index 123) (not false)) (= boundary (- phase_213 1)))))
 (let (($x126624 (and (and (= read_index 120) (not false)) (= boundary (- phase_207 1)))))
 (let (($x10430 (and (and (= read_index 119) (not false)) (= boundary (- phase_205 1)))))
 (let (($x128333 (and (and (= read_index 118) (not false)) (= boundary (- phase_203 1)))))
 (let (($x124752 (and (and (= read_index 117) (not false)) (= boundary (- phase_199 1)))))
 (let (($x127040 (and (and (= read_index 114) (not false)) (= boundary (- phase_194 1)))))
 (let (($x10638 (and (and (= read_index 113) (not false)) (= boundary (- phase_193 1)))))
 (let (($x40742 (and (and (= read_index 110) (not false)) (= boundary (- phase_189 1)))))
 (let (($x128798 (and (and (= read_index 107) (not false)) (= boundary (- phase_186 1)))))
 (let (($x128391 (and (and (= read_index 106) (not false)) (= boundary (- phase_185 1)))))
 (let (($x113635 (and (and (= read_index 105) (not false)) (= boundary (- phase_183 1)))))
 (let (($x7801 (and (and (= read_index 103) (not false)) (= boundary (- phase_177 1)))))
 (let (($x16835 (and (and (= read_index 98) (not false)) (= boundary (- phase_168 1)))))
 (let (($x125796 (and (and (= read_index 96) (not false)) (= boundary (- phase_162 1)))))
 (let (($x129709 (and (and (= read_index 94) (not false)) (= boundary (- phase_158 1)))))
 (let (($x101300 (and (and (= read_index 93) (not false)) (= boundary (- phase_157 1)))))
 (let (($x66559 (and (and (= read_index 91) (not false)) (= boundary (- phase_153 1)))))
 (let (($x43866 (and (and (= read_index 90) (not false)) (= boundary (- phase_152 1)))))
 (let (($x129001 (or (and $x43866 $x112500) (and $x66559 $x112500) (and $x101300 $x112500) (and $x129709 $x112500) (and $x125796 $x112500) (and $x16835 $x112500) (and $x7801 $x112500) (and $x113635 $x112500) (and $x128391 $x112500) (and $x128798 $x112500) (and $x40742 $x112500) (and $x10638 $x112500) (and $x127040 $x112500) (and $x124752 $x112500) (and $x128333 $x112500) (and $x10430 $x112500) (and $x126624 $x112500) (and $x128714 $x112500) (and $x113036 $x112500) (and $x36427 $x112500) (and $x127161 $x112500) (and $x126190 $x112500) (and $x117245 $x112500) (and $x125701 $x112500) (and $x61609 $x112500) (and $x66557 $x112500) (and $x126870 $x112500) (and $x127654 $x112500) (and $x58728 $x112500) (and $x96551 $x112500) (and $x58004 $x112500) (and $x6920 $x112500) (and $x96886 $x112500) (and $x19258 $x112500) (and $x97866 $x112500) (and $x17039 $x112500) (and $x15450 $x112500) (and $x3053 $x112500) (and $x5369 $x112500))))
 (let (($x27178 (and $x129001 $x38939)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x32778 (<= boundary 13)))
 (let (($x32514 (> boundary 9)))
 (let (($x32697 (and true $x32514)))
 (let (($x37279 (and $x32697 $x32778)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x37312 (and $x42862 $x37279)))
 (let (($x37401 (and $x37312 $x113303)))
 (or $x37401 $x27178))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
