(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_77 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_188 () Int)
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
(declare-fun phase_226 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_297 () Int)
(declare-fun phase_302 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_77 14))
(assert
 (= phase_135 12))
(assert
 (= phase_152 12))
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
 (= phase_188 14))
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
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_230 14))
(assert
 (= phase_237 12))
(assert
 (= phase_242 14))
(assert
 (= phase_244 14))
(assert
 (= phase_254 14))
(assert
 (= phase_262 14))
(assert
 (= phase_297 14))
(assert
 (= phase_302 14))
(assert
 (let ((?x21116 (ite (and (and true (<= (- 1) 9)) (< 9 536870911)) x_0 0.0)))
 (= window_start_contents ?x21116)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x112590 (or (not (and (and true (> boundary 9)) (<= boundary 13))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x128004 (and (and (= read_index 174) (not false)) (= boundary (- phase_302 1)))))
 (let (($x133009 (and (and (= read_index 171) (not false)) (= boundary (- phase_297 1)))))
 (let (($x132446 (and (and (= read_index 151) (not false)) (= boundary (- phase_262 1)))))
 (let (($x130088 (and (and (= read_index 147) (not false)) (= boundary (- phase_254 1)))))
 (let (($x115798 (and (and (= read_index 140) (not false)) (= boundary (- phase_244 1)))))
 (let (($x10550 (and (and (= read_index 138) (not false)) (= boundary (- phase_242 1)))))
 (let (($x121122 (and (and (= read_index 137) (not false)) (= boundary (- phase_237 1)))))
 (let (($x3738 (and (and (= read_index 135) (not false)) (= boundary (- phase_230 1)))))
 (let (($x127767 (and (and (= read_index 133) (not false)) (= boundary (- phase_227 1)))))
 (let (($x133740 (and (and (= read_index 132) (not false)) (= boundary (- phase_226 1)))))
 (let (($x25699 (and (and (= read_index 128) (not false)) (= boundary (- phase_218 1)))))
 (let (($x7955 (and (and (= read_index 126) (not false)) (= boundary (- phase_216 1)))))
 (let (($x129196 (and (and (= read_index 125) (not false)) (= boundary (- phase_215 1)))))
 (let (($x48277 (and (and (= read_index 123) (not false)) (= boundary (- phase_213 1)))))
 (let (($x131246 (and (and (= read_index 120) (not false)) (= boundary (- phase_207 1)))))
 (let (($x5262 (and (and (= read_index 119) (not false)) (= boundary (- phase_205 1)))))
 (let (($x138668 (and (and (= read_index 118) (not false)) (= boundary (- phase_203 1)))))
 (let (($x4038 (and (and (= read_index 117) (not false)) (= boundary (- phase_199 1)))))
 (let (($x72843 (and (and (= read_index 114) (not false)) (= boundary (- phase_194 1)))))
 (let (($x119923 (and (and (= read_index 113) (not false)) (= boundary (- phase_193 1)))))
 (let (($x118819 (and (and (= read_index 110) (not false)) (= boundary (- phase_189 1)))))
 (let (($x120091 (and (and (= read_index 109) (not false)) (= boundary (- phase_188 1)))))
 (let (($x114282 (and (and (= read_index 107) (not false)) (= boundary (- phase_186 1)))))
 (let (($x131938 (and (and (= read_index 106) (not false)) (= boundary (- phase_185 1)))))
 (let (($x115803 (and (and (= read_index 105) (not false)) (= boundary (- phase_183 1)))))
 (let (($x128228 (and (and (= read_index 103) (not false)) (= boundary (- phase_177 1)))))
 (let (($x2228 (and (and (= read_index 98) (not false)) (= boundary (- phase_168 1)))))
 (let (($x4288 (and (and (= read_index 96) (not false)) (= boundary (- phase_162 1)))))
 (let (($x1307 (and (and (= read_index 94) (not false)) (= boundary (- phase_158 1)))))
 (let (($x118850 (and (and (= read_index 93) (not false)) (= boundary (- phase_157 1)))))
 (let (($x102843 (and (and (= read_index 90) (not false)) (= boundary (- phase_152 1)))))
 (let (($x52086 (and (and (= read_index 79) (not false)) (= boundary (- phase_135 1)))))
 (let (($x43666 (and (and (= read_index 44) (not false)) (= boundary (- phase_77 1)))))
 (let (($x112589 (or (and $x43666 $x126971) (and $x52086 $x126971) (and $x102843 $x126971) (and $x118850 $x126971) (and $x1307 $x126971) (and $x4288 $x126971) (and $x2228 $x126971) (and $x128228 $x126971) (and $x115803 $x126971) (and $x131938 $x126971) (and $x114282 $x126971) (and $x120091 $x126971) (and $x118819 $x126971) (and $x119923 $x126971) (and $x72843 $x126971) (and $x4038 $x126971) (and $x138668 $x126971) (and $x5262 $x126971) (and $x131246 $x126971) (and $x48277 $x126971) (and $x129196 $x126971) (and $x7955 $x126971) (and $x25699 $x126971) (and $x133740 $x126971) (and $x127767 $x126971) (and $x3738 $x126971) (and $x121122 $x126971) (and $x10550 $x126971) (and $x115798 $x126971) (and $x130088 $x126971) (and $x132446 $x126971) (and $x133009 $x126971) (and $x128004 $x126971))))
 (let (($x53906 (and $x112589 $x112590)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x30011 (<= boundary 13)))
 (let (($x25448 (> boundary 9)))
 (let (($x28577 (and true $x25448)))
 (let (($x32152 (and $x28577 $x30011)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x32213 (and $x36073 $x32152)))
 (let (($x34168 (and $x32213 $x117206)))
 (or $x34168 $x53906))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
