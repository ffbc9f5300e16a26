(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_212 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_219 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_222 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_245 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_258 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_261 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_267 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_273 () Int)
(declare-fun read_value () Real)
(declare-fun x_13 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_185 2))
(assert
 (= phase_186 2))
(assert
 (= phase_188 2))
(assert
 (= phase_189 2))
(assert
 (= phase_191 2))
(assert
 (= phase_192 2))
(assert
 (= phase_194 2))
(assert
 (= phase_195 2))
(assert
 (= phase_197 2))
(assert
 (= phase_198 2))
(assert
 (= phase_200 2))
(assert
 (= phase_201 2))
(assert
 (= phase_203 2))
(assert
 (= phase_204 2))
(assert
 (= phase_206 2))
(assert
 (= phase_207 2))
(assert
 (= phase_209 2))
(assert
 (= phase_210 2))
(assert
 (= phase_212 2))
(assert
 (= phase_213 2))
(assert
 (= phase_215 2))
(assert
 (= phase_216 2))
(assert
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_221 2))
(assert
 (= phase_222 2))
(assert
 (= phase_224 2))
(assert
 (= phase_225 2))
(assert
 (= phase_227 2))
(assert
 (= phase_228 2))
(assert
 (= phase_230 2))
(assert
 (= phase_231 2))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_236 2))
(assert
 (= phase_237 2))
(assert
 (= phase_239 2))
(assert
 (= phase_240 2))
(assert
 (= phase_242 2))
(assert
 (= phase_243 2))
(assert
 (= phase_245 2))
(assert
 (= phase_246 2))
(assert
 (= phase_248 2))
(assert
 (= phase_249 2))
(assert
 (= phase_251 2))
(assert
 (= phase_252 2))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_257 2))
(assert
 (= phase_258 2))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
(assert
 (= phase_263 2))
(assert
 (= phase_264 2))
(assert
 (= phase_266 2))
(assert
 (= phase_267 2))
(assert
 (= phase_269 2))
(assert
 (= phase_270 2))
(assert
 (= phase_272 2))
(assert
 (= phase_273 2))
