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
 (= phase_74 10))
(assert
 (= phase_75 10))
(assert
 (= phase_76 10))
(assert
 (= phase_77 10))
(assert
 (= phase_78 10))
(assert
 (= phase_79 10))
(assert
 (= phase_80 10))
(assert
 (= phase_81 10))
(assert
 (= phase_82 10))
(assert
 (= phase_83 10))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_86 10))
(assert
 (= phase_87 10))
(assert
 (= phase_88 10))
(assert
 (= phase_89 10))
(assert
 (= phase_90 10))
(assert
 (= phase_91 10))
(assert
 (= phase_92 10))
(assert
 (= phase_93 10))
(assert
 (= phase_94 10))
(assert
 (= phase_95 10))
(assert
 (= phase_96 10))
(assert
 (= phase_97 10))
(assert
 (= phase_98 10))
(assert
 (= phase_99 10))
(assert
 (= phase_100 10))
(assert
 (= phase_101 10))
(assert
 (= phase_102 10))
(assert
 (= phase_103 10))
(assert
 (= phase_104 10))
(assert
 (= phase_105 10))
(assert
 (= phase_106 10))
(assert
 (= phase_107 10))
(assert
 (= phase_108 10))
(assert
 (= phase_109 10))
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
 (= phase_131 6))
(assert
 (= phase_132 6))
(assert
 (= phase_133 6))
(assert
 (= phase_134 6))
(assert
 (= phase_135 6))
(assert
 (= phase_136 6))
(assert
 (= phase_137 6))
(assert
 (= phase_138 6))
(assert
 (= phase_139 6))
(assert
 (= phase_140 6))
(assert
 (= phase_141 6))
(assert
 (= phase_142 6))
(assert
 (= phase_143 6))
(assert
 (= phase_144 6))
(assert
 (= phase_145 6))
(assert
 (= phase_146 6))
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
 (= phase_197 6))
(assert
 (= phase_198 6))
(assert
 (= phase_200 6))
(assert
 (= phase_201 6))
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
 (= phase_215 6))
(assert
 (= phase_216 6))
(assert
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_221 6))
(assert
 (= phase_222 6))
(assert
 (= phase_224 2))
(assert
 (= phase_225 2))
(assert
 (= phase_227 2))
(assert
 (= phase_228 2))
(assert
 (= phase_230 6))
(assert
 (= phase_231 6))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_236 6))
(assert
 (= phase_237 6))
(assert
 (= phase_239 6))
(assert
 (= phase_240 6))
(assert
 (= phase_242 6))
(assert
 (= phase_243 6))
(assert
 (= phase_245 2))
(assert
 (= phase_246 2))
(assert
 (= phase_248 2))
(assert
 (= phase_249 2))
(assert
 (= phase_251 6))
(assert
 (= phase_252 6))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_257 6))
(assert
 (= phase_258 6))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
(assert
 (= phase_263 6))
(assert
 (= phase_264 6))
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
 (= phase_278 2))
(assert
 (= phase_279 2))
(assert
 (= max_ffn 96))
