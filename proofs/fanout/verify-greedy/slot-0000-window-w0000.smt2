(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
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
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
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
(declare-fun x_0 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 2))
(assert
 (= phase_12 2))
(assert
 (= phase_13 2))
(assert
 (= phase_14 2))
(assert
 (= phase_15 2))
(assert
 (= phase_16 2))
(assert
 (= phase_17 2))
(assert
 (= phase_18 2))
(assert
 (= phase_19 2))
(assert
 (= phase_20 2))
(assert
 (= phase_21 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_24 2))
(assert
 (= phase_25 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_28 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_33 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
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
 (let ((?x72384 (* 1.0 x_0)))
 (let (($x74168 (>= boundary (- 1))))
 (let ((?x74336 (ite $x74168 ?x72384 0.0)))
 (let (($x81126 (or (not (and true (<= boundary 1))) (and (distinct ?x74336 read_value) true))))
 (let (($x50035 (= read_value x_0)))
 (let (($x81129 (and (and (= read_index 192) (not false)) (= boundary (- phase_273 1)))))
 (let (($x80759 (and (and (= read_index 191) (not false)) (= boundary (- phase_272 1)))))
 (let (($x11726 (and (and (= read_index 190) (not false)) (= boundary (- phase_270 1)))))
 (let (($x64725 (and (and (= read_index 189) (not false)) (= boundary (- phase_269 1)))))
 (let (($x7573 (and (and (= read_index 188) (not false)) (= boundary (- phase_267 1)))))
 (let (($x20464 (and (and (= read_index 187) (not false)) (= boundary (- phase_266 1)))))
 (let (($x72398 (and (and (= read_index 186) (not false)) (= boundary (- phase_264 1)))))
 (let (($x80396 (and (and (= read_index 185) (not false)) (= boundary (- phase_263 1)))))
 (let (($x80382 (and (and (= read_index 184) (not false)) (= boundary (- phase_261 1)))))
 (let (($x80386 (and (and (= read_index 183) (not false)) (= boundary (- phase_260 1)))))
 (let (($x81142 (and (and (= read_index 182) (not false)) (= boundary (- phase_258 1)))))
 (let (($x19413 (and (and (= read_index 181) (not false)) (= boundary (- phase_257 1)))))
 (let (($x64675 (and (and (= read_index 180) (not false)) (= boundary (- phase_255 1)))))
 (let (($x17611 (and (and (= read_index 179) (not false)) (= boundary (- phase_254 1)))))
 (let (($x16215 (and (and (= read_index 178) (not false)) (= boundary (- phase_252 1)))))
 (let (($x16436 (and (and (= read_index 177) (not false)) (= boundary (- phase_251 1)))))
 (let (($x5558 (and (and (= read_index 176) (not false)) (= boundary (- phase_249 1)))))
 (let (($x7350 (and (and (= read_index 175) (not false)) (= boundary (- phase_248 1)))))
 (let (($x16986 (and (and (= read_index 174) (not false)) (= boundary (- phase_246 1)))))
 (let (($x11748 (and (and (= read_index 173) (not false)) (= boundary (- phase_245 1)))))
 (let (($x22986 (and (and (= read_index 172) (not false)) (= boundary (- phase_243 1)))))
 (let (($x67135 (and (and (= read_index 171) (not false)) (= boundary (- phase_242 1)))))
 (let (($x67167 (and (and (= read_index 170) (not false)) (= boundary (- phase_240 1)))))
 (let (($x6241 (and (and (= read_index 169) (not false)) (= boundary (- phase_239 1)))))
 (let (($x72535 (and (and (= read_index 168) (not false)) (= boundary (- phase_237 1)))))
 (let (($x72462 (and (and (= read_index 167) (not false)) (= boundary (- phase_236 1)))))
 (let (($x23929 (and (and (= read_index 166) (not false)) (= boundary (- phase_234 1)))))
 (let (($x16411 (and (and (= read_index 165) (not false)) (= boundary (- phase_233 1)))))
 (let (($x71957 (and (and (= read_index 164) (not false)) (= boundary (- phase_231 1)))))
 (let (($x22456 (and (and (= read_index 163) (not false)) (= boundary (- phase_230 1)))))
 (let (($x65651 (and (and (= read_index 162) (not false)) (= boundary (- phase_228 1)))))
 (let (($x6081 (and (and (= read_index 161) (not false)) (= boundary (- phase_227 1)))))
 (let (($x87880 (and (and (= read_index 160) (not false)) (= boundary (- phase_225 1)))))
 (let (($x17698 (and (and (= read_index 159) (not false)) (= boundary (- phase_224 1)))))
 (let (($x84904 (and (and (= read_index 158) (not false)) (= boundary (- phase_222 1)))))
 (let (($x24492 (and (and (= read_index 157) (not false)) (= boundary (- phase_221 1)))))
 (let (($x64713 (and (and (= read_index 156) (not false)) (= boundary (- phase_219 1)))))
 (let (($x72298 (and (and (= read_index 155) (not false)) (= boundary (- phase_218 1)))))
 (let (($x4591 (and (and (= read_index 154) (not false)) (= boundary (- phase_216 1)))))
 (let (($x84935 (and (and (= read_index 153) (not false)) (= boundary (- phase_215 1)))))
 (let (($x84513 (and (and (= read_index 152) (not false)) (= boundary (- phase_213 1)))))
 (let (($x7368 (and (and (= read_index 151) (not false)) (= boundary (- phase_212 1)))))
 (let (($x86044 (and (and (= read_index 150) (not false)) (= boundary (- phase_210 1)))))
 (let (($x65625 (and (and (= read_index 149) (not false)) (= boundary (- phase_209 1)))))
 (let (($x24487 (and (and (= read_index 148) (not false)) (= boundary (- phase_207 1)))))
 (let (($x23655 (and (and (= read_index 147) (not false)) (= boundary (- phase_206 1)))))
 (let (($x84906 (and (and (= read_index 146) (not false)) (= boundary (- phase_204 1)))))
 (let (($x19361 (and (and (= read_index 145) (not false)) (= boundary (- phase_203 1)))))
 (let (($x80413 (and (and (= read_index 144) (not false)) (= boundary (- phase_201 1)))))
 (let (($x6488 (and (and (= read_index 143) (not false)) (= boundary (- phase_200 1)))))
 (let (($x1769 (and (and (= read_index 142) (not false)) (= boundary (- phase_198 1)))))
 (let (($x64878 (and (and (= read_index 141) (not false)) (= boundary (- phase_197 1)))))
 (let (($x20358 (and (and (= read_index 140) (not false)) (= boundary (- phase_195 1)))))
 (let (($x86606 (and (and (= read_index 139) (not false)) (= boundary (- phase_194 1)))))
 (let (($x81001 (and (and (= read_index 138) (not false)) (= boundary (- phase_192 1)))))
 (let (($x19355 (and (and (= read_index 137) (not false)) (= boundary (- phase_191 1)))))
 (let (($x23332 (and (and (= read_index 136) (not false)) (= boundary (- phase_189 1)))))
 (let (($x86037 (and (and (= read_index 135) (not false)) (= boundary (- phase_188 1)))))
 (let (($x6359 (and (and (= read_index 134) (not false)) (= boundary (- phase_186 1)))))
 (let (($x38419 (and (and (= read_index 133) (not false)) (= boundary (- phase_185 1)))))
 (let (($x8587 (and (and (= read_index 36) (not false)) (= boundary (- phase_36 1)))))
 (let (($x70736 (and (and (= read_index 35) (not false)) (= boundary (- phase_35 1)))))
 (let (($x4111 (and (and (= read_index 34) (not false)) (= boundary (- phase_34 1)))))
 (let (($x86595 (and (and (= read_index 33) (not false)) (= boundary (- phase_33 1)))))
 (let (($x87806 (and (and (= read_index 32) (not false)) (= boundary (- phase_32 1)))))
 (let (($x5049 (and (and (= read_index 31) (not false)) (= boundary (- phase_31 1)))))
 (let (($x19362 (and (and (= read_index 30) (not false)) (= boundary (- phase_30 1)))))
 (let (($x1676 (and (and (= read_index 29) (not false)) (= boundary (- phase_29 1)))))
 (let (($x71987 (and (and (= read_index 28) (not false)) (= boundary (- phase_28 1)))))
 (let (($x24266 (and (and (= read_index 27) (not false)) (= boundary (- phase_27 1)))))
 (let (($x84912 (and (and (= read_index 26) (not false)) (= boundary (- phase_26 1)))))
 (let (($x33605 (and (and (= read_index 25) (not false)) (= boundary (- phase_25 1)))))
 (let (($x79855 (and (and (= read_index 24) (not false)) (= boundary (- phase_24 1)))))
 (let (($x84701 (and (and (= read_index 23) (not false)) (= boundary (- phase_23 1)))))
 (let (($x718 (and (and (= read_index 22) (not false)) (= boundary (- phase_22 1)))))
 (let (($x21278 (and (and (= read_index 21) (not false)) (= boundary (- phase_21 1)))))
 (let (($x13769 (and (and (= read_index 20) (not false)) (= boundary (- phase_20 1)))))
 (let (($x72505 (and (and (= read_index 19) (not false)) (= boundary (- phase_19 1)))))
 (let (($x33639 (and (and (= read_index 18) (not false)) (= boundary (- phase_18 1)))))
 (let (($x30716 (and (and (= read_index 17) (not false)) (= boundary (- phase_17 1)))))
 (let (($x30750 (and (and (= read_index 16) (not false)) (= boundary (- phase_16 1)))))
 (let (($x30791 (and (and (= read_index 15) (not false)) (= boundary (- phase_15 1)))))
 (let (($x30382 (and (and (= read_index 14) (not false)) (= boundary (- phase_14 1)))))
 (let (($x2537 (and (and (= read_index 13) (not false)) (= boundary (- phase_13 1)))))
 (let (($x3446 (and (and (= read_index 12) (not false)) (= boundary (- phase_12 1)))))
 (let (($x10135 (and (and (= read_index 11) (not false)) (= boundary (- phase_11 1)))))
 (let (($x31912 (and (and (= read_index 10) (not false)) (= boundary (- phase_10 1)))))
 (let (($x32578 (and (and (= read_index 9) (not false)) (= boundary (- phase_9 1)))))
 (let (($x33221 (and (and (= read_index 8) (not false)) (= boundary (- phase_8 1)))))
 (let (($x8174 (and (and (= read_index 7) (not false)) (= boundary (- phase_7 1)))))
 (let (($x30940 (and (and (= read_index 6) (not false)) (= boundary (- phase_6 1)))))
 (let (($x8017 (and (and (= read_index 5) (not false)) (= boundary (- phase_5 1)))))
 (let (($x27112 (and (and (= read_index 4) (not false)) (= boundary (- phase_4 1)))))
 (let (($x105109 (and (and (= read_index 3) (not false)) (= boundary (- phase_3 1)))))
 (let (($x105119 (and (and (= read_index 2) (not false)) (= boundary (- phase_2 1)))))
 (let (($x32699 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x50032 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x81127 (or (and $x50032 $x50035) (and $x32699 $x50035) (and $x105119 $x50035) (and $x105109 $x50035) (and $x27112 $x50035) (and $x8017 $x50035) (and $x30940 $x50035) (and $x8174 $x50035) (and $x33221 $x50035) (and $x32578 $x50035) (and $x31912 $x50035) (and $x10135 $x50035) (and $x3446 $x50035) (and $x2537 $x50035) (and $x30382 $x50035) (and $x30791 $x50035) (and $x30750 $x50035) (and $x30716 $x50035) (and $x33639 $x50035) (and $x72505 $x50035) (and $x13769 $x50035) (and $x21278 $x50035) (and $x718 $x50035) (and $x84701 $x50035) (and $x79855 $x50035) (and $x33605 $x50035) (and $x84912 $x50035) (and $x24266 $x50035) (and $x71987 $x50035) (and $x1676 $x50035) (and $x19362 $x50035) (and $x5049 $x50035) (and $x87806 $x50035) (and $x86595 $x50035) (and $x4111 $x50035) (and $x70736 $x50035) (and $x8587 $x50035) (and $x38419 $x50035) (and $x6359 $x50035) (and $x86037 $x50035) (and $x23332 $x50035) (and $x19355 $x50035) (and $x81001 $x50035) (and $x86606 $x50035) (and $x20358 $x50035) (and $x64878 $x50035) (and $x1769 $x50035) (and $x6488 $x50035) (and $x80413 $x50035) (and $x19361 $x50035) (and $x84906 $x50035) (and $x23655 $x50035) (and $x24487 $x50035) (and $x65625 $x50035) (and $x86044 $x50035) (and $x7368 $x50035) (and $x84513 $x50035) (and $x84935 $x50035) (and $x4591 $x50035) (and $x72298 $x50035) (and $x64713 $x50035) (and $x24492 $x50035) (and $x84904 $x50035) (and $x17698 $x50035) (and $x87880 $x50035) (and $x6081 $x50035) (and $x65651 $x50035) (and $x22456 $x50035) (and $x71957 $x50035) (and $x16411 $x50035) (and $x23929 $x50035) (and $x72462 $x50035) (and $x72535 $x50035) (and $x6241 $x50035) (and $x67167 $x50035) (and $x67135 $x50035) (and $x22986 $x50035) (and $x11748 $x50035) (and $x16986 $x50035) (and $x7350 $x50035) (and $x5558 $x50035) (and $x16436 $x50035) (and $x16215 $x50035) (and $x17611 $x50035) (and $x64675 $x50035) (and $x19413 $x50035) (and $x81142 $x50035) (and $x80386 $x50035) (and $x80382 $x50035) (and $x80396 $x50035) (and $x72398 $x50035) (and $x20464 $x50035) (and $x7573 $x50035) (and $x64725 $x50035) (and $x11726 $x50035) (and $x80759 $x50035) (and $x81129 $x50035))))
 (let (($x84204 (and $x81127 $x81126)))
 (let ((?x487 (+ phase_0 1)))
 (let (($x9227 (> ?x487 (- 1))))
 (let ((?x9164 (ite $x9227 ?x487 (- 1))))
 (let ((?x490 (+ phase_1 1)))
 (let (($x84611 (and (and true (<= (- 1) boundary)) (< boundary (ite (> ?x490 ?x9164) ?x490 ?x9164)))))
 (let ((?x84856 (ite $x84611 x_0 0.0)))
 (let (($x31005 (and (distinct ?x74336 ?x84856) true)))
 (let (($x86420 (<= boundary 1)))
 (let (($x86599 (and true $x86420)))
 (let (($x86041 (<= boundary 11)))
 (let (($x85627 (and (= boundary (+ (* 2 boundary_half) 1)) $x74168)))
 (let (($x86099 (and $x85627 $x86041)))
 (let (($x87802 (and $x86099 $x86599)))
 (let (($x30994 (and $x87802 $x31005)))
 (let (($x22636 (> phase_0 (- 1))))
 (let ((?x4082 (ite $x22636 phase_0 (- 1))))
 (let (($x24475 (> phase_1 ?x4082)))
 (let ((?x26172 (ite $x24475 phase_1 ?x4082)))
 (let (($x28218 (> ?x26172 boundary)))
 (let ((?x18970 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x14749 (= value_index 0)))
 (let (($x20958 (and $x14749 (and (distinct ?x18970 0.0) true))))
 (let (($x33624 (and $x20958 $x28218)))
 (let (($x71982 (or $x33624)))
 (let (($x23142 (= boundary (- 1))))
 (let (($x64863 (or $x23142)))
 (let (($x71990 (and $x64863 $x71982)))
 (let (($x12515 (> boundary 11)))
 (let (($x5289 (< boundary 0)))
 (let (($x14005 (or $x5289 $x12515)))
 (let (($x21512 (and $x20958 $x14005)))
 (let (($x22105 (or $x21512)))
 (or $x22105 $x71990 $x30994 $x84204))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