(assert
 (let ((?x20138 (* 1.0 x_13)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x20175 (ite $x31234 ?x20138 0.0)))
 (let (($x511 (or (not (and true (<= boundary 1))) (and (distinct ?x20175 read_value) true))))
 (let (($x84139 (= read_value x_13)))
 (let (($x8044 (and (and (= read_index 123) (not false)) (= boundary (- phase_273 1)))))
 (let (($x84509 (and (and (= read_index 122) (not false)) (= boundary (- phase_272 1)))))
 (let (($x6045 (and (and (= read_index 121) (not false)) (= boundary (- phase_270 1)))))
 (let (($x6771 (and (and (= read_index 120) (not false)) (= boundary (- phase_269 1)))))
 (let (($x28556 (and (and (= read_index 119) (not false)) (= boundary (- phase_267 1)))))
 (let (($x7643 (and (and (= read_index 118) (not false)) (= boundary (- phase_266 1)))))
 (let (($x86721 (and (and (= read_index 117) (not false)) (= boundary (- phase_264 1)))))
 (let (($x3046 (and (and (= read_index 116) (not false)) (= boundary (- phase_263 1)))))
 (let (($x74323 (and (and (= read_index 115) (not false)) (= boundary (- phase_261 1)))))
 (let (($x9854 (and (and (= read_index 114) (not false)) (= boundary (- phase_260 1)))))
 (let (($x28297 (and (and (= read_index 113) (not false)) (= boundary (- phase_258 1)))))
 (let (($x7323 (and (and (= read_index 112) (not false)) (= boundary (- phase_257 1)))))
 (let (($x12569 (and (and (= read_index 111) (not false)) (= boundary (- phase_255 1)))))
 (let (($x42613 (and (and (= read_index 110) (not false)) (= boundary (- phase_254 1)))))
 (let (($x32650 (and (and (= read_index 109) (not false)) (= boundary (- phase_252 1)))))
 (let (($x87966 (and (and (= read_index 108) (not false)) (= boundary (- phase_251 1)))))
 (let (($x61517 (and (and (= read_index 107) (not false)) (= boundary (- phase_249 1)))))
 (let (($x86595 (and (and (= read_index 106) (not false)) (= boundary (- phase_248 1)))))
 (let (($x17485 (and (and (= read_index 105) (not false)) (= boundary (- phase_246 1)))))
 (let (($x9567 (and (and (= read_index 104) (not false)) (= boundary (- phase_245 1)))))
 (let (($x46328 (and (and (= read_index 103) (not false)) (= boundary (- phase_243 1)))))
 (let (($x7328 (and (and (= read_index 102) (not false)) (= boundary (- phase_242 1)))))
 (let (($x6081 (and (and (= read_index 101) (not false)) (= boundary (- phase_240 1)))))
 (let (($x40959 (and (and (= read_index 100) (not false)) (= boundary (- phase_239 1)))))
 (let (($x69583 (and (and (= read_index 99) (not false)) (= boundary (- phase_237 1)))))
 (let (($x12080 (and (and (= read_index 98) (not false)) (= boundary (- phase_236 1)))))
 (let (($x69642 (and (and (= read_index 97) (not false)) (= boundary (- phase_234 1)))))
 (let (($x60747 (and (and (= read_index 96) (not false)) (= boundary (- phase_233 1)))))
 (let (($x84748 (and (and (= read_index 95) (not false)) (= boundary (- phase_231 1)))))
 (let (($x85629 (and (and (= read_index 94) (not false)) (= boundary (- phase_230 1)))))
 (let (($x33794 (and (and (= read_index 93) (not false)) (= boundary (- phase_228 1)))))
 (let (($x882 (and (and (= read_index 92) (not false)) (= boundary (- phase_227 1)))))
 (let (($x80476 (and (and (= read_index 91) (not false)) (= boundary (- phase_225 1)))))
 (let (($x1167 (and (and (= read_index 90) (not false)) (= boundary (- phase_224 1)))))
 (let (($x105193 (and (and (= read_index 89) (not false)) (= boundary (- phase_222 1)))))
 (let (($x19756 (and (and (= read_index 88) (not false)) (= boundary (- phase_221 1)))))
 (let (($x31864 (and (and (= read_index 87) (not false)) (= boundary (- phase_219 1)))))
 (let (($x17065 (and (and (= read_index 86) (not false)) (= boundary (- phase_218 1)))))
 (let (($x13329 (and (and (= read_index 85) (not false)) (= boundary (- phase_216 1)))))
 (let (($x28534 (and (and (= read_index 84) (not false)) (= boundary (- phase_215 1)))))
 (let (($x9317 (and (and (= read_index 83) (not false)) (= boundary (- phase_213 1)))))
 (let (($x84805 (and (and (= read_index 82) (not false)) (= boundary (- phase_212 1)))))
 (let (($x6983 (and (and (= read_index 81) (not false)) (= boundary (- phase_210 1)))))
 (let (($x81211 (and (and (= read_index 80) (not false)) (= boundary (- phase_209 1)))))
 (let (($x86789 (and (and (= read_index 79) (not false)) (= boundary (- phase_207 1)))))
 (let (($x29024 (and (and (= read_index 78) (not false)) (= boundary (- phase_206 1)))))
 (let (($x6103 (and (and (= read_index 77) (not false)) (= boundary (- phase_204 1)))))
 (let (($x16798 (and (and (= read_index 76) (not false)) (= boundary (- phase_203 1)))))
 (let (($x83274 (and (and (= read_index 75) (not false)) (= boundary (- phase_201 1)))))
 (let (($x72305 (and (and (= read_index 74) (not false)) (= boundary (- phase_200 1)))))
 (let (($x72107 (and (and (= read_index 73) (not false)) (= boundary (- phase_198 1)))))
 (let (($x8508 (and (and (= read_index 72) (not false)) (= boundary (- phase_197 1)))))
 (let (($x3065 (and (and (= read_index 71) (not false)) (= boundary (- phase_195 1)))))
 (let (($x29438 (and (and (= read_index 70) (not false)) (= boundary (- phase_194 1)))))
 (let (($x33627 (and (and (= read_index 69) (not false)) (= boundary (- phase_192 1)))))
 (let (($x26286 (and (and (= read_index 68) (not false)) (= boundary (- phase_191 1)))))
 (let (($x25941 (and (and (= read_index 67) (not false)) (= boundary (- phase_189 1)))))
 (let (($x4502 (and (and (= read_index 66) (not false)) (= boundary (- phase_188 1)))))
 (let (($x84750 (and (and (= read_index 65) (not false)) (= boundary (- phase_186 1)))))
 (let (($x81128 (and (and (= read_index 64) (not false)) (= boundary (- phase_185 1)))))
 (let (($x17733 (or (and $x81128 $x84139) (and $x84750 $x84139) (and $x4502 $x84139) (and $x25941 $x84139) (and $x26286 $x84139) (and $x33627 $x84139) (and $x29438 $x84139) (and $x3065 $x84139) (and $x8508 $x84139) (and $x72107 $x84139) (and $x72305 $x84139) (and $x83274 $x84139) (and $x16798 $x84139) (and $x6103 $x84139) (and $x29024 $x84139) (and $x86789 $x84139) (and $x81211 $x84139) (and $x6983 $x84139) (and $x84805 $x84139) (and $x9317 $x84139) (and $x28534 $x84139) (and $x13329 $x84139) (and $x17065 $x84139) (and $x31864 $x84139) (and $x19756 $x84139) (and $x105193 $x84139) (and $x1167 $x84139) (and $x80476 $x84139) (and $x882 $x84139) (and $x33794 $x84139) (and $x85629 $x84139) (and $x84748 $x84139) (and $x60747 $x84139) (and $x69642 $x84139) (and $x12080 $x84139) (and $x69583 $x84139) (and $x40959 $x84139) (and $x6081 $x84139) (and $x7328 $x84139) (and $x46328 $x84139) (and $x9567 $x84139) (and $x17485 $x84139) (and $x86595 $x84139) (and $x61517 $x84139) (and $x87966 $x84139) (and $x32650 $x84139) (and $x42613 $x84139) (and $x12569 $x84139) (and $x7323 $x84139) (and $x28297 $x84139) (and $x9854 $x84139) (and $x74323 $x84139) (and $x3046 $x84139) (and $x86721 $x84139) (and $x7643 $x84139) (and $x28556 $x84139) (and $x6771 $x84139) (and $x6045 $x84139) (and $x84509 $x84139) (and $x8044 $x84139))))
 (let (($x28287 (and $x17733 $x511)))
 (let ((?x487 (+ phase_0 1)))
 (let ((?x11326 (+ phase_185 1)))
 (let (($x31919 (and (not (<= (ite (> phase_185 phase_0) phase_185 phase_0) ?x487)) (<= ?x487 boundary))))
 (let ((?x40887 (ite (and $x31919 (< boundary (ite (> ?x11326 ?x487) ?x11326 ?x487))) x_13 0.0)))
 (let (($x42391 (and (distinct ?x20175 ?x40887) true)))
 (let (($x86420 (<= boundary 1)))
 (let (($x41443 (and true $x86420)))
 (let (($x86041 (<= boundary 11)))
 (let (($x74168 (>= boundary (- 1))))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (let (($x42025 (and $x86099 $x41443)))
 (let (($x46575 (and $x42025 $x42391)))
 (let (($x517 (> boundary 11)))
 (let (($x104483 (< boundary 2)))
 (let (($x2380 (or $x104483 $x517)))
 (let (($x9817 (and (distinct (+ (ite (> boundary 1) 1.0 0.0) (ite $x517 (- 1.0) 0.0)) 0.0) true)))
 (let (($x14749 (= value_index 0)))
 (let (($x11263 (and $x14749 $x9817)))
 (let (($x11489 (and $x11263 $x2380)))
 (let (($x18420 (or $x11489)))
 (or $x18420 $x46575 $x28287))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