(assert
 (let (($x4854 (and (<= (* 4 layer) phase_279) (<= phase_279 (+ (* 4 layer) 3)))))
 (let ((?x4818 (ite $x4854 1 0)))
 (let (($x4947 (and (<= (* 4 layer) phase_278) (<= phase_278 (+ (* 4 layer) 3)))))
 (let ((?x4891 (ite $x4947 1 0)))
 (let (($x5059 (and (<= (* 4 layer) phase_276) (<= phase_276 (+ (* 4 layer) 3)))))
 (let ((?x5003 (ite $x5059 1 0)))
 (let (($x5163 (and (<= (* 4 layer) phase_275) (<= phase_275 (+ (* 4 layer) 3)))))
 (let ((?x5109 (ite $x5163 1 0)))
 (let (($x5272 (and (<= (* 4 layer) phase_273) (<= phase_273 (+ (* 4 layer) 3)))))
 (let ((?x5216 (ite $x5272 1 0)))
 (let (($x5389 (and (<= (* 4 layer) phase_272) (<= phase_272 (+ (* 4 layer) 3)))))
 (let ((?x5322 (ite $x5389 1 0)))
 (let (($x5495 (and (<= (* 4 layer) phase_270) (<= phase_270 (+ (* 4 layer) 3)))))
 (let ((?x5439 (ite $x5495 1 0)))
 (let (($x5606 (and (<= (* 4 layer) phase_269) (<= phase_269 (+ (* 4 layer) 3)))))
 (let ((?x5550 (ite $x5606 1 0)))
 (let (($x5897 (and (<= (* 4 layer) phase_267) (<= phase_267 (+ (* 4 layer) 3)))))
 (let ((?x5659 (ite $x5897 1 0)))
 (let (($x5934 (and (<= (* 4 layer) phase_266) (<= phase_266 (+ (* 4 layer) 3)))))
 (let ((?x5917 (ite $x5934 1 0)))
 (let (($x5976 (and (<= (* 4 layer) phase_264) (<= phase_264 (+ (* 4 layer) 3)))))
 (let ((?x5954 (ite $x5976 1 0)))
 (let (($x5944 (and (<= (* 4 layer) phase_263) (<= phase_263 (+ (* 4 layer) 3)))))
 (let ((?x5991 (ite $x5944 1 0)))
 (let (($x6020 (and (<= (* 4 layer) phase_261) (<= phase_261 (+ (* 4 layer) 3)))))
 (let ((?x4390 (ite $x6020 1 0)))
 (let (($x6039 (and (<= (* 4 layer) phase_260) (<= phase_260 (+ (* 4 layer) 3)))))
 (let ((?x6029 (ite $x6039 1 0)))
 (let (($x6265 (and (<= (* 4 layer) phase_258) (<= phase_258 (+ (* 4 layer) 3)))))
 (let ((?x6044 (ite $x6265 1 0)))
 (let (($x6300 (and (<= (* 4 layer) phase_257) (<= phase_257 (+ (* 4 layer) 3)))))
 (let ((?x6186 (ite $x6300 1 0)))
 (let (($x6301 (and (<= (* 4 layer) phase_255) (<= phase_255 (+ (* 4 layer) 3)))))
 (let ((?x6189 (ite $x6301 1 0)))
 (let (($x21088 (and (<= (* 4 layer) phase_254) (<= phase_254 (+ (* 4 layer) 3)))))
 (let ((?x6270 (ite $x21088 1 0)))
 (let (($x6303 (and (<= (* 4 layer) phase_252) (<= phase_252 (+ (* 4 layer) 3)))))
 (let ((?x5738 (ite $x6303 1 0)))
 (let (($x21089 (and (<= (* 4 layer) phase_251) (<= phase_251 (+ (* 4 layer) 3)))))
 (let ((?x6274 (ite $x21089 1 0)))
 (let (($x6096 (and (<= (* 4 layer) phase_249) (<= phase_249 (+ (* 4 layer) 3)))))
 (let ((?x6276 (ite $x6096 1 0)))
 (let (($x21097 (and (<= (* 4 layer) phase_248) (<= phase_248 (+ (* 4 layer) 3)))))
 (let ((?x6100 (ite $x21097 1 0)))
 (let (($x6307 (and (<= (* 4 layer) phase_246) (<= phase_246 (+ (* 4 layer) 3)))))
 (let ((?x6214 (ite $x6307 1 0)))
 (let (($x21091 (and (<= (* 4 layer) phase_245) (<= phase_245 (+ (* 4 layer) 3)))))
 (let ((?x6282 (ite $x21091 1 0)))
 (let (($x6129 (and (<= (* 4 layer) phase_243) (<= phase_243 (+ (* 4 layer) 3)))))
 (let ((?x6284 (ite $x6129 1 0)))
 (let (($x21098 (and (<= (* 4 layer) phase_242) (<= phase_242 (+ (* 4 layer) 3)))))
 (let ((?x6133 (ite $x21098 1 0)))
 (let (($x6144 (and (<= (* 4 layer) phase_240) (<= phase_240 (+ (* 4 layer) 3)))))
 (let ((?x6288 (ite $x6144 1 0)))
 (let (($x5501 (and (<= (* 4 layer) phase_239) (<= phase_239 (+ (* 4 layer) 3)))))
 (let ((?x6148 (ite $x5501 1 0)))
 (let (($x6160 (and (<= (* 4 layer) phase_237) (<= phase_237 (+ (* 4 layer) 3)))))
 (let ((?x6155 (ite $x6160 1 0)))
 (let (($x21101 (and (<= (* 4 layer) phase_236) (<= phase_236 (+ (* 4 layer) 3)))))
 (let ((?x5543 (ite $x21101 1 0)))
 (let (($x21085 (and (<= (* 4 layer) phase_234) (<= phase_234 (+ (* 4 layer) 3)))))
 (let ((?x6258 (ite $x21085 1 0)))
 (let (($x21107 (and (<= (* 4 layer) phase_233) (<= phase_233 (+ (* 4 layer) 3)))))
 (let ((?x6298 (ite $x21107 1 0)))
 (let (($x21123 (and (<= (* 4 layer) phase_231) (<= phase_231 (+ (* 4 layer) 3)))))
 (let ((?x21114 (ite $x21123 1 0)))
 (let (($x21139 (and (<= (* 4 layer) phase_230) (<= phase_230 (+ (* 4 layer) 3)))))
 (let ((?x21130 (ite $x21139 1 0)))
 (let (($x9387 (and (<= (* 4 layer) phase_228) (<= phase_228 (+ (* 4 layer) 3)))))
 (let ((?x21146 (ite $x9387 1 0)))
 (let (($x9360 (and (<= (* 4 layer) phase_227) (<= phase_227 (+ (* 4 layer) 3)))))
 (let ((?x9389 (ite $x9360 1 0)))
 (let (($x9329 (and (<= (* 4 layer) phase_225) (<= phase_225 (+ (* 4 layer) 3)))))
 (let ((?x9332 (ite $x9329 1 0)))
 (let (($x9305 (and (<= (* 4 layer) phase_224) (<= phase_224 (+ (* 4 layer) 3)))))
 (let ((?x9320 (ite $x9305 1 0)))
 (let (($x15713 (and (<= (* 4 layer) phase_222) (<= phase_222 (+ (* 4 layer) 3)))))
 (let ((?x15433 (ite $x15713 1 0)))
 (let (($x485 (and (<= (* 4 layer) phase_221) (<= phase_221 (+ (* 4 layer) 3)))))
 (let ((?x15784 (ite $x485 1 0)))
 (let (($x503 (and (<= (* 4 layer) phase_219) (<= phase_219 (+ (* 4 layer) 3)))))
 (let ((?x466 (ite $x503 1 0)))
 (let (($x513 (and (<= (* 4 layer) phase_218) (<= phase_218 (+ (* 4 layer) 3)))))
 (let ((?x499 (ite $x513 1 0)))
 (let (($x529 (and (<= (* 4 layer) phase_216) (<= phase_216 (+ (* 4 layer) 3)))))
 (let ((?x520 (ite $x529 1 0)))
 (let (($x566 (and (<= (* 4 layer) phase_215) (<= phase_215 (+ (* 4 layer) 3)))))
 (let ((?x536 (ite $x566 1 0)))
 (let (($x979 (and (<= (* 4 layer) phase_213) (<= phase_213 (+ (* 4 layer) 3)))))
 (let ((?x545 (ite $x979 1 0)))
 (let (($x1223 (and (<= (* 4 layer) phase_212) (<= phase_212 (+ (* 4 layer) 3)))))
 (let ((?x903 (ite $x1223 1 0)))
 (let (($x975 (and (<= (* 4 layer) phase_210) (<= phase_210 (+ (* 4 layer) 3)))))
 (let ((?x1176 (ite $x975 1 0)))
 (let (($x845 (and (<= (* 4 layer) phase_209) (<= phase_209 (+ (* 4 layer) 3)))))
 (let ((?x938 (ite $x845 1 0)))
 (let (($x1126 (and (<= (* 4 layer) phase_207) (<= phase_207 (+ (* 4 layer) 3)))))
 (let ((?x1007 (ite $x1126 1 0)))
 (let (($x1016 (and (<= (* 4 layer) phase_206) (<= phase_206 (+ (* 4 layer) 3)))))
 (let ((?x557 (ite $x1016 1 0)))
 (let (($x1136 (and (<= (* 4 layer) phase_204) (<= phase_204 (+ (* 4 layer) 3)))))
 (let ((?x1022 (ite $x1136 1 0)))
 (let (($x961 (and (<= (* 4 layer) phase_203) (<= phase_203 (+ (* 4 layer) 3)))))
 (let ((?x1215 (ite $x961 1 0)))
 (let (($x1177 (and (<= (* 4 layer) phase_201) (<= phase_201 (+ (* 4 layer) 3)))))
 (let ((?x1039 (ite $x1177 1 0)))
 (let (($x862 (and (<= (* 4 layer) phase_200) (<= phase_200 (+ (* 4 layer) 3)))))
 (let ((?x829 (ite $x862 1 0)))
 (let (($x916 (and (<= (* 4 layer) phase_198) (<= phase_198 (+ (* 4 layer) 3)))))
 (let ((?x898 (ite $x916 1 0)))
 (let (($x970 (and (<= (* 4 layer) phase_197) (<= phase_197 (+ (* 4 layer) 3)))))
 (let ((?x952 (ite $x970 1 0)))
 (let (($x1024 (and (<= (* 4 layer) phase_195) (<= phase_195 (+ (* 4 layer) 3)))))
 (let ((?x1006 (ite $x1024 1 0)))
 (let (($x1091 (and (<= (* 4 layer) phase_194) (<= phase_194 (+ (* 4 layer) 3)))))
 (let ((?x1049 (ite $x1091 1 0)))
 (let (($x1145 (and (<= (* 4 layer) phase_192) (<= phase_192 (+ (* 4 layer) 3)))))
 (let ((?x1103 (ite $x1145 1 0)))
 (let (($x1213 (and (<= (* 4 layer) phase_191) (<= phase_191 (+ (* 4 layer) 3)))))
 (let ((?x1157 (ite $x1213 1 0)))
 (let (($x1275 (and (<= (* 4 layer) phase_189) (<= phase_189 (+ (* 4 layer) 3)))))
 (let ((?x1255 (ite $x1275 1 0)))
 (let (($x1327 (and (<= (* 4 layer) phase_188) (<= phase_188 (+ (* 4 layer) 3)))))
 (let ((?x1310 (ite $x1327 1 0)))
 (let (($x1395 (and (<= (* 4 layer) phase_186) (<= phase_186 (+ (* 4 layer) 3)))))
 (let ((?x1359 (ite $x1395 1 0)))
 (let (($x1459 (and (<= (* 4 layer) phase_185) (<= phase_185 (+ (* 4 layer) 3)))))
 (let ((?x1418 (ite $x1459 1 0)))
 (let (($x1533 (and (<= (* 4 layer) phase_183) (<= phase_183 (+ (* 4 layer) 3)))))
 (let ((?x1485 (ite $x1533 1 0)))
 (let (($x1615 (and (<= (* 4 layer) phase_182) (<= phase_182 (+ (* 4 layer) 3)))))
 (let ((?x1558 (ite $x1615 1 0)))
 (let (($x1703 (and (<= (* 4 layer) phase_181) (<= phase_181 (+ (* 4 layer) 3)))))
 (let ((?x1670 (ite $x1703 1 0)))
 (let (($x1835 (and (<= (* 4 layer) phase_180) (<= phase_180 (+ (* 4 layer) 3)))))
 (let ((?x1767 (ite $x1835 1 0)))
 (let (($x1947 (and (<= (* 4 layer) phase_179) (<= phase_179 (+ (* 4 layer) 3)))))
 (let ((?x1874 (ite $x1947 1 0)))
 (let (($x2069 (and (<= (* 4 layer) phase_178) (<= phase_178 (+ (* 4 layer) 3)))))
 (let ((?x1989 (ite $x2069 1 0)))
 (let (($x2199 (and (<= (* 4 layer) phase_177) (<= phase_177 (+ (* 4 layer) 3)))))
 (let ((?x2110 (ite $x2199 1 0)))
 (let (($x2335 (and (<= (* 4 layer) phase_176) (<= phase_176 (+ (* 4 layer) 3)))))
 (let ((?x2286 (ite $x2335 1 0)))
 (let (($x2531 (and (<= (* 4 layer) phase_175) (<= phase_175 (+ (* 4 layer) 3)))))
 (let ((?x2431 (ite $x2531 1 0)))
 (let (($x2691 (and (<= (* 4 layer) phase_174) (<= phase_174 (+ (* 4 layer) 3)))))
 (let ((?x2586 (ite $x2691 1 0)))
 (let (($x2919 (and (<= (* 4 layer) phase_173) (<= phase_173 (+ (* 4 layer) 3)))))
 (let ((?x2749 (ite $x2919 1 0)))
 (let (($x3351 (and (<= (* 4 layer) phase_172) (<= phase_172 (+ (* 4 layer) 3)))))
 (let ((?x3224 (ite $x3351 1 0)))
 (let (($x3554 (and (<= (* 4 layer) phase_171) (<= phase_171 (+ (* 4 layer) 3)))))
 (let ((?x3420 (ite $x3554 1 0)))
 (let (($x3766 (and (<= (* 4 layer) phase_170) (<= phase_170 (+ (* 4 layer) 3)))))
 (let ((?x3622 (ite $x3766 1 0)))
 (let (($x3781 (and (<= (* 4 layer) phase_169) (<= phase_169 (+ (* 4 layer) 3)))))
 (let ((?x3772 (ite $x3781 1 0)))
 (let (($x3797 (and (<= (* 4 layer) phase_168) (<= phase_168 (+ (* 4 layer) 3)))))
 (let ((?x3788 (ite $x3797 1 0)))
 (let (($x3813 (and (<= (* 4 layer) phase_167) (<= phase_167 (+ (* 4 layer) 3)))))
 (let ((?x3804 (ite $x3813 1 0)))
 (let (($x7027 (and (<= (* 4 layer) phase_166) (<= phase_166 (+ (* 4 layer) 3)))))
 (let ((?x7415 (ite $x7027 1 0)))
 (let (($x7493 (and (<= (* 4 layer) phase_165) (<= phase_165 (+ (* 4 layer) 3)))))
 (let ((?x7257 (ite $x7493 1 0)))
 (let (($x7350 (and (<= (* 4 layer) phase_164) (<= phase_164 (+ (* 4 layer) 3)))))
 (let ((?x7423 (ite $x7350 1 0)))
 (let (($x7157 (and (<= (* 4 layer) phase_163) (<= phase_163 (+ (* 4 layer) 3)))))
 (let ((?x6747 (ite $x7157 1 0)))
 (let (($x7348 (and (<= (* 4 layer) phase_162) (<= phase_162 (+ (* 4 layer) 3)))))
 (let ((?x7255 (ite $x7348 1 0)))
 (let (($x6926 (and (<= (* 4 layer) phase_161) (<= phase_161 (+ (* 4 layer) 3)))))
 (let ((?x7156 (ite $x6926 1 0)))
 (let (($x7035 (and (<= (* 4 layer) phase_160) (<= phase_160 (+ (* 4 layer) 3)))))
 (let ((?x7231 (ite $x7035 1 0)))
 (let (($x7034 (and (<= (* 4 layer) phase_159) (<= phase_159 (+ (* 4 layer) 3)))))
 (let ((?x7273 (ite $x7034 1 0)))
 (let (($x7192 (and (<= (* 4 layer) phase_158) (<= phase_158 (+ (* 4 layer) 3)))))
 (let ((?x6911 (ite $x7192 1 0)))
 (let (($x5586 (and (<= (* 4 layer) phase_157) (<= phase_157 (+ (* 4 layer) 3)))))
 (let ((?x7142 (ite $x5586 1 0)))
 (let (($x6771 (and (<= (* 4 layer) phase_156) (<= phase_156 (+ (* 4 layer) 3)))))
 (let ((?x7131 (ite $x6771 1 0)))
 (let (($x7093 (and (<= (* 4 layer) phase_155) (<= phase_155 (+ (* 4 layer) 3)))))
 (let ((?x7023 (ite $x7093 1 0)))
 (let (($x6958 (and (<= (* 4 layer) phase_154) (<= phase_154 (+ (* 4 layer) 3)))))
 (let ((?x6556 (ite $x6958 1 0)))
 (let (($x5878 (and (<= (* 4 layer) phase_153) (<= phase_153 (+ (* 4 layer) 3)))))
 (let ((?x7566 (ite $x5878 1 0)))
 (let (($x5460 (and (<= (* 4 layer) phase_152) (<= phase_152 (+ (* 4 layer) 3)))))
 (let ((?x7012 (ite $x5460 1 0)))
 (let (($x6859 (and (<= (* 4 layer) phase_151) (<= phase_151 (+ (* 4 layer) 3)))))
 (let ((?x6980 (ite $x6859 1 0)))
 (let (($x6692 (and (<= (* 4 layer) phase_150) (<= phase_150 (+ (* 4 layer) 3)))))
 (let ((?x10678 (ite $x6692 1 0)))
 (let (($x6539 (and (<= (* 4 layer) phase_149) (<= phase_149 (+ (* 4 layer) 3)))))
 (let ((?x6624 (ite $x6539 1 0)))
 (let (($x6687 (and (<= (* 4 layer) phase_148) (<= phase_148 (+ (* 4 layer) 3)))))
 (let ((?x6781 (ite $x6687 1 0)))
 (let (($x6701 (and (<= (* 4 layer) phase_146) (<= phase_146 (+ (* 4 layer) 3)))))
 (let ((?x6765 (ite $x6701 1 0)))
 (let (($x6754 (and (<= (* 4 layer) phase_145) (<= phase_145 (+ (* 4 layer) 3)))))
 (let ((?x6826 (ite $x6754 1 0)))
 (let (($x3874 (and (<= (* 4 layer) phase_144) (<= phase_144 (+ (* 4 layer) 3)))))
 (let ((?x3864 (ite $x3874 1 0)))
 (let (($x3906 (and (<= (* 4 layer) phase_143) (<= phase_143 (+ (* 4 layer) 3)))))
 (let ((?x3839 (ite $x3906 1 0)))
 (let (($x4072 (and (<= (* 4 layer) phase_142) (<= phase_142 (+ (* 4 layer) 3)))))
 (let ((?x3995 (ite $x4072 1 0)))
 (let (($x4104 (and (<= (* 4 layer) phase_141) (<= phase_141 (+ (* 4 layer) 3)))))
 (let ((?x4096 (ite $x4104 1 0)))
 (let (($x4141 (and (<= (* 4 layer) phase_140) (<= phase_140 (+ (* 4 layer) 3)))))
 (let ((?x4133 (ite $x4141 1 0)))
 (let (($x4181 (and (<= (* 4 layer) phase_139) (<= phase_139 (+ (* 4 layer) 3)))))
 (let ((?x4173 (ite $x4181 1 0)))
 (let (($x4222 (and (<= (* 4 layer) phase_138) (<= phase_138 (+ (* 4 layer) 3)))))
 (let ((?x4214 (ite $x4222 1 0)))
 (let (($x4254 (and (<= (* 4 layer) phase_137) (<= phase_137 (+ (* 4 layer) 3)))))
 (let ((?x4246 (ite $x4254 1 0)))
 (let (($x4291 (and (<= (* 4 layer) phase_136) (<= phase_136 (+ (* 4 layer) 3)))))
 (let ((?x4283 (ite $x4291 1 0)))
 (let (($x24188 (and (<= (* 4 layer) phase_135) (<= phase_135 (+ (* 4 layer) 3)))))
 (let ((?x23989 (ite $x24188 1 0)))
 (let (($x24722 (and (<= (* 4 layer) phase_134) (<= phase_134 (+ (* 4 layer) 3)))))
 (let ((?x24582 (ite $x24722 1 0)))
 (let (($x25240 (and (<= (* 4 layer) phase_133) (<= phase_133 (+ (* 4 layer) 3)))))
 (let ((?x25112 (ite $x25240 1 0)))
 (let (($x25771 (and (<= (* 4 layer) phase_132) (<= phase_132 (+ (* 4 layer) 3)))))
 (let ((?x25643 (ite $x25771 1 0)))
 (let (($x4317 (and (<= (* 4 layer) phase_131) (<= phase_131 (+ (* 4 layer) 3)))))
 (let ((?x4301 (ite $x4317 1 0)))
 (let (($x4386 (and (<= (* 4 layer) phase_130) (<= phase_130 (+ (* 4 layer) 3)))))
 (let ((?x4370 (ite $x4386 1 0)))
 (let (($x4460 (and (<= (* 4 layer) phase_129) (<= phase_129 (+ (* 4 layer) 3)))))
 (let ((?x4439 (ite $x4460 1 0)))
 (let (($x4529 (and (<= (* 4 layer) phase_128) (<= phase_128 (+ (* 4 layer) 3)))))
 (let ((?x4508 (ite $x4529 1 0)))
 (let (($x4598 (and (<= (* 4 layer) phase_127) (<= phase_127 (+ (* 4 layer) 3)))))
 (let ((?x4582 (ite $x4598 1 0)))
 (let (($x4667 (and (<= (* 4 layer) phase_126) (<= phase_126 (+ (* 4 layer) 3)))))
 (let ((?x4651 (ite $x4667 1 0)))
 (let (($x4745 (and (<= (* 4 layer) phase_125) (<= phase_125 (+ (* 4 layer) 3)))))
 (let ((?x4723 (ite $x4745 1 0)))
 (let (($x4883 (and (<= (* 4 layer) phase_124) (<= phase_124 (+ (* 4 layer) 3)))))
 (let ((?x4844 (ite $x4883 1 0)))
 (let (($x5097 (and (<= (* 4 layer) phase_123) (<= phase_123 (+ (* 4 layer) 3)))))
 (let ((?x5044 (ite $x5097 1 0)))
 (let (($x5310 (and (<= (* 4 layer) phase_122) (<= phase_122 (+ (* 4 layer) 3)))))
 (let ((?x5257 (ite $x5310 1 0)))
 (let (($x5533 (and (<= (* 4 layer) phase_121) (<= phase_121 (+ (* 4 layer) 3)))))
 (let ((?x5480 (ite $x5533 1 0)))
 (let (($x5848 (and (<= (* 4 layer) phase_120) (<= phase_120 (+ (* 4 layer) 3)))))
 (let ((?x5892 (ite $x5848 1 0)))
 (let (($x5987 (and (<= (* 4 layer) phase_119) (<= phase_119 (+ (* 4 layer) 3)))))
 (let ((?x5966 (ite $x5987 1 0)))
 (let (($x6027 (and (<= (* 4 layer) phase_118) (<= phase_118 (+ (* 4 layer) 3)))))
 (let ((?x6015 (ite $x6027 1 0)))
 (let (($x6051 (and (<= (* 4 layer) phase_117) (<= phase_117 (+ (* 4 layer) 3)))))
 (let ((?x6047 (ite $x6051 1 0)))
 (let (($x6072 (and (<= (* 4 layer) phase_116) (<= phase_116 (+ (* 4 layer) 3)))))
 (let ((?x6068 (ite $x6072 1 0)))
 (let (($x6084 (and (<= (* 4 layer) phase_115) (<= phase_115 (+ (* 4 layer) 3)))))
 (let ((?x6080 (ite $x6084 1 0)))
 (let (($x6210 (and (<= (* 4 layer) phase_114) (<= phase_114 (+ (* 4 layer) 3)))))
 (let ((?x6200 (ite $x6210 1 0)))
 (let (($x6114 (and (<= (* 4 layer) phase_113) (<= phase_113 (+ (* 4 layer) 3)))))
 (let ((?x6110 (ite $x6114 1 0)))
 (let (($x6227 (and (<= (* 4 layer) phase_112) (<= phase_112 (+ (* 4 layer) 3)))))
 (let ((?x6225 (ite $x6227 1 0)))
 (let (($x6232 (and (<= (* 4 layer) phase_111) (<= phase_111 (+ (* 4 layer) 3)))))
 (let ((?x6235 (ite $x6232 1 0)))
 (let (($x6294 (and (<= (* 4 layer) phase_109) (<= phase_109 (+ (* 4 layer) 3)))))
 (let ((?x6293 (ite $x6294 1 0)))
 (let (($x6179 (and (<= (* 4 layer) phase_108) (<= phase_108 (+ (* 4 layer) 3)))))
 (let ((?x6173 (ite $x6179 1 0)))
 (let (($x21128 (and (<= (* 4 layer) phase_107) (<= phase_107 (+ (* 4 layer) 3)))))
 (let ((?x21120 (ite $x21128 1 0)))
 (let (($x9395 (and (<= (* 4 layer) phase_106) (<= phase_106 (+ (* 4 layer) 3)))))
 (let ((?x8038 (ite $x9395 1 0)))
 (let (($x9307 (and (<= (* 4 layer) phase_105) (<= phase_105 (+ (* 4 layer) 3)))))
 (let ((?x9334 (ite $x9307 1 0)))
 (let (($x15818 (and (<= (* 4 layer) phase_104) (<= phase_104 (+ (* 4 layer) 3)))))
 (let ((?x15675 (ite $x15818 1 0)))
 (let (($x497 (and (<= (* 4 layer) phase_103) (<= phase_103 (+ (* 4 layer) 3)))))
 (let ((?x474 (ite $x497 1 0)))
 (let (($x534 (and (<= (* 4 layer) phase_102) (<= phase_102 (+ (* 4 layer) 3)))))
 (let ((?x526 (ite $x534 1 0)))
 (let (($x871 (and (<= (* 4 layer) phase_101) (<= phase_101 (+ (* 4 layer) 3)))))
 (let ((?x1123 (ite $x871 1 0)))
 (let (($x839 (and (<= (* 4 layer) phase_100) (<= phase_100 (+ (* 4 layer) 3)))))
 (let ((?x1015 (ite $x839 1 0)))
 (let (($x1144 (and (<= (* 4 layer) phase_99) (<= phase_99 (+ (* 4 layer) 3)))))
 (let ((?x1036 (ite $x1144 1 0)))
 (let (($x932 (and (<= (* 4 layer) phase_98) (<= phase_98 (+ (* 4 layer) 3)))))
 (let ((?x1028 (ite $x932 1 0)))
 (let (($x1209 (and (<= (* 4 layer) phase_97) (<= phase_97 (+ (* 4 layer) 3)))))
 (let ((?x1099 (ite $x1209 1 0)))
 (let (($x930 (and (<= (* 4 layer) phase_96) (<= phase_96 (+ (* 4 layer) 3)))))
 (let ((?x909 (ite $x930 1 0)))
 (let (($x1053 (and (<= (* 4 layer) phase_95) (<= phase_95 (+ (* 4 layer) 3)))))
 (let ((?x1017 (ite $x1053 1 0)))
 (let (($x1161 (and (<= (* 4 layer) phase_94) (<= phase_94 (+ (* 4 layer) 3)))))
 (let ((?x1128 (ite $x1161 1 0)))
 (let (($x1300 (and (<= (* 4 layer) phase_93) (<= phase_93 (+ (* 4 layer) 3)))))
 (let ((?x1271 (ite $x1300 1 0)))
 (let (($x1415 (and (<= (* 4 layer) phase_92) (<= phase_92 (+ (* 4 layer) 3)))))
 (let ((?x1380 (ite $x1415 1 0)))
 (let (($x1559 (and (<= (* 4 layer) phase_91) (<= phase_91 (+ (* 4 layer) 3)))))
 (let ((?x1507 (ite $x1559 1 0)))
 (let (($x1735 (and (<= (* 4 layer) phase_90) (<= phase_90 (+ (* 4 layer) 3)))))
 (let ((?x1702 (ite $x1735 1 0)))
 (let (($x1986 (and (<= (* 4 layer) phase_89) (<= phase_89 (+ (* 4 layer) 3)))))
 (let ((?x1912 (ite $x1986 1 0)))
 (let (($x2244 (and (<= (* 4 layer) phase_88) (<= phase_88 (+ (* 4 layer) 3)))))
 (let ((?x2195 (ite $x2244 1 0)))
 (let (($x2583 (and (<= (* 4 layer) phase_87) (<= phase_87 (+ (* 4 layer) 3)))))
 (let ((?x2483 (ite $x2583 1 0)))
 (let (($x3221 (and (<= (* 4 layer) phase_86) (<= phase_86 (+ (* 4 layer) 3)))))
 (let ((?x2860 (ite $x3221 1 0)))
 (let (($x3623 (and (<= (* 4 layer) phase_85) (<= phase_85 (+ (* 4 layer) 3)))))
 (let ((?x3485 (ite $x3623 1 0)))
 (let (($x3786 (and (<= (* 4 layer) phase_84) (<= phase_84 (+ (* 4 layer) 3)))))
 (let ((?x3778 (ite $x3786 1 0)))
 (let (($x7393 (and (<= (* 4 layer) phase_83) (<= phase_83 (+ (* 4 layer) 3)))))
 (let ((?x3810 (ite $x7393 1 0)))
 (let (($x7459 (and (<= (* 4 layer) phase_82) (<= phase_82 (+ (* 4 layer) 3)))))
 (let ((?x7052 (ite $x7459 1 0)))
 (let (($x7199 (and (<= (* 4 layer) phase_81) (<= phase_81 (+ (* 4 layer) 3)))))
 (let ((?x6881 (ite $x7199 1 0)))
 (let (($x7040 (and (<= (* 4 layer) phase_80) (<= phase_80 (+ (* 4 layer) 3)))))
 (let ((?x7237 (ite $x7040 1 0)))
 (let (($x6983 (and (<= (* 4 layer) phase_79) (<= phase_79 (+ (* 4 layer) 3)))))
 (let ((?x7210 (ite $x6983 1 0)))
 (let (($x7175 (and (<= (* 4 layer) phase_78) (<= phase_78 (+ (* 4 layer) 3)))))
 (let ((?x7100 (ite $x7175 1 0)))
 (let (($x6956 (and (<= (* 4 layer) phase_77) (<= phase_77 (+ (* 4 layer) 3)))))
 (let ((?x6583 (ite $x6956 1 0)))
 (let (($x6946 (and (<= (* 4 layer) phase_76) (<= phase_76 (+ (* 4 layer) 3)))))
 (let ((?x6789 (ite $x6946 1 0)))
 (let (($x10688 (and (<= (* 4 layer) phase_75) (<= phase_75 (+ (* 4 layer) 3)))))
 (let ((?x6931 (ite $x10688 1 0)))
 (let (($x6632 (and (<= (* 4 layer) phase_74) (<= phase_74 (+ (* 4 layer) 3)))))
 (let ((?x6925 (ite $x6632 1 0)))
 (let (($x6507 (and (<= (* 4 layer) phase_72) (<= phase_72 (+ (* 4 layer) 3)))))
 (let ((?x6405 (ite $x6507 1 0)))
 (let (($x17009 (and (<= (* 4 layer) phase_71) (<= phase_71 (+ (* 4 layer) 3)))))
 (let ((?x5204 (ite $x17009 1 0)))
 (let (($x3032 (and (<= (* 4 layer) phase_70) (<= phase_70 (+ (* 4 layer) 3)))))
 (let ((?x3033 (ite $x3032 1 0)))
 (let (($x25746 (and (<= (* 4 layer) phase_69) (<= phase_69 (+ (* 4 layer) 3)))))
 (let ((?x25888 (ite $x25746 1 0)))
 (let (($x25224 (and (<= (* 4 layer) phase_68) (<= phase_68 (+ (* 4 layer) 3)))))
 (let ((?x25354 (ite $x25224 1 0)))
 (let (($x24697 (and (<= (* 4 layer) phase_67) (<= phase_67 (+ (* 4 layer) 3)))))
 (let ((?x24820 (ite $x24697 1 0)))
 (let (($x24153 (and (<= (* 4 layer) phase_66) (<= phase_66 (+ (* 4 layer) 3)))))
 (let ((?x24296 (ite $x24153 1 0)))
 (let (($x21423 (and (<= (* 4 layer) phase_65) (<= phase_65 (+ (* 4 layer) 3)))))
 (let ((?x22013 (ite $x21423 1 0)))
 (let (($x21119 (and (<= (* 4 layer) phase_64) (<= phase_64 (+ (* 4 layer) 3)))))
 (let ((?x21127 (ite $x21119 1 0)))
 (let (($x9953 (and (<= (* 4 layer) phase_63) (<= phase_63 (+ (* 4 layer) 3)))))
 (let ((?x15714 (ite $x9953 1 0)))
 (let (($x9325 (and (<= (* 4 layer) phase_62) (<= phase_62 (+ (* 4 layer) 3)))))
 (let ((?x9337 (ite $x9325 1 0)))
 (let (($x7773 (and (<= (* 4 layer) phase_61) (<= phase_61 (+ (* 4 layer) 3)))))
 (let ((?x9282 (ite $x7773 1 0)))
 (let (($x7374 (and (<= (* 4 layer) phase_60) (<= phase_60 (+ (* 4 layer) 3)))))
 (let ((?x7384 (ite $x7374 1 0)))
 (let (($x7228 (and (<= (* 4 layer) phase_59) (<= phase_59 (+ (* 4 layer) 3)))))
 (let ((?x7324 (ite $x7228 1 0)))
 (let (($x7129 (and (<= (* 4 layer) phase_58) (<= phase_58 (+ (* 4 layer) 3)))))
 (let ((?x7177 (ite $x7129 1 0)))
 (let (($x7062 (and (<= (* 4 layer) phase_57) (<= phase_57 (+ (* 4 layer) 3)))))
 (let ((?x7095 (ite $x7062 1 0)))
 (let (($x6992 (and (<= (* 4 layer) phase_56) (<= phase_56 (+ (* 4 layer) 3)))))
 (let ((?x6993 (ite $x6992 1 0)))
 (let (($x6928 (and (<= (* 4 layer) phase_55) (<= phase_55 (+ (* 4 layer) 3)))))
 (let ((?x6929 (ite $x6928 1 0)))
 (let (($x6860 (and (<= (* 4 layer) phase_54) (<= phase_54 (+ (* 4 layer) 3)))))
 (let ((?x6891 (ite $x6860 1 0)))
 (let (($x6823 (and (<= (* 4 layer) phase_53) (<= phase_53 (+ (* 4 layer) 3)))))
 (let ((?x6831 (ite $x6823 1 0)))
 (let (($x6464 (and (<= (* 4 layer) phase_52) (<= phase_52 (+ (* 4 layer) 3)))))
 (let ((?x6648 (ite $x6464 1 0)))
 (let (($x6252 (and (<= (* 4 layer) phase_51) (<= phase_51 (+ (* 4 layer) 3)))))
 (let ((?x6254 (ite $x6252 1 0)))
 (let (($x6196 (and (<= (* 4 layer) phase_50) (<= phase_50 (+ (* 4 layer) 3)))))
 (let ((?x6212 (ite $x6196 1 0)))
 (let (($x6172 (and (<= (* 4 layer) phase_49) (<= phase_49 (+ (* 4 layer) 3)))))
 (let ((?x6178 (ite $x6172 1 0)))
 (let (($x6132 (and (<= (* 4 layer) phase_48) (<= phase_48 (+ (* 4 layer) 3)))))
 (let ((?x6143 (ite $x6132 1 0)))
 (let (($x6113 (and (<= (* 4 layer) phase_47) (<= phase_47 (+ (* 4 layer) 3)))))
 (let ((?x6118 (ite $x6113 1 0)))
 (let (($x6088 (and (<= (* 4 layer) phase_46) (<= phase_46 (+ (* 4 layer) 3)))))
 (let ((?x6095 (ite $x6088 1 0)))
 (let (($x6071 (and (<= (* 4 layer) phase_45) (<= phase_45 (+ (* 4 layer) 3)))))
 (let ((?x6076 (ite $x6071 1 0)))
 (let (($x6034 (and (<= (* 4 layer) phase_44) (<= phase_44 (+ (* 4 layer) 3)))))
 (let ((?x6042 (ite $x6034 1 0)))
 (let (($x5984 (and (<= (* 4 layer) phase_43) (<= phase_43 (+ (* 4 layer) 3)))))
 (let ((?x6003 (ite $x5984 1 0)))
 (let (($x5939 (and (<= (* 4 layer) phase_42) (<= phase_42 (+ (* 4 layer) 3)))))
 (let ((?x5941 (ite $x5939 1 0)))
 (let (($x5666 (and (<= (* 4 layer) phase_41) (<= phase_41 (+ (* 4 layer) 3)))))
 (let ((?x5889 (ite $x5666 1 0)))
 (let (($x5524 (and (<= (* 4 layer) phase_40) (<= phase_40 (+ (* 4 layer) 3)))))
 (let ((?x5577 (ite $x5524 1 0)))
 (let (($x5360 (and (<= (* 4 layer) phase_39) (<= phase_39 (+ (* 4 layer) 3)))))
 (let ((?x5413 (ite $x5360 1 0)))
 (let (($x5179 (and (<= (* 4 layer) phase_38) (<= phase_38 (+ (* 4 layer) 3)))))
 (let ((?x5192 (ite $x5179 1 0)))
 (let (($x5035 (and (<= (* 4 layer) phase_37) (<= phase_37 (+ (* 4 layer) 3)))))
 (let ((?x5088 (ite $x5035 1 0)))
 (let (($x4866 (and (<= (* 4 layer) phase_36) (<= phase_36 (+ (* 4 layer) 3)))))
 (let ((?x4877 (ite $x4866 1 0)))
 (let (($x4763 (and (<= (* 4 layer) phase_35) (<= phase_35 (+ (* 4 layer) 3)))))
 (let ((?x4774 (ite $x4763 1 0)))
 (let (($x4680 (and (<= (* 4 layer) phase_34) (<= phase_34 (+ (* 4 layer) 3)))))
 (let ((?x4701 (ite $x4680 1 0)))
 (let (($x4611 (and (<= (* 4 layer) phase_33) (<= phase_33 (+ (* 4 layer) 3)))))
 (let ((?x4627 (ite $x4611 1 0)))
 (let (($x4526 (and (<= (* 4 layer) phase_32) (<= phase_32 (+ (* 4 layer) 3)))))
 (let ((?x4542 (ite $x4526 1 0)))
 (let (($x4456 (and (<= (* 4 layer) phase_31) (<= phase_31 (+ (* 4 layer) 3)))))
 (let ((?x4473 (ite $x4456 1 0)))
 (let (($x4394 (and (<= (* 4 layer) phase_30) (<= phase_30 (+ (* 4 layer) 3)))))
 (let ((?x4404 (ite $x4394 1 0)))
 (let (($x4335 (and (<= (* 4 layer) phase_29) (<= phase_29 (+ (* 4 layer) 3)))))
 (let ((?x4351 (ite $x4335 1 0)))
 (let (($x4282 (and (<= (* 4 layer) phase_28) (<= phase_28 (+ (* 4 layer) 3)))))
 (let ((?x4290 (ite $x4282 1 0)))
 (let (($x4245 (and (<= (* 4 layer) phase_27) (<= phase_27 (+ (* 4 layer) 3)))))
 (let ((?x4253 (ite $x4245 1 0)))
 (let (($x4213 (and (<= (* 4 layer) phase_26) (<= phase_26 (+ (* 4 layer) 3)))))
 (let ((?x4221 (ite $x4213 1 0)))
 (let (($x4172 (and (<= (* 4 layer) phase_25) (<= phase_25 (+ (* 4 layer) 3)))))
 (let ((?x4180 (ite $x4172 1 0)))
 (let (($x4128 (and (<= (* 4 layer) phase_24) (<= phase_24 (+ (* 4 layer) 3)))))
 (let ((?x4140 (ite $x4128 1 0)))
 (let (($x4095 (and (<= (* 4 layer) phase_23) (<= phase_23 (+ (* 4 layer) 3)))))
 (let ((?x4103 (ite $x4095 1 0)))
 (let (($x4064 (and (<= (* 4 layer) phase_22) (<= phase_22 (+ (* 4 layer) 3)))))
 (let ((?x4071 (ite $x4064 1 0)))
 (let (($x3905 (and (<= (* 4 layer) phase_21) (<= phase_21 (+ (* 4 layer) 3)))))
 (let ((?x3916 (ite $x3905 1 0)))
 (let (($x3872 (and (<= (* 4 layer) phase_20) (<= phase_20 (+ (* 4 layer) 3)))))
 (let ((?x3889 (ite $x3872 1 0)))
 (let (($x3793 (and (<= (* 4 layer) phase_19) (<= phase_19 (+ (* 4 layer) 3)))))
 (let ((?x3801 (ite $x3793 1 0)))
 (let (($x3692 (and (<= (* 4 layer) phase_18) (<= phase_18 (+ (* 4 layer) 3)))))
 (let ((?x3769 (ite $x3692 1 0)))
 (let (($x3288 (and (<= (* 4 layer) phase_17) (<= phase_17 (+ (* 4 layer) 3)))))
 (let ((?x3416 (ite $x3288 1 0)))
 (let (($x2639 (and (<= (* 4 layer) phase_16) (<= phase_16 (+ (* 4 layer) 3)))))
 (let ((?x2745 (ite $x2639 1 0)))
 (let (($x2333 (and (<= (* 4 layer) phase_15) (<= phase_15 (+ (* 4 layer) 3)))))
 (let ((?x2385 (ite $x2333 1 0)))
 (let (($x2029 (and (<= (* 4 layer) phase_14) (<= phase_14 (+ (* 4 layer) 3)))))
 (let ((?x2109 (ite $x2029 1 0)))
 (let (($x1801 (and (<= (* 4 layer) phase_13) (<= phase_13 (+ (* 4 layer) 3)))))
 (let ((?x1837 (ite $x1801 1 0)))
 (let (($x1585 (and (<= (* 4 layer) phase_12) (<= phase_12 (+ (* 4 layer) 3)))))
 (let ((?x1644 (ite $x1585 1 0)))
 (let (($x1439 (and (<= (* 4 layer) phase_11) (<= phase_11 (+ (* 4 layer) 3)))))
 (let ((?x1481 (ite $x1439 1 0)))
 (let (($x1325 (and (<= (* 4 layer) phase_10) (<= phase_10 (+ (* 4 layer) 3)))))
 (let ((?x1345 (ite $x1325 1 0)))
 (let (($x1220 (and (<= (* 4 layer) phase_9) (<= phase_9 (+ (* 4 layer) 3)))))
 (let ((?x1251 (ite $x1220 1 0)))
 (let (($x1166 (and (<= (* 4 layer) phase_8) (<= phase_8 (+ (* 4 layer) 3)))))
 (let ((?x1172 (ite $x1166 1 0)))
 (let (($x1125 (and (<= (* 4 layer) phase_7) (<= phase_7 (+ (* 4 layer) 3)))))
 (let ((?x1135 (ite $x1125 1 0)))
 (let (($x1072 (and (<= (* 4 layer) phase_6) (<= phase_6 (+ (* 4 layer) 3)))))
 (let ((?x1081 (ite $x1072 1 0)))
 (let (($x1027 (and (<= (* 4 layer) phase_5) (<= phase_5 (+ (* 4 layer) 3)))))
 (let ((?x1038 (ite $x1027 1 0)))
 (let (($x954 (and (<= (* 4 layer) phase_4) (<= phase_4 (+ (* 4 layer) 3)))))
 (let ((?x964 (ite $x954 1 0)))
 (let (($x900 (and (<= (* 4 layer) phase_3) (<= phase_3 (+ (* 4 layer) 3)))))
 (let ((?x919 (ite $x900 1 0)))
 (let (($x825 (and (<= (* 4 layer) phase_2) (<= phase_2 (+ (* 4 layer) 3)))))
 (let ((?x860 (ite $x825 1 0)))
 (let (($x541 (and (<= (* 4 layer) phase_1) (<= phase_1 (+ (* 4 layer) 3)))))
 (let ((?x827 (ite $x541 1 0)))
 (let ((?x4820 (+ ?x827 ?x860 ?x919 ?x964 ?x1038 ?x1081 ?x1135 ?x1172 ?x1251 ?x1345 ?x1481 ?x1644 ?x1837 ?x2109 ?x2385 ?x2745 ?x3416 ?x3769 ?x3801 ?x3889 ?x3916 ?x4071 ?x4103 ?x4140 ?x4180 ?x4221 ?x4253 ?x4290 ?x4351 ?x4404 ?x4473 ?x4542 ?x4627 ?x4701 ?x4774 ?x4877 ?x5088 ?x5192 ?x5413 ?x5577 ?x5889 ?x5941 ?x6003 ?x6042 ?x6076 ?x6095 ?x6118 ?x6143 ?x6178 ?x6212 ?x6254 ?x6648 ?x6831 ?x6891 ?x6929 ?x6993 ?x7095 ?x7177 ?x7324 ?x7384 ?x9282 ?x9337 ?x15714 ?x21127 ?x22013 ?x24296 ?x24820 ?x25354 ?x25888 ?x3033 ?x5204 ?x6405 ?x6925 ?x6931 ?x6789 ?x6583 ?x7100 ?x7210 ?x7237 ?x6881 ?x7052 ?x3810 ?x3778 ?x3485 ?x2860 ?x2483 ?x2195 ?x1912 ?x1702 ?x1507 ?x1380 ?x1271 ?x1128 ?x1017 ?x909 ?x1099 ?x1028 ?x1036 ?x1015 ?x1123 ?x526 ?x474 ?x15675 ?x9334 ?x8038 ?x21120 ?x6173 ?x6293 ?x6235 ?x6225 ?x6110 ?x6200 ?x6080 ?x6068 ?x6047 ?x6015 ?x5966 ?x5892 ?x5480 ?x5257 ?x5044 ?x4844 ?x4723 ?x4651 ?x4582 ?x4508 ?x4439 ?x4370 ?x4301 ?x25643 ?x25112 ?x24582 ?x23989 ?x4283 ?x4246 ?x4214 ?x4173 ?x4133 ?x4096 ?x3995 ?x3839 ?x3864 ?x6826 ?x6765 ?x6781 ?x6624 ?x10678 ?x6980 ?x7012 ?x7566 ?x6556 ?x7023 ?x7131 ?x7142 ?x6911 ?x7273 ?x7231 ?x7156 ?x7255 ?x6747 ?x7423 ?x7257 ?x7415 ?x3804 ?x3788 ?x3772 ?x3622 ?x3420 ?x3224 ?x2749 ?x2586 ?x2431 ?x2286 ?x2110 ?x1989 ?x1874 ?x1767 ?x1670 ?x1558 ?x1485 ?x1418 ?x1359 ?x1310 ?x1255 ?x1157 ?x1103 ?x1049 ?x1006 ?x952 ?x898 ?x829 ?x1039 ?x1215 ?x1022 ?x557 ?x1007 ?x938 ?x1176 ?x903 ?x545 ?x536 ?x520 ?x499 ?x466 ?x15784 ?x15433 ?x9320 ?x9332 ?x9389 ?x21146 ?x21130 ?x21114 ?x6298 ?x6258 ?x5543 ?x6155 ?x6148 ?x6288 ?x6133 ?x6284 ?x6282 ?x6214 ?x6100 ?x6276 ?x6274 ?x5738 ?x6270 ?x6189 ?x6186 ?x6044 ?x6029 ?x4390 ?x5991 ?x5954 ?x5917 ?x5659 ?x5550 ?x5439 ?x5322 ?x5216 ?x5109 ?x5003 ?x4891 ?x4818)))
 (> ?x4820 max_ffn)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
