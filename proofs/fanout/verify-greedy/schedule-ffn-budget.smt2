(set-logic QF_LIA)
; 
(set-info :status unknown)
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
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_41 () Int)
(declare-fun phase_42 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_48 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_80 () Int)
(declare-fun phase_81 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_108 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_116 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_139 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_141 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_145 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_150 () Int)
(declare-fun phase_151 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_155 () Int)
(declare-fun phase_156 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_167 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_183 () Int)
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
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun max_ffn () Int)
(declare-fun layer () Int)
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
 (= phase_37 6))
(assert
 (= phase_38 6))
(assert
 (= phase_39 6))
(assert
 (= phase_40 6))
(assert
 (= phase_41 6))
(assert
 (= phase_42 6))
(assert
 (= phase_43 6))
(assert
 (= phase_44 6))
(assert
 (= phase_45 6))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_48 6))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_52 6))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 6))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_60 6))
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_64 6))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (= phase_67 6))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_71 6))
(assert
 (= phase_72 6))
(assert
 (= phase_74 6))
(assert
 (= phase_75 6))
(assert
 (= phase_76 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_79 6))
(assert
 (= phase_80 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_83 6))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (= phase_86 6))
(assert
 (= phase_87 6))
(assert
 (= phase_88 6))
(assert
 (= phase_89 6))
(assert
 (= phase_90 6))
(assert
 (= phase_91 6))
(assert
 (= phase_92 6))
(assert
 (= phase_93 6))
(assert
 (= phase_94 6))
(assert
 (= phase_95 6))
(assert
 (= phase_96 6))
(assert
 (= phase_97 6))
(assert
 (= phase_98 6))
(assert
 (= phase_99 6))
(assert
 (= phase_100 6))
(assert
 (= phase_101 6))
(assert
 (= phase_102 6))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_105 6))
(assert
 (= phase_106 6))
(assert
 (= phase_107 6))
(assert
 (= phase_108 6))
(assert
 (= phase_109 6))
(assert
 (= phase_111 6))
(assert
 (= phase_112 6))
(assert
 (= phase_113 6))
(assert
 (= phase_114 6))
(assert
 (= phase_115 6))
(assert
 (= phase_116 6))
(assert
 (= phase_117 6))
(assert
 (= phase_118 6))
(assert
 (= phase_119 6))
(assert
 (= phase_120 6))
(assert
 (= phase_121 6))
(assert
 (= phase_122 6))
(assert
 (= phase_123 6))
(assert
 (= phase_124 6))
(assert
 (= phase_125 6))
(assert
 (= phase_126 6))
(assert
 (= phase_127 6))
(assert
 (= phase_128 6))
(assert
 (= phase_129 6))
(assert
 (= phase_130 6))
(assert
 (= phase_131 10))
(assert
 (= phase_132 10))
(assert
 (= phase_133 10))
(assert
 (= phase_134 10))
(assert
 (= phase_135 10))
(assert
 (= phase_136 10))
(assert
 (= phase_137 10))
(assert
 (= phase_138 10))
(assert
 (= phase_139 10))
(assert
 (= phase_140 10))
(assert
 (= phase_141 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 10))
(assert
 (= phase_145 10))
(assert
 (= phase_146 10))
(assert
 (= phase_148 10))
(assert
 (= phase_149 10))
(assert
 (= phase_150 10))
(assert
 (= phase_151 10))
(assert
 (= phase_152 10))
(assert
 (= phase_153 10))
(assert
 (= phase_154 10))
(assert
 (= phase_155 10))
(assert
 (= phase_156 10))
(assert
 (= phase_157 10))
(assert
 (= phase_158 10))
(assert
 (= phase_159 10))
(assert
 (= phase_160 10))
(assert
 (= phase_161 10))
(assert
 (= phase_162 10))
(assert
 (= phase_163 10))
(assert
 (= phase_164 10))
(assert
 (= phase_165 10))
(assert
 (= phase_166 10))
(assert
 (= phase_167 10))
(assert
 (= phase_168 10))
(assert
 (= phase_169 10))
(assert
 (= phase_170 10))
(assert
 (= phase_171 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 10))
(assert
 (= phase_174 10))
(assert
 (= phase_175 10))
(assert
 (= phase_176 10))
(assert
 (= phase_177 10))
(assert
 (= phase_178 10))
(assert
 (= phase_179 10))
(assert
 (= phase_180 10))
(assert
 (= phase_181 10))
(assert
 (= phase_182 10))
(assert
 (= phase_183 10))
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
 (= phase_275 6))
(assert
 (= phase_276 6))
(assert
 (= phase_278 6))
(assert
 (= phase_279 6))
(assert
 (= max_ffn 96))
