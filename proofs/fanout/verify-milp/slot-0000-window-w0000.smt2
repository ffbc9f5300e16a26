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
(declare-fun phase_203 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_212 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_219 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_245 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_261 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_267 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_273 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
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
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_224 2))
(assert
 (= phase_225 2))
(assert
 (= phase_227 2))
(assert
 (= phase_228 2))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_245 2))
(assert
 (= phase_246 2))
(assert
 (= phase_248 2))
(assert
 (= phase_249 2))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
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
 (= phase_278 2))
(assert
 (= phase_279 2))
(assert
 (let ((?x18750 (* 1.0 x_0)))
 (let (($x18870 (>= boundary (- 1))))
 (let ((?x18871 (ite $x18870 ?x18750 0.0)))
 (let (($x19087 (or (not (and true (<= boundary 1))) (and (distinct ?x18871 read_value) true))))
 (let (($x11982 (= read_value x_0)))
 (let (($x13108 (and (and (= read_index 196) (not false)) (= boundary (- phase_279 1)))))
 (let (($x17829 (and (and (= read_index 195) (not false)) (= boundary (- phase_278 1)))))
 (let (($x8898 (and (and (= read_index 192) (not false)) (= boundary (- phase_273 1)))))
 (let (($x25066 (and (and (= read_index 191) (not false)) (= boundary (- phase_272 1)))))
 (let (($x6380 (and (and (= read_index 190) (not false)) (= boundary (- phase_270 1)))))
 (let (($x19393 (and (and (= read_index 189) (not false)) (= boundary (- phase_269 1)))))
 (let (($x19662 (and (and (= read_index 188) (not false)) (= boundary (- phase_267 1)))))
 (let (($x29978 (and (and (= read_index 187) (not false)) (= boundary (- phase_266 1)))))
 (let (($x15259 (and (and (= read_index 184) (not false)) (= boundary (- phase_261 1)))))
 (let (($x19102 (and (and (= read_index 183) (not false)) (= boundary (- phase_260 1)))))
 (let (($x30279 (and (and (= read_index 180) (not false)) (= boundary (- phase_255 1)))))
 (let (($x15121 (and (and (= read_index 179) (not false)) (= boundary (- phase_254 1)))))
 (let (($x21844 (and (and (= read_index 176) (not false)) (= boundary (- phase_249 1)))))
 (let (($x18384 (and (and (= read_index 175) (not false)) (= boundary (- phase_248 1)))))
 (let (($x11794 (and (and (= read_index 174) (not false)) (= boundary (- phase_246 1)))))
 (let (($x18727 (and (and (= read_index 173) (not false)) (= boundary (- phase_245 1)))))
 (let (($x17913 (and (and (= read_index 166) (not false)) (= boundary (- phase_234 1)))))
 (let (($x18199 (and (and (= read_index 165) (not false)) (= boundary (- phase_233 1)))))
 (let (($x18984 (and (and (= read_index 162) (not false)) (= boundary (- phase_228 1)))))
 (let (($x18707 (and (and (= read_index 161) (not false)) (= boundary (- phase_227 1)))))
 (let (($x1677 (and (and (= read_index 160) (not false)) (= boundary (- phase_225 1)))))
 (let (($x13067 (and (and (= read_index 159) (not false)) (= boundary (- phase_224 1)))))
 (let (($x7611 (and (and (= read_index 156) (not false)) (= boundary (- phase_219 1)))))
 (let (($x18805 (and (and (= read_index 155) (not false)) (= boundary (- phase_218 1)))))
 (let (($x18723 (and (and (= read_index 152) (not false)) (= boundary (- phase_213 1)))))
 (let (($x19419 (and (and (= read_index 151) (not false)) (= boundary (- phase_212 1)))))
 (let (($x12717 (and (and (= read_index 150) (not false)) (= boundary (- phase_210 1)))))
 (let (($x1332 (and (and (= read_index 149) (not false)) (= boundary (- phase_209 1)))))
 (let (($x13524 (and (and (= read_index 148) (not false)) (= boundary (- phase_207 1)))))
 (let (($x6995 (and (and (= read_index 147) (not false)) (= boundary (- phase_206 1)))))
 (let (($x19496 (and (and (= read_index 146) (not false)) (= boundary (- phase_204 1)))))
 (let (($x6284 (and (and (= read_index 145) (not false)) (= boundary (- phase_203 1)))))
 (let (($x20992 (and (and (= read_index 140) (not false)) (= boundary (- phase_195 1)))))
 (let (($x13275 (and (and (= read_index 139) (not false)) (= boundary (- phase_194 1)))))
 (let (($x16458 (and (and (= read_index 138) (not false)) (= boundary (- phase_192 1)))))
 (let (($x16322 (and (and (= read_index 137) (not false)) (= boundary (- phase_191 1)))))
 (let (($x645 (and (and (= read_index 136) (not false)) (= boundary (- phase_189 1)))))
 (let (($x1666 (and (and (= read_index 135) (not false)) (= boundary (- phase_188 1)))))
 (let (($x19405 (and (and (= read_index 134) (not false)) (= boundary (- phase_186 1)))))
 (let (($x90642 (and (and (= read_index 133) (not false)) (= boundary (- phase_185 1)))))
 (let (($x18671 (and (and (= read_index 36) (not false)) (= boundary (- phase_36 1)))))
 (let (($x13083 (and (and (= read_index 35) (not false)) (= boundary (- phase_35 1)))))
 (let (($x18785 (and (and (= read_index 34) (not false)) (= boundary (- phase_34 1)))))
 (let (($x21599 (and (and (= read_index 33) (not false)) (= boundary (- phase_33 1)))))
 (let (($x13183 (and (and (= read_index 32) (not false)) (= boundary (- phase_32 1)))))
 (let (($x15089 (and (and (= read_index 31) (not false)) (= boundary (- phase_31 1)))))
 (let (($x7073 (and (and (= read_index 30) (not false)) (= boundary (- phase_30 1)))))
 (let (($x7648 (and (and (= read_index 29) (not false)) (= boundary (- phase_29 1)))))
 (let (($x19442 (and (and (= read_index 28) (not false)) (= boundary (- phase_28 1)))))
 (let (($x13239 (and (and (= read_index 27) (not false)) (= boundary (- phase_27 1)))))
 (let (($x13577 (and (and (= read_index 26) (not false)) (= boundary (- phase_26 1)))))
 (let (($x8435 (and (and (= read_index 25) (not false)) (= boundary (- phase_25 1)))))
 (let (($x7879 (and (and (= read_index 24) (not false)) (= boundary (- phase_24 1)))))
 (let (($x18173 (and (and (= read_index 23) (not false)) (= boundary (- phase_23 1)))))
 (let (($x19488 (and (and (= read_index 22) (not false)) (= boundary (- phase_22 1)))))
 (let (($x19009 (and (and (= read_index 21) (not false)) (= boundary (- phase_21 1)))))
 (let (($x27298 (and (and (= read_index 20) (not false)) (= boundary (- phase_20 1)))))
 (let (($x21626 (and (and (= read_index 19) (not false)) (= boundary (- phase_19 1)))))
 (let (($x10909 (and (and (= read_index 18) (not false)) (= boundary (- phase_18 1)))))
 (let (($x29453 (and (and (= read_index 17) (not false)) (= boundary (- phase_17 1)))))
 (let (($x29466 (and (and (= read_index 16) (not false)) (= boundary (- phase_16 1)))))
 (let (($x29478 (and (and (= read_index 15) (not false)) (= boundary (- phase_15 1)))))
 (let (($x29497 (and (and (= read_index 14) (not false)) (= boundary (- phase_14 1)))))
 (let (($x49251 (and (and (= read_index 13) (not false)) (= boundary (- phase_13 1)))))
 (let (($x49217 (and (and (= read_index 12) (not false)) (= boundary (- phase_12 1)))))
 (let (($x50468 (and (and (= read_index 11) (not false)) (= boundary (- phase_11 1)))))
 (let (($x40140 (and (and (= read_index 10) (not false)) (= boundary (- phase_10 1)))))
 (let (($x40172 (and (and (= read_index 9) (not false)) (= boundary (- phase_9 1)))))
 (let (($x40230 (and (and (= read_index 8) (not false)) (= boundary (- phase_8 1)))))
 (let (($x40256 (and (and (= read_index 7) (not false)) (= boundary (- phase_7 1)))))
 (let (($x42307 (and (and (= read_index 6) (not false)) (= boundary (- phase_6 1)))))
 (let (($x42298 (and (and (= read_index 5) (not false)) (= boundary (- phase_5 1)))))
 (let (($x41367 (and (and (= read_index 4) (not false)) (= boundary (- phase_4 1)))))
 (let (($x41781 (and (and (= read_index 3) (not false)) (= boundary (- phase_3 1)))))
 (let (($x40285 (and (and (= read_index 2) (not false)) (= boundary (- phase_2 1)))))
 (let (($x12103 (and (and (= read_index 1) (not false)) (= boundary (- phase_1 1)))))
 (let (($x11881 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x23457 (or (and $x11881 $x11982) (and $x12103 $x11982) (and $x40285 $x11982) (and $x41781 $x11982) (and $x41367 $x11982) (and $x42298 $x11982) (and $x42307 $x11982) (and $x40256 $x11982) (and $x40230 $x11982) (and $x40172 $x11982) (and $x40140 $x11982) (and $x50468 $x11982) (and $x49217 $x11982) (and $x49251 $x11982) (and $x29497 $x11982) (and $x29478 $x11982) (and $x29466 $x11982) (and $x29453 $x11982) (and $x10909 $x11982) (and $x21626 $x11982) (and $x27298 $x11982) (and $x19009 $x11982) (and $x19488 $x11982) (and $x18173 $x11982) (and $x7879 $x11982) (and $x8435 $x11982) (and $x13577 $x11982) (and $x13239 $x11982) (and $x19442 $x11982) (and $x7648 $x11982) (and $x7073 $x11982) (and $x15089 $x11982) (and $x13183 $x11982) (and $x21599 $x11982) (and $x18785 $x11982) (and $x13083 $x11982) (and $x18671 $x11982) (and $x90642 $x11982) (and $x19405 $x11982) (and $x1666 $x11982) (and $x645 $x11982) (and $x16322 $x11982) (and $x16458 $x11982) (and $x13275 $x11982) (and $x20992 $x11982) (and $x6284 $x11982) (and $x19496 $x11982) (and $x6995 $x11982) (and $x13524 $x11982) (and $x1332 $x11982) (and $x12717 $x11982) (and $x19419 $x11982) (and $x18723 $x11982) (and $x18805 $x11982) (and $x7611 $x11982) (and $x13067 $x11982) (and $x1677 $x11982) (and $x18707 $x11982) (and $x18984 $x11982) (and $x18199 $x11982) (and $x17913 $x11982) (and $x18727 $x11982) (and $x11794 $x11982) (and $x18384 $x11982) (and $x21844 $x11982) (and $x15121 $x11982) (and $x30279 $x11982) (and $x19102 $x11982) (and $x15259 $x11982) (and $x29978 $x11982) (and $x19662 $x11982) (and $x19393 $x11982) (and $x6380 $x11982) (and $x25066 $x11982) (and $x8898 $x11982) (and $x17829 $x11982) (and $x13108 $x11982))))
 (let (($x24491 (and $x23457 $x19087)))
 (let ((?x140 (+ phase_0 1)))
 (let (($x14661 (> ?x140 (- 1))))
 (let ((?x22083 (ite $x14661 ?x140 (- 1))))
 (let ((?x203 (+ phase_1 1)))
 (let (($x19619 (and (and true (<= (- 1) boundary)) (< boundary (ite (> ?x203 ?x22083) ?x203 ?x22083)))))
 (let ((?x19640 (ite $x19619 x_0 0.0)))
 (let (($x29423 (and (distinct ?x18871 ?x19640) true)))
 (let (($x25078 (<= boundary 1)))
 (let (($x29403 (and true $x25078)))
 (let (($x23473 (<= boundary 11)))
 (let (($x23076 (and (= boundary (+ (* 2 boundary_half) 1)) $x18870)))
 (let (($x24486 (and $x23076 $x23473)))
 (let (($x29881 (and $x24486 $x29403)))
 (let (($x11659 (and $x29881 $x29423)))
 (let (($x11756 (> phase_0 (- 1))))
 (let ((?x2361 (ite $x11756 phase_0 (- 1))))
 (let (($x14419 (> phase_1 ?x2361)))
 (let ((?x14794 (ite $x14419 phase_1 ?x2361)))
 (let (($x16766 (> ?x14794 boundary)))
 (let ((?x8580 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 11) (- 1.0) 0.0))))
 (let (($x1775 (= value_index 0)))
 (let (($x12404 (and $x1775 (and (distinct ?x8580 0.0) true))))
 (let (($x17830 (and $x12404 $x16766)))
 (let (($x18220 (or $x17830)))
 (let (($x13616 (= boundary (- 1))))
 (let (($x17900 (or $x13616)))
 (let (($x18632 (and $x17900 $x18220)))
 (let (($x1333 (> boundary 11)))
 (let (($x819 (< boundary 0)))
 (let (($x1434 (or $x819 $x1333)))
 (let (($x13276 (and $x12404 $x1434)))
 (let (($x13587 (or $x13276)))
 (or $x13587 $x18632 $x11659 $x24491))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