(assert
 (let (($x2286 (and (<= (* 4 layer) phase_279) (<= phase_279 (+ (* 4 layer) 3)))))
 (let ((?x2745 (ite $x2286 1 0)))
 (let (($x855 (and (<= (* 4 layer) phase_278) (<= phase_278 (+ (* 4 layer) 3)))))
 (let ((?x987 (ite $x855 1 0)))
 (let (($x6528 (and (<= (* 4 layer) phase_276) (<= phase_276 (+ (* 4 layer) 3)))))
 (let ((?x6937 (ite $x6528 1 0)))
 (let (($x6480 (and (<= (* 4 layer) phase_275) (<= phase_275 (+ (* 4 layer) 3)))))
 (let ((?x6602 (ite $x6480 1 0)))
 (let (($x5665 (and (<= (* 4 layer) phase_273) (<= phase_273 (+ (* 4 layer) 3)))))
 (let ((?x4324 (ite $x5665 1 0)))
 (let (($x6433 (and (<= (* 4 layer) phase_272) (<= phase_272 (+ (* 4 layer) 3)))))
 (let ((?x6526 (ite $x6433 1 0)))
 (let (($x6432 (and (<= (* 4 layer) phase_270) (<= phase_270 (+ (* 4 layer) 3)))))
 (let ((?x6414 (ite $x6432 1 0)))
 (let (($x21737 (and (<= (* 4 layer) phase_269) (<= phase_269 (+ (* 4 layer) 3)))))
 (let ((?x4261 (ite $x21737 1 0)))
 (let (($x11933 (and (<= (* 4 layer) phase_267) (<= phase_267 (+ (* 4 layer) 3)))))
 (let ((?x21801 (ite $x11933 1 0)))
 (let (($x21792 (and (<= (* 4 layer) phase_266) (<= phase_266 (+ (* 4 layer) 3)))))
 (let ((?x12810 (ite $x21792 1 0)))
 (let (($x21405 (and (<= (* 4 layer) phase_264) (<= phase_264 (+ (* 4 layer) 3)))))
 (let ((?x12875 (ite $x21405 1 0)))
 (let (($x12668 (and (<= (* 4 layer) phase_263) (<= phase_263 (+ (* 4 layer) 3)))))
 (let ((?x9244 (ite $x12668 1 0)))
 (let (($x21321 (and (<= (* 4 layer) phase_261) (<= phase_261 (+ (* 4 layer) 3)))))
 (let ((?x12729 (ite $x21321 1 0)))
 (let (($x12805 (and (<= (* 4 layer) phase_260) (<= phase_260 (+ (* 4 layer) 3)))))
 (let ((?x12734 (ite $x12805 1 0)))
 (let (($x1533 (and (<= (* 4 layer) phase_258) (<= phase_258 (+ (* 4 layer) 3)))))
 (let ((?x21523 (ite $x1533 1 0)))
 (let (($x7499 (and (<= (* 4 layer) phase_257) (<= phase_257 (+ (* 4 layer) 3)))))
 (let ((?x2916 (ite $x7499 1 0)))
 (let (($x21740 (and (<= (* 4 layer) phase_255) (<= phase_255 (+ (* 4 layer) 3)))))
 (let ((?x3417 (ite $x21740 1 0)))
 (let (($x3419 (and (<= (* 4 layer) phase_254) (<= phase_254 (+ (* 4 layer) 3)))))
 (let ((?x21674 (ite $x3419 1 0)))
 (let (($x7579 (and (<= (* 4 layer) phase_252) (<= phase_252 (+ (* 4 layer) 3)))))
 (let ((?x7452 (ite $x7579 1 0)))
 (let (($x6881 (and (<= (* 4 layer) phase_251) (<= phase_251 (+ (* 4 layer) 3)))))
 (let ((?x12869 (ite $x6881 1 0)))
 (let (($x12818 (and (<= (* 4 layer) phase_249) (<= phase_249 (+ (* 4 layer) 3)))))
 (let ((?x12065 (ite $x12818 1 0)))
 (let (($x21437 (and (<= (* 4 layer) phase_248) (<= phase_248 (+ (* 4 layer) 3)))))
 (let ((?x7398 (ite $x21437 1 0)))
 (let (($x21443 (and (<= (* 4 layer) phase_246) (<= phase_246 (+ (* 4 layer) 3)))))
 (let ((?x21711 (ite $x21443 1 0)))
 (let (($x21500 (and (<= (* 4 layer) phase_245) (<= phase_245 (+ (* 4 layer) 3)))))
 (let ((?x7460 (ite $x21500 1 0)))
 (let (($x7507 (and (<= (* 4 layer) phase_243) (<= phase_243 (+ (* 4 layer) 3)))))
 (let ((?x3800 (ite $x7507 1 0)))
 (let (($x7542 (and (<= (* 4 layer) phase_242) (<= phase_242 (+ (* 4 layer) 3)))))
 (let ((?x7135 (ite $x7542 1 0)))
 (let (($x6418 (and (<= (* 4 layer) phase_240) (<= phase_240 (+ (* 4 layer) 3)))))
 (let ((?x2584 (ite $x6418 1 0)))
 (let (($x2746 (and (<= (* 4 layer) phase_239) (<= phase_239 (+ (* 4 layer) 3)))))
 (let ((?x2384 (ite $x2746 1 0)))
 (let (($x2197 (and (<= (* 4 layer) phase_237) (<= phase_237 (+ (* 4 layer) 3)))))
 (let ((?x2196 (ite $x2197 1 0)))
 (let (($x12726 (and (<= (* 4 layer) phase_236) (<= phase_236 (+ (* 4 layer) 3)))))
 (let ((?x21382 (ite $x12726 1 0)))
 (let (($x7413 (and (<= (* 4 layer) phase_234) (<= phase_234 (+ (* 4 layer) 3)))))
 (let ((?x7862 (ite $x7413 1 0)))
 (let (($x6413 (and (<= (* 4 layer) phase_233) (<= phase_233 (+ (* 4 layer) 3)))))
 (let ((?x6654 (ite $x6413 1 0)))
 (let (($x7713 (and (<= (* 4 layer) phase_231) (<= phase_231 (+ (* 4 layer) 3)))))
 (let ((?x10761 (ite $x7713 1 0)))
 (let (($x1802 (and (<= (* 4 layer) phase_230) (<= phase_230 (+ (* 4 layer) 3)))))
 (let ((?x7287 (ite $x1802 1 0)))
 (let (($x6808 (and (<= (* 4 layer) phase_228) (<= phase_228 (+ (* 4 layer) 3)))))
 (let ((?x6950 (ite $x6808 1 0)))
 (let (($x7217 (and (<= (* 4 layer) phase_227) (<= phase_227 (+ (* 4 layer) 3)))))
 (let ((?x9357 (ite $x7217 1 0)))
 (let (($x10182 (and (<= (* 4 layer) phase_225) (<= phase_225 (+ (* 4 layer) 3)))))
 (let ((?x7583 (ite $x10182 1 0)))
 (let (($x12843 (and (<= (* 4 layer) phase_224) (<= phase_224 (+ (* 4 layer) 3)))))
 (let ((?x21891 (ite $x12843 1 0)))
 (let (($x7786 (and (<= (* 4 layer) phase_222) (<= phase_222 (+ (* 4 layer) 3)))))
 (let ((?x3792 (ite $x7786 1 0)))
 (let (($x6845 (and (<= (* 4 layer) phase_221) (<= phase_221 (+ (* 4 layer) 3)))))
 (let ((?x7087 (ite $x6845 1 0)))
 (let (($x21393 (and (<= (* 4 layer) phase_219) (<= phase_219 (+ (* 4 layer) 3)))))
 (let ((?x9129 (ite $x21393 1 0)))
 (let (($x7294 (and (<= (* 4 layer) phase_218) (<= phase_218 (+ (* 4 layer) 3)))))
 (let ((?x6704 (ite $x7294 1 0)))
 (let (($x12434 (and (<= (* 4 layer) phase_216) (<= phase_216 (+ (* 4 layer) 3)))))
 (let ((?x7486 (ite $x12434 1 0)))
 (let (($x16618 (and (<= (* 4 layer) phase_215) (<= phase_215 (+ (* 4 layer) 3)))))
 (let ((?x17899 (ite $x16618 1 0)))
 (let (($x7491 (and (<= (* 4 layer) phase_213) (<= phase_213 (+ (* 4 layer) 3)))))
 (let ((?x20383 (ite $x7491 1 0)))
 (let (($x3780 (and (<= (* 4 layer) phase_212) (<= phase_212 (+ (* 4 layer) 3)))))
 (let ((?x7498 (ite $x3780 1 0)))
 (let (($x10422 (and (<= (* 4 layer) phase_210) (<= phase_210 (+ (* 4 layer) 3)))))
 (let ((?x12590 (ite $x10422 1 0)))
 (let (($x7641 (and (<= (* 4 layer) phase_209) (<= phase_209 (+ (* 4 layer) 3)))))
 (let ((?x2803 (ite $x7641 1 0)))
 (let (($x3913 (and (<= (* 4 layer) phase_207) (<= phase_207 (+ (* 4 layer) 3)))))
 (let ((?x7484 (ite $x3913 1 0)))
 (let (($x6957 (and (<= (* 4 layer) phase_206) (<= phase_206 (+ (* 4 layer) 3)))))
 (let ((?x7037 (ite $x6957 1 0)))
 (let (($x8312 (and (<= (* 4 layer) phase_204) (<= phase_204 (+ (* 4 layer) 3)))))
 (let ((?x12455 (ite $x8312 1 0)))
 (let (($x7662 (and (<= (* 4 layer) phase_203) (<= phase_203 (+ (* 4 layer) 3)))))
 (let ((?x7706 (ite $x7662 1 0)))
 (let (($x11762 (and (<= (* 4 layer) phase_201) (<= phase_201 (+ (* 4 layer) 3)))))
 (let ((?x21202 (ite $x11762 1 0)))
 (let (($x963 (and (<= (* 4 layer) phase_200) (<= phase_200 (+ (* 4 layer) 3)))))
 (let ((?x827 (ite $x963 1 0)))
 (let (($x7307 (and (<= (* 4 layer) phase_198) (<= phase_198 (+ (* 4 layer) 3)))))
 (let ((?x7328 (ite $x7307 1 0)))
 (let (($x12411 (and (<= (* 4 layer) phase_197) (<= phase_197 (+ (* 4 layer) 3)))))
 (let ((?x6377 (ite $x12411 1 0)))
 (let (($x6329 (and (<= (* 4 layer) phase_195) (<= phase_195 (+ (* 4 layer) 3)))))
 (let ((?x6340 (ite $x6329 1 0)))
 (let (($x6760 (and (<= (* 4 layer) phase_194) (<= phase_194 (+ (* 4 layer) 3)))))
 (let ((?x7264 (ite $x6760 1 0)))
 (let (($x21156 (and (<= (* 4 layer) phase_192) (<= phase_192 (+ (* 4 layer) 3)))))
 (let ((?x12565 (ite $x21156 1 0)))
 (let (($x13048 (and (<= (* 4 layer) phase_191) (<= phase_191 (+ (* 4 layer) 3)))))
 (let ((?x10767 (ite $x13048 1 0)))
 (let (($x7817 (and (<= (* 4 layer) phase_189) (<= phase_189 (+ (* 4 layer) 3)))))
 (let ((?x7797 (ite $x7817 1 0)))
 (let (($x21587 (and (<= (* 4 layer) phase_188) (<= phase_188 (+ (* 4 layer) 3)))))
 (let ((?x12827 (ite $x21587 1 0)))
 (let (($x21380 (and (<= (* 4 layer) phase_186) (<= phase_186 (+ (* 4 layer) 3)))))
 (let ((?x9006 (ite $x21380 1 0)))
 (let (($x7168 (and (<= (* 4 layer) phase_185) (<= phase_185 (+ (* 4 layer) 3)))))
 (let ((?x7683 (ite $x7168 1 0)))
 (let (($x8783 (and (<= (* 4 layer) phase_183) (<= phase_183 (+ (* 4 layer) 3)))))
 (let ((?x12258 (ite $x8783 1 0)))
 (let (($x21369 (and (<= (* 4 layer) phase_182) (<= phase_182 (+ (* 4 layer) 3)))))
 (let ((?x12764 (ite $x21369 1 0)))
 (let (($x7387 (and (<= (* 4 layer) phase_181) (<= phase_181 (+ (* 4 layer) 3)))))
 (let ((?x7496 (ite $x7387 1 0)))
 (let (($x6767 (and (<= (* 4 layer) phase_180) (<= phase_180 (+ (* 4 layer) 3)))))
 (let ((?x6242 (ite $x6767 1 0)))
 (let (($x21826 (and (<= (* 4 layer) phase_179) (<= phase_179 (+ (* 4 layer) 3)))))
 (let ((?x12716 (ite $x21826 1 0)))
 (let (($x7756 (and (<= (* 4 layer) phase_178) (<= phase_178 (+ (* 4 layer) 3)))))
 (let ((?x7723 (ite $x7756 1 0)))
 (let (($x6331 (and (<= (* 4 layer) phase_177) (<= phase_177 (+ (* 4 layer) 3)))))
 (let ((?x6470 (ite $x6331 1 0)))
 (let (($x1255 (and (<= (* 4 layer) phase_176) (<= phase_176 (+ (* 4 layer) 3)))))
 (let ((?x1260 (ite $x1255 1 0)))
 (let (($x7441 (and (<= (* 4 layer) phase_175) (<= phase_175 (+ (* 4 layer) 3)))))
 (let ((?x7774 (ite $x7441 1 0)))
 (let (($x3763 (and (<= (* 4 layer) phase_174) (<= phase_174 (+ (* 4 layer) 3)))))
 (let ((?x3768 (ite $x3763 1 0)))
 (let (($x3924 (and (<= (* 4 layer) phase_173) (<= phase_173 (+ (* 4 layer) 3)))))
 (let ((?x4392 (ite $x3924 1 0)))
 (let (($x7587 (and (<= (* 4 layer) phase_172) (<= phase_172 (+ (* 4 layer) 3)))))
 (let ((?x7640 (ite $x7587 1 0)))
 (let (($x21486 (and (<= (* 4 layer) phase_171) (<= phase_171 (+ (* 4 layer) 3)))))
 (let ((?x21906 (ite $x21486 1 0)))
 (let (($x2747 (and (<= (* 4 layer) phase_170) (<= phase_170 (+ (* 4 layer) 3)))))
 (let ((?x2801 (ite $x2747 1 0)))
 (let (($x7402 (and (<= (* 4 layer) phase_169) (<= phase_169 (+ (* 4 layer) 3)))))
 (let ((?x7147 (ite $x7402 1 0)))
 (let (($x21502 (and (<= (* 4 layer) phase_168) (<= phase_168 (+ (* 4 layer) 3)))))
 (let ((?x12635 (ite $x21502 1 0)))
 (let (($x12570 (and (<= (* 4 layer) phase_167) (<= phase_167 (+ (* 4 layer) 3)))))
 (let ((?x21264 (ite $x12570 1 0)))
 (let (($x7118 (and (<= (* 4 layer) phase_166) (<= phase_166 (+ (* 4 layer) 3)))))
 (let ((?x7043 (ite $x7118 1 0)))
 (let (($x6518 (and (<= (* 4 layer) phase_165) (<= phase_165 (+ (* 4 layer) 3)))))
 (let ((?x6729 (ite $x6518 1 0)))
 (let (($x6581 (and (<= (* 4 layer) phase_164) (<= phase_164 (+ (* 4 layer) 3)))))
 (let ((?x4513 (ite $x6581 1 0)))
 (let (($x7965 (and (<= (* 4 layer) phase_163) (<= phase_163 (+ (* 4 layer) 3)))))
 (let ((?x7330 (ite $x7965 1 0)))
 (let (($x6705 (and (<= (* 4 layer) phase_162) (<= phase_162 (+ (* 4 layer) 3)))))
 (let ((?x6827 (ite $x6705 1 0)))
 (let (($x7079 (and (<= (* 4 layer) phase_161) (<= phase_161 (+ (* 4 layer) 3)))))
 (let ((?x6697 (ite $x7079 1 0)))
 (let (($x7390 (and (<= (* 4 layer) phase_160) (<= phase_160 (+ (* 4 layer) 3)))))
 (let ((?x7260 (ite $x7390 1 0)))
 (let (($x3771 (and (<= (* 4 layer) phase_159) (<= phase_159 (+ (* 4 layer) 3)))))
 (let ((?x3035 (ite $x3771 1 0)))
 (let (($x5971 (and (<= (* 4 layer) phase_158) (<= phase_158 (+ (* 4 layer) 3)))))
 (let ((?x6611 (ite $x5971 1 0)))
 (let (($x7591 (and (<= (* 4 layer) phase_157) (<= phase_157 (+ (* 4 layer) 3)))))
 (let ((?x7434 (ite $x7591 1 0)))
 (let (($x6690 (and (<= (* 4 layer) phase_156) (<= phase_156 (+ (* 4 layer) 3)))))
 (let ((?x6376 (ite $x6690 1 0)))
 (let (($x6645 (and (<= (* 4 layer) phase_155) (<= phase_155 (+ (* 4 layer) 3)))))
 (let ((?x6923 (ite $x6645 1 0)))
 (let (($x7430 (and (<= (* 4 layer) phase_154) (<= phase_154 (+ (* 4 layer) 3)))))
 (let ((?x7494 (ite $x7430 1 0)))
 (let (($x6743 (and (<= (* 4 layer) phase_153) (<= phase_153 (+ (* 4 layer) 3)))))
 (let ((?x6713 (ite $x6743 1 0)))
 (let (($x6527 (and (<= (* 4 layer) phase_152) (<= phase_152 (+ (* 4 layer) 3)))))
 (let ((?x6531 (ite $x6527 1 0)))
 (let (($x7930 (and (<= (* 4 layer) phase_151) (<= phase_151 (+ (* 4 layer) 3)))))
 (let ((?x12312 (ite $x7930 1 0)))
 (let (($x23045 (and (<= (* 4 layer) phase_150) (<= phase_150 (+ (* 4 layer) 3)))))
 (let ((?x23040 (ite $x23045 1 0)))
 (let (($x23255 (and (<= (* 4 layer) phase_149) (<= phase_149 (+ (* 4 layer) 3)))))
 (let ((?x23120 (ite $x23255 1 0)))
 (let (($x8211 (and (<= (* 4 layer) phase_148) (<= phase_148 (+ (* 4 layer) 3)))))
 (let ((?x12680 (ite $x8211 1 0)))
 (let (($x11176 (and (<= (* 4 layer) phase_146) (<= phase_146 (+ (* 4 layer) 3)))))
 (let ((?x11191 (ite $x11176 1 0)))
 (let (($x10549 (and (<= (* 4 layer) phase_145) (<= phase_145 (+ (* 4 layer) 3)))))
 (let ((?x10617 (ite $x10549 1 0)))
 (let (($x4358 (and (<= (* 4 layer) phase_144) (<= phase_144 (+ (* 4 layer) 3)))))
 (let ((?x4332 (ite $x4358 1 0)))
 (let (($x4462 (and (<= (* 4 layer) phase_143) (<= phase_143 (+ (* 4 layer) 3)))))
 (let ((?x4433 (ite $x4462 1 0)))
 (let (($x4581 (and (<= (* 4 layer) phase_142) (<= phase_142 (+ (* 4 layer) 3)))))
 (let ((?x4560 (ite $x4581 1 0)))
 (let (($x4650 (and (<= (* 4 layer) phase_141) (<= phase_141 (+ (* 4 layer) 3)))))
 (let ((?x4629 (ite $x4650 1 0)))
 (let (($x4719 (and (<= (* 4 layer) phase_140) (<= phase_140 (+ (* 4 layer) 3)))))
 (let ((?x4703 (ite $x4719 1 0)))
 (let (($x4788 (and (<= (* 4 layer) phase_139) (<= phase_139 (+ (* 4 layer) 3)))))
 (let ((?x4772 (ite $x4788 1 0)))
 (let (($x4857 (and (<= (* 4 layer) phase_138) (<= phase_138 (+ (* 4 layer) 3)))))
 (let ((?x4841 (ite $x4857 1 0)))
 (let (($x4935 (and (<= (* 4 layer) phase_137) (<= phase_137 (+ (* 4 layer) 3)))))
 (let ((?x4910 (ite $x4935 1 0)))
 (let (($x5004 (and (<= (* 4 layer) phase_136) (<= phase_136 (+ (* 4 layer) 3)))))
 (let ((?x4988 (ite $x5004 1 0)))
 (let (($x3809 (and (<= (* 4 layer) phase_135) (<= phase_135 (+ (* 4 layer) 3)))))
 (let ((?x2637 (ite $x3809 1 0)))
 (let (($x6520 (and (<= (* 4 layer) phase_134) (<= phase_134 (+ (* 4 layer) 3)))))
 (let ((?x6368 (ite $x6520 1 0)))
 (let (($x11926 (and (<= (* 4 layer) phase_133) (<= phase_133 (+ (* 4 layer) 3)))))
 (let ((?x8553 (ite $x11926 1 0)))
 (let (($x21461 (and (<= (* 4 layer) phase_132) (<= phase_132 (+ (* 4 layer) 3)))))
 (let ((?x21290 (ite $x21461 1 0)))
 (let (($x5077 (and (<= (* 4 layer) phase_131) (<= phase_131 (+ (* 4 layer) 3)))))
 (let ((?x5045 (ite $x5077 1 0)))
 (let (($x6220 (and (<= (* 4 layer) phase_130) (<= phase_130 (+ (* 4 layer) 3)))))
 (let ((?x6169 (ite $x6220 1 0)))
 (let (($x9310 (and (<= (* 4 layer) phase_129) (<= phase_129 (+ (* 4 layer) 3)))))
 (let ((?x9410 (ite $x9310 1 0)))
 (let (($x6907 (and (<= (* 4 layer) phase_128) (<= phase_128 (+ (* 4 layer) 3)))))
 (let ((?x1176 (ite $x6907 1 0)))
 (let (($x4517 (and (<= (* 4 layer) phase_127) (<= phase_127 (+ (* 4 layer) 3)))))
 (let ((?x6544 (ite $x4517 1 0)))
 (let (($x9720 (and (<= (* 4 layer) phase_126) (<= phase_126 (+ (* 4 layer) 3)))))
 (let ((?x21684 (ite $x9720 1 0)))
 (let (($x12848 (and (<= (* 4 layer) phase_125) (<= phase_125 (+ (* 4 layer) 3)))))
 (let ((?x1190 (ite $x12848 1 0)))
 (let (($x1038 (and (<= (* 4 layer) phase_124) (<= phase_124 (+ (* 4 layer) 3)))))
 (let ((?x1297 (ite $x1038 1 0)))
 (let (($x6858 (and (<= (* 4 layer) phase_123) (<= phase_123 (+ (* 4 layer) 3)))))
 (let ((?x6725 (ite $x6858 1 0)))
 (let (($x6598 (and (<= (* 4 layer) phase_122) (<= phase_122 (+ (* 4 layer) 3)))))
 (let ((?x6655 (ite $x6598 1 0)))
 (let (($x3969 (and (<= (* 4 layer) phase_121) (<= phase_121 (+ (* 4 layer) 3)))))
 (let ((?x6447 (ite $x3969 1 0)))
 (let (($x21294 (and (<= (* 4 layer) phase_120) (<= phase_120 (+ (* 4 layer) 3)))))
 (let ((?x21777 (ite $x21294 1 0)))
 (let (($x12011 (and (<= (* 4 layer) phase_119) (<= phase_119 (+ (* 4 layer) 3)))))
 (let ((?x21675 (ite $x12011 1 0)))
 (let (($x21152 (and (<= (* 4 layer) phase_118) (<= phase_118 (+ (* 4 layer) 3)))))
 (let ((?x21381 (ite $x21152 1 0)))
 (let (($x21791 (and (<= (* 4 layer) phase_117) (<= phase_117 (+ (* 4 layer) 3)))))
 (let ((?x8667 (ite $x21791 1 0)))
 (let (($x1168 (and (<= (* 4 layer) phase_116) (<= phase_116 (+ (* 4 layer) 3)))))
 (let ((?x21524 (ite $x1168 1 0)))
 (let (($x1023 (and (<= (* 4 layer) phase_115) (<= phase_115 (+ (* 4 layer) 3)))))
 (let ((?x21192 (ite $x1023 1 0)))
 (let (($x7600 (and (<= (* 4 layer) phase_114) (<= phase_114 (+ (* 4 layer) 3)))))
 (let ((?x861 (ite $x7600 1 0)))
 (let (($x999 (and (<= (* 4 layer) phase_113) (<= phase_113 (+ (* 4 layer) 3)))))
 (let ((?x3795 (ite $x999 1 0)))
 (let (($x21741 (and (<= (* 4 layer) phase_112) (<= phase_112 (+ (* 4 layer) 3)))))
 (let ((?x985 (ite $x21741 1 0)))
 (let (($x7461 (and (<= (* 4 layer) phase_111) (<= phase_111 (+ (* 4 layer) 3)))))
 (let ((?x1147 (ite $x7461 1 0)))
 (let (($x7028 (and (<= (* 4 layer) phase_109) (<= phase_109 (+ (* 4 layer) 3)))))
 (let ((?x21701 (ite $x7028 1 0)))
 (let (($x7321 (and (<= (* 4 layer) phase_108) (<= phase_108 (+ (* 4 layer) 3)))))
 (let ((?x1673 (ite $x7321 1 0)))
 (let (($x2531 (and (<= (* 4 layer) phase_107) (<= phase_107 (+ (* 4 layer) 3)))))
 (let ((?x7603 (ite $x2531 1 0)))
 (let (($x1910 (and (<= (* 4 layer) phase_106) (<= phase_106 (+ (* 4 layer) 3)))))
 (let ((?x1360 (ite $x1910 1 0)))
 (let (($x7534 (and (<= (* 4 layer) phase_105) (<= phase_105 (+ (* 4 layer) 3)))))
 (let ((?x6934 (ite $x7534 1 0)))
 (let (($x6764 (and (<= (* 4 layer) phase_104) (<= phase_104 (+ (* 4 layer) 3)))))
 (let ((?x7357 (ite $x6764 1 0)))
 (let (($x9941 (and (<= (* 4 layer) phase_103) (<= phase_103 (+ (* 4 layer) 3)))))
 (let ((?x12542 (ite $x9941 1 0)))
 (let (($x7727 (and (<= (* 4 layer) phase_102) (<= phase_102 (+ (* 4 layer) 3)))))
 (let ((?x21409 (ite $x7727 1 0)))
 (let (($x3351 (and (<= (* 4 layer) phase_101) (<= phase_101 (+ (* 4 layer) 3)))))
 (let ((?x7123 (ite $x3351 1 0)))
 (let (($x12691 (and (<= (* 4 layer) phase_100) (<= phase_100 (+ (* 4 layer) 3)))))
 (let ((?x6469 (ite $x12691 1 0)))
 (let (($x6674 (and (<= (* 4 layer) phase_99) (<= phase_99 (+ (* 4 layer) 3)))))
 (let ((?x3775 (ite $x6674 1 0)))
 (let (($x5278 (and (<= (* 4 layer) phase_98) (<= phase_98 (+ (* 4 layer) 3)))))
 (let ((?x21432 (ite $x5278 1 0)))
 (let (($x7440 (and (<= (* 4 layer) phase_97) (<= phase_97 (+ (* 4 layer) 3)))))
 (let ((?x21664 (ite $x7440 1 0)))
 (let (($x4812 (and (<= (* 4 layer) phase_96) (<= phase_96 (+ (* 4 layer) 3)))))
 (let ((?x7693 (ite $x4812 1 0)))
 (let (($x3764 (and (<= (* 4 layer) phase_95) (<= phase_95 (+ (* 4 layer) 3)))))
 (let ((?x21691 (ite $x3764 1 0)))
 (let (($x7248 (and (<= (* 4 layer) phase_94) (<= phase_94 (+ (* 4 layer) 3)))))
 (let ((?x12271 (ite $x7248 1 0)))
 (let (($x21928 (and (<= (* 4 layer) phase_93) (<= phase_93 (+ (* 4 layer) 3)))))
 (let ((?x7091 (ite $x21928 1 0)))
 (let (($x21282 (and (<= (* 4 layer) phase_92) (<= phase_92 (+ (* 4 layer) 3)))))
 (let ((?x6714 (ite $x21282 1 0)))
 (let (($x7438 (and (<= (* 4 layer) phase_91) (<= phase_91 (+ (* 4 layer) 3)))))
 (let ((?x15553 (ite $x7438 1 0)))
 (let (($x6775 (and (<= (* 4 layer) phase_90) (<= phase_90 (+ (* 4 layer) 3)))))
 (let ((?x7238 (ite $x6775 1 0)))
 (let (($x6691 (and (<= (* 4 layer) phase_89) (<= phase_89 (+ (* 4 layer) 3)))))
 (let ((?x2385 (ite $x6691 1 0)))
 (let (($x7602 (and (<= (* 4 layer) phase_88) (<= phase_88 (+ (* 4 layer) 3)))))
 (let ((?x21685 (ite $x7602 1 0)))
 (let (($x3039 (and (<= (* 4 layer) phase_87) (<= phase_87 (+ (* 4 layer) 3)))))
 (let ((?x7166 (ite $x3039 1 0)))
 (let (($x6458 (and (<= (* 4 layer) phase_86) (<= phase_86 (+ (* 4 layer) 3)))))
 (let ((?x7018 (ite $x6458 1 0)))
 (let (($x7319 (and (<= (* 4 layer) phase_85) (<= phase_85 (+ (* 4 layer) 3)))))
 (let ((?x965 (ite $x7319 1 0)))
 (let (($x12603 (and (<= (* 4 layer) phase_84) (<= phase_84 (+ (* 4 layer) 3)))))
 (let ((?x7377 (ite $x12603 1 0)))
 (let (($x2025 (and (<= (* 4 layer) phase_83) (<= phase_83 (+ (* 4 layer) 3)))))
 (let ((?x6336 (ite $x2025 1 0)))
 (let (($x7785 (and (<= (* 4 layer) phase_82) (<= phase_82 (+ (* 4 layer) 3)))))
 (let ((?x12749 (ite $x7785 1 0)))
 (let (($x6440 (and (<= (* 4 layer) phase_81) (<= phase_81 (+ (* 4 layer) 3)))))
 (let ((?x7659 (ite $x6440 1 0)))
 (let (($x18062 (and (<= (* 4 layer) phase_80) (<= phase_80 (+ (* 4 layer) 3)))))
 (let ((?x6614 (ite $x18062 1 0)))
 (let (($x7145 (and (<= (* 4 layer) phase_79) (<= phase_79 (+ (* 4 layer) 3)))))
 (let ((?x6395 (ite $x7145 1 0)))
 (let (($x6590 (and (<= (* 4 layer) phase_78) (<= phase_78 (+ (* 4 layer) 3)))))
 (let ((?x7347 (ite $x6590 1 0)))
 (let (($x9590 (and (<= (* 4 layer) phase_77) (<= phase_77 (+ (* 4 layer) 3)))))
 (let ((?x984 (ite $x9590 1 0)))
 (let (($x6954 (and (<= (* 4 layer) phase_76) (<= phase_76 (+ (* 4 layer) 3)))))
 (let ((?x6784 (ite $x6954 1 0)))
 (let (($x22983 (and (<= (* 4 layer) phase_75) (<= phase_75 (+ (* 4 layer) 3)))))
 (let ((?x12269 (ite $x22983 1 0)))
 (let (($x12786 (and (<= (* 4 layer) phase_74) (<= phase_74 (+ (* 4 layer) 3)))))
 (let ((?x12245 (ite $x12786 1 0)))
 (let (($x10825 (and (<= (* 4 layer) phase_72) (<= phase_72 (+ (* 4 layer) 3)))))
 (let ((?x10966 (ite $x10825 1 0)))
 (let (($x6578 (and (<= (* 4 layer) phase_71) (<= phase_71 (+ (* 4 layer) 3)))))
 (let ((?x1263 (ite $x6578 1 0)))
 (let (($x3076 (and (<= (* 4 layer) phase_70) (<= phase_70 (+ (* 4 layer) 3)))))
 (let ((?x3077 (ite $x3076 1 0)))
 (let (($x23013 (and (<= (* 4 layer) phase_69) (<= phase_69 (+ (* 4 layer) 3)))))
 (let ((?x23095 (ite $x23013 1 0)))
 (let (($x21916 (and (<= (* 4 layer) phase_68) (<= phase_68 (+ (* 4 layer) 3)))))
 (let ((?x21917 (ite $x21916 1 0)))
 (let (($x21852 (and (<= (* 4 layer) phase_67) (<= phase_67 (+ (* 4 layer) 3)))))
 (let ((?x21867 (ite $x21852 1 0)))
 (let (($x21686 (and (<= (* 4 layer) phase_66) (<= phase_66 (+ (* 4 layer) 3)))))
 (let ((?x21723 (ite $x21686 1 0)))
 (let (($x21471 (and (<= (* 4 layer) phase_65) (<= phase_65 (+ (* 4 layer) 3)))))
 (let ((?x21536 (ite $x21471 1 0)))
 (let (($x21349 (and (<= (* 4 layer) phase_64) (<= phase_64 (+ (* 4 layer) 3)))))
 (let ((?x21421 (ite $x21349 1 0)))
 (let (($x21271 (and (<= (* 4 layer) phase_63) (<= phase_63 (+ (* 4 layer) 3)))))
 (let ((?x21295 (ite $x21271 1 0)))
 (let (($x21100 (and (<= (* 4 layer) phase_62) (<= phase_62 (+ (* 4 layer) 3)))))
 (let ((?x21146 (ite $x21100 1 0)))
 (let (($x19417 (and (<= (* 4 layer) phase_61) (<= phase_61 (+ (* 4 layer) 3)))))
 (let ((?x20512 (ite $x19417 1 0)))
 (let (($x12886 (and (<= (* 4 layer) phase_60) (<= phase_60 (+ (* 4 layer) 3)))))
 (let ((?x13852 (ite $x12886 1 0)))
 (let (($x12769 (and (<= (* 4 layer) phase_59) (<= phase_59 (+ (* 4 layer) 3)))))
 (let ((?x12799 (ite $x12769 1 0)))
 (let (($x12688 (and (<= (* 4 layer) phase_58) (<= phase_58 (+ (* 4 layer) 3)))))
 (let ((?x12697 (ite $x12688 1 0)))
 (let (($x12608 (and (<= (* 4 layer) phase_57) (<= phase_57 (+ (* 4 layer) 3)))))
 (let ((?x12629 (ite $x12608 1 0)))
 (let (($x12577 (and (<= (* 4 layer) phase_56) (<= phase_56 (+ (* 4 layer) 3)))))
 (let ((?x12578 (ite $x12577 1 0)))
 (let (($x12552 (and (<= (* 4 layer) phase_55) (<= phase_55 (+ (* 4 layer) 3)))))
 (let ((?x12557 (ite $x12552 1 0)))
 (let (($x12084 (and (<= (* 4 layer) phase_54) (<= phase_54 (+ (* 4 layer) 3)))))
 (let ((?x12216 (ite $x12084 1 0)))
 (let (($x11657 (and (<= (* 4 layer) phase_53) (<= phase_53 (+ (* 4 layer) 3)))))
 (let ((?x11850 (ite $x11657 1 0)))
 (let (($x11274 (and (<= (* 4 layer) phase_52) (<= phase_52 (+ (* 4 layer) 3)))))
 (let ((?x11356 (ite $x11274 1 0)))
 (let (($x10776 (and (<= (* 4 layer) phase_51) (<= phase_51 (+ (* 4 layer) 3)))))
 (let ((?x10954 (ite $x10776 1 0)))
 (let (($x9487 (and (<= (* 4 layer) phase_50) (<= phase_50 (+ (* 4 layer) 3)))))
 (let ((?x9713 (ite $x9487 1 0)))
 (let (($x8014 (and (<= (* 4 layer) phase_49) (<= phase_49 (+ (* 4 layer) 3)))))
 (let ((?x8219 (ite $x8014 1 0)))
 (let (($x7870 (and (<= (* 4 layer) phase_48) (<= phase_48 (+ (* 4 layer) 3)))))
 (let ((?x7873 (ite $x7870 1 0)))
 (let (($x7715 (and (<= (* 4 layer) phase_47) (<= phase_47 (+ (* 4 layer) 3)))))
 (let ((?x7724 (ite $x7715 1 0)))
 (let (($x7643 (and (<= (* 4 layer) phase_46) (<= phase_46 (+ (* 4 layer) 3)))))
 (let ((?x7653 (ite $x7643 1 0)))
 (let (($x7557 (and (<= (* 4 layer) phase_45) (<= phase_45 (+ (* 4 layer) 3)))))
 (let ((?x7569 (ite $x7557 1 0)))
 (let (($x7515 (and (<= (* 4 layer) phase_44) (<= phase_44 (+ (* 4 layer) 3)))))
 (let ((?x7529 (ite $x7515 1 0)))
 (let (($x7450 (and (<= (* 4 layer) phase_43) (<= phase_43 (+ (* 4 layer) 3)))))
 (let ((?x7466 (ite $x7450 1 0)))
 (let (($x7410 (and (<= (* 4 layer) phase_42) (<= phase_42 (+ (* 4 layer) 3)))))
 (let ((?x7421 (ite $x7410 1 0)))
 (let (($x7354 (and (<= (* 4 layer) phase_41) (<= phase_41 (+ (* 4 layer) 3)))))
 (let ((?x7363 (ite $x7354 1 0)))
 (let (($x7237 (and (<= (* 4 layer) phase_40) (<= phase_40 (+ (* 4 layer) 3)))))
 (let ((?x7258 (ite $x7237 1 0)))
 (let (($x7132 (and (<= (* 4 layer) phase_39) (<= phase_39 (+ (* 4 layer) 3)))))
 (let ((?x7197 (ite $x7132 1 0)))
 (let (($x6987 (and (<= (* 4 layer) phase_38) (<= phase_38 (+ (* 4 layer) 3)))))
 (let ((?x7053 (ite $x6987 1 0)))
 (let (($x6885 (and (<= (* 4 layer) phase_37) (<= phase_37 (+ (* 4 layer) 3)))))
 (let ((?x6910 (ite $x6885 1 0)))
 (let (($x6839 (and (<= (* 4 layer) phase_36) (<= phase_36 (+ (* 4 layer) 3)))))
 (let ((?x6860 (ite $x6839 1 0)))
 (let (($x6801 (and (<= (* 4 layer) phase_35) (<= phase_35 (+ (* 4 layer) 3)))))
 (let ((?x6826 (ite $x6801 1 0)))
 (let (($x6707 (and (<= (* 4 layer) phase_34) (<= phase_34 (+ (* 4 layer) 3)))))
 (let ((?x6741 (ite $x6707 1 0)))
 (let (($x6660 (and (<= (* 4 layer) phase_33) (<= phase_33 (+ (* 4 layer) 3)))))
 (let ((?x6662 (ite $x6660 1 0)))
 (let (($x6604 (and (<= (* 4 layer) phase_32) (<= phase_32 (+ (* 4 layer) 3)))))
 (let ((?x6635 (ite $x6604 1 0)))
 (let (($x6517 (and (<= (* 4 layer) phase_31) (<= phase_31 (+ (* 4 layer) 3)))))
 (let ((?x6522 (ite $x6517 1 0)))
 (let (($x6442 (and (<= (* 4 layer) phase_30) (<= phase_30 (+ (* 4 layer) 3)))))
 (let ((?x6462 (ite $x6442 1 0)))
 (let (($x6419 (and (<= (* 4 layer) phase_29) (<= phase_29 (+ (* 4 layer) 3)))))
 (let ((?x6427 (ite $x6419 1 0)))
 (let (($x6380 (and (<= (* 4 layer) phase_28) (<= phase_28 (+ (* 4 layer) 3)))))
 (let ((?x6393 (ite $x6380 1 0)))
 (let (($x6327 (and (<= (* 4 layer) phase_27) (<= phase_27 (+ (* 4 layer) 3)))))
 (let ((?x6337 (ite $x6327 1 0)))
 (let (($x6157 (and (<= (* 4 layer) phase_26) (<= phase_26 (+ (* 4 layer) 3)))))
 (let ((?x6197 (ite $x6157 1 0)))
 (let (($x5752 (and (<= (* 4 layer) phase_25) (<= phase_25 (+ (* 4 layer) 3)))))
 (let ((?x5843 (ite $x5752 1 0)))
 (let (($x5462 (and (<= (* 4 layer) phase_24) (<= phase_24 (+ (* 4 layer) 3)))))
 (let ((?x5544 (ite $x5462 1 0)))
 (let (($x5039 (and (<= (* 4 layer) phase_23) (<= phase_23 (+ (* 4 layer) 3)))))
 (let ((?x5071 (ite $x5039 1 0)))
 (let (($x4949 (and (<= (* 4 layer) phase_22) (<= phase_22 (+ (* 4 layer) 3)))))
 (let ((?x4965 (ite $x4949 1 0)))
 (let (($x4876 (and (<= (* 4 layer) phase_21) (<= phase_21 (+ (* 4 layer) 3)))))
 (let ((?x4892 (ite $x4876 1 0)))
 (let (($x4802 (and (<= (* 4 layer) phase_20) (<= phase_20 (+ (* 4 layer) 3)))))
 (let ((?x4823 (ite $x4802 1 0)))
 (let (($x4733 (and (<= (* 4 layer) phase_19) (<= phase_19 (+ (* 4 layer) 3)))))
 (let ((?x4749 (ite $x4733 1 0)))
 (let (($x4680 (and (<= (* 4 layer) phase_18) (<= phase_18 (+ (* 4 layer) 3)))))
 (let ((?x4695 (ite $x4680 1 0)))
 (let (($x4611 (and (<= (* 4 layer) phase_17) (<= phase_17 (+ (* 4 layer) 3)))))
 (let ((?x4627 (ite $x4611 1 0)))
 (let (($x4526 (and (<= (* 4 layer) phase_16) (<= phase_16 (+ (* 4 layer) 3)))))
 (let ((?x4542 (ite $x4526 1 0)))
 (let (($x4432 (and (<= (* 4 layer) phase_15) (<= phase_15 (+ (* 4 layer) 3)))))
 (let ((?x4456 (ite $x4432 1 0)))
 (let (($x4331 (and (<= (* 4 layer) phase_14) (<= phase_14 (+ (* 4 layer) 3)))))
 (let ((?x4357 (ite $x4331 1 0)))
 (let (($x3987 (and (<= (* 4 layer) phase_13) (<= phase_13 (+ (* 4 layer) 3)))))
 (let ((?x4126 (ite $x3987 1 0)))
 (let (($x3961 (and (<= (* 4 layer) phase_12) (<= phase_12 (+ (* 4 layer) 3)))))
 (let ((?x3963 (ite $x3961 1 0)))
 (let (($x3820 (and (<= (* 4 layer) phase_11) (<= phase_11 (+ (* 4 layer) 3)))))
 (let ((?x3828 (ite $x3820 1 0)))
 (let (($x3779 (and (<= (* 4 layer) phase_10) (<= phase_10 (+ (* 4 layer) 3)))))
 (let ((?x3786 (ite $x3779 1 0)))
 (let (($x3287 (and (<= (* 4 layer) phase_9) (<= phase_9 (+ (* 4 layer) 3)))))
 (let ((?x3485 (ite $x3287 1 0)))
 (let (($x2804 (and (<= (* 4 layer) phase_8) (<= phase_8 (+ (* 4 layer) 3)))))
 (let ((?x2979 (ite $x2804 1 0)))
 (let (($x2155 (and (<= (* 4 layer) phase_7) (<= phase_7 (+ (* 4 layer) 3)))))
 (let ((?x2195 (ite $x2155 1 0)))
 (let (($x1507 (and (<= (* 4 layer) phase_6) (<= phase_6 (+ (* 4 layer) 3)))))
 (let ((?x1584 (ite $x1507 1 0)))
 (let (($x1343 (and (<= (* 4 layer) phase_5) (<= phase_5 (+ (* 4 layer) 3)))))
 (let ((?x1417 (ite $x1343 1 0)))
 (let (($x1274 (and (<= (* 4 layer) phase_4) (<= phase_4 (+ (* 4 layer) 3)))))
 (let ((?x1298 (ite $x1274 1 0)))
 (let (($x1198 (and (<= (* 4 layer) phase_3) (<= phase_3 (+ (* 4 layer) 3)))))
 (let ((?x1218 (ite $x1198 1 0)))
 (let (($x1039 (and (<= (* 4 layer) phase_2) (<= phase_2 (+ (* 4 layer) 3)))))
 (let ((?x1102 (ite $x1039 1 0)))
 (let (($x961 (and (<= (* 4 layer) phase_1) (<= phase_1 (+ (* 4 layer) 3)))))
 (let ((?x1044 (ite $x961 1 0)))
 (let ((?x3818 (+ ?x1044 ?x1102 ?x1218 ?x1298 ?x1417 ?x1584 ?x2195 ?x2979 ?x3485 ?x3786 ?x3828 ?x3963 ?x4126 ?x4357 ?x4456 ?x4542 ?x4627 ?x4695 ?x4749 ?x4823 ?x4892 ?x4965 ?x5071 ?x5544 ?x5843 ?x6197 ?x6337 ?x6393 ?x6427 ?x6462 ?x6522 ?x6635 ?x6662 ?x6741 ?x6826 ?x6860 ?x6910 ?x7053 ?x7197 ?x7258 ?x7363 ?x7421 ?x7466 ?x7529 ?x7569 ?x7653 ?x7724 ?x7873 ?x8219 ?x9713 ?x10954 ?x11356 ?x11850 ?x12216 ?x12557 ?x12578 ?x12629 ?x12697 ?x12799 ?x13852 ?x20512 ?x21146 ?x21295 ?x21421 ?x21536 ?x21723 ?x21867 ?x21917 ?x23095 ?x3077 ?x1263 ?x10966 ?x12245 ?x12269 ?x6784 ?x984 ?x7347 ?x6395 ?x6614 ?x7659 ?x12749 ?x6336 ?x7377 ?x965 ?x7018 ?x7166 ?x21685 ?x2385 ?x7238 ?x15553 ?x6714 ?x7091 ?x12271 ?x21691 ?x7693 ?x21664 ?x21432 ?x3775 ?x6469 ?x7123 ?x21409 ?x12542 ?x7357 ?x6934 ?x1360 ?x7603 ?x1673 ?x21701 ?x1147 ?x985 ?x3795 ?x861 ?x21192 ?x21524 ?x8667 ?x21381 ?x21675 ?x21777 ?x6447 ?x6655 ?x6725 ?x1297 ?x1190 ?x21684 ?x6544 ?x1176 ?x9410 ?x6169 ?x5045 ?x21290 ?x8553 ?x6368 ?x2637 ?x4988 ?x4910 ?x4841 ?x4772 ?x4703 ?x4629 ?x4560 ?x4433 ?x4332 ?x10617 ?x11191 ?x12680 ?x23120 ?x23040 ?x12312 ?x6531 ?x6713 ?x7494 ?x6923 ?x6376 ?x7434 ?x6611 ?x3035 ?x7260 ?x6697 ?x6827 ?x7330 ?x4513 ?x6729 ?x7043 ?x21264 ?x12635 ?x7147 ?x2801 ?x21906 ?x7640 ?x4392 ?x3768 ?x7774 ?x1260 ?x6470 ?x7723 ?x12716 ?x6242 ?x7496 ?x12764 ?x12258 ?x7683 ?x9006 ?x12827 ?x7797 ?x10767 ?x12565 ?x7264 ?x6340 ?x6377 ?x7328 ?x827 ?x21202 ?x7706 ?x12455 ?x7037 ?x7484 ?x2803 ?x12590 ?x7498 ?x20383 ?x17899 ?x7486 ?x6704 ?x9129 ?x7087 ?x3792 ?x21891 ?x7583 ?x9357 ?x6950 ?x7287 ?x10761 ?x6654 ?x7862 ?x21382 ?x2196 ?x2384 ?x2584 ?x7135 ?x3800 ?x7460 ?x21711 ?x7398 ?x12065 ?x12869 ?x7452 ?x21674 ?x3417 ?x2916 ?x21523 ?x12734 ?x12729 ?x9244 ?x12875 ?x12810 ?x21801 ?x4261 ?x6414 ?x6526 ?x4324 ?x6602 ?x6937 ?x987 ?x2745)))
 (> ?x3818 max_ffn)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
