(set-logic QF_LIA)
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
(declare-fun phase_73 () Int)
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
(declare-fun phase_110 () Int)
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
(declare-fun phase_147 () Int)
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
(declare-fun phase_184 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_191 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_196 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_200 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_202 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_206 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_211 () Int)
(declare-fun phase_212 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_219 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_222 () Int)
(declare-fun phase_223 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_229 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_232 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_245 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_256 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_258 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_261 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_267 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_271 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_273 () Int)
(declare-fun phase_274 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_282 () Int)
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
 (= phase_73 7))
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
 (= phase_110 7))
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
 (= phase_147 11))
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
 (= phase_184 11))
(assert
 (= phase_185 2))
(assert
 (= phase_186 2))
(assert
 (= phase_187 3))
(assert
 (= phase_188 2))
(assert
 (= phase_189 2))
(assert
 (= phase_190 3))
(assert
 (= phase_191 2))
(assert
 (= phase_192 2))
(assert
 (= phase_193 3))
(assert
 (= phase_194 2))
(assert
 (= phase_195 2))
(assert
 (= phase_196 3))
(assert
 (= phase_197 2))
(assert
 (= phase_198 2))
(assert
 (= phase_199 3))
(assert
 (= phase_200 2))
(assert
 (= phase_201 2))
(assert
 (= phase_202 3))
(assert
 (= phase_203 2))
(assert
 (= phase_204 2))
(assert
 (= phase_205 3))
(assert
 (= phase_206 2))
(assert
 (= phase_207 2))
(assert
 (= phase_208 3))
(assert
 (= phase_209 2))
(assert
 (= phase_210 2))
(assert
 (= phase_211 3))
(assert
 (= phase_212 2))
(assert
 (= phase_213 2))
(assert
 (= phase_214 3))
(assert
 (= phase_215 2))
(assert
 (= phase_216 2))
(assert
 (= phase_217 3))
(assert
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_220 3))
(assert
 (= phase_221 2))
(assert
 (= phase_222 2))
(assert
 (= phase_223 3))
(assert
 (= phase_224 2))
(assert
 (= phase_225 2))
(assert
 (= phase_226 3))
(assert
 (= phase_227 2))
(assert
 (= phase_228 2))
(assert
 (= phase_229 3))
(assert
 (= phase_230 2))
(assert
 (= phase_231 2))
(assert
 (= phase_232 3))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_235 3))
(assert
 (= phase_236 2))
(assert
 (= phase_237 2))
(assert
 (= phase_238 3))
(assert
 (= phase_239 2))
(assert
 (= phase_240 2))
(assert
 (= phase_241 3))
(assert
 (= phase_242 2))
(assert
 (= phase_243 2))
(assert
 (= phase_244 3))
(assert
 (= phase_245 2))
(assert
 (= phase_246 2))
(assert
 (= phase_247 3))
(assert
 (= phase_248 2))
(assert
 (= phase_249 2))
(assert
 (= phase_250 3))
(assert
 (= phase_251 2))
(assert
 (= phase_252 2))
(assert
 (= phase_253 3))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_256 3))
(assert
 (= phase_257 2))
(assert
 (= phase_258 2))
(assert
 (= phase_259 3))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
(assert
 (= phase_262 3))
(assert
 (= phase_263 2))
(assert
 (= phase_264 2))
(assert
 (= phase_265 3))
(assert
 (= phase_266 2))
(assert
 (= phase_267 2))
(assert
 (= phase_268 3))
(assert
 (= phase_269 2))
(assert
 (= phase_270 2))
(assert
 (= phase_271 3))
(assert
 (= phase_272 2))
(assert
 (= phase_273 2))
(assert
 (= phase_274 3))
(assert
 (= phase_275 6))
(assert
 (= phase_276 6))
(assert
 (= phase_277 7))
(assert
 (= phase_278 6))
(assert
 (= phase_279 6))
(assert
 (= phase_280 7))
(assert
 (= phase_281 9))
(assert
 (= phase_282 3))
(assert
 (let (($x13701 (not (and (>= phase_282 0) (= (mod phase_282 2) 1)))))
 (let (($x13695 (not (and (>= phase_281 0) (= (mod phase_281 2) 1)))))
 (let (($x13689 (not (and (>= phase_280 0) (= (mod phase_280 2) 1)))))
 (let (($x13683 (not (and (>= phase_279 0) (= (mod phase_279 4) 2)))))
 (let (($x13677 (not (and (>= phase_278 0) (= (mod phase_278 4) 2)))))
 (let (($x13671 (not (and (>= phase_277 0) (= (mod phase_277 2) 1)))))
 (let (($x13660 (not (and (>= phase_276 0) (= (mod phase_276 4) 2)))))
 (let (($x13654 (not (and (>= phase_275 0) (= (mod phase_275 4) 2)))))
 (let (($x13648 (not (and (>= phase_274 0) (= (mod phase_274 2) 1)))))
 (let (($x13642 (not (and (>= phase_273 0) (= (mod phase_273 4) 2)))))
 (let (($x13636 (not (and (>= phase_272 0) (= (mod phase_272 4) 2)))))
 (let (($x13630 (not (and (>= phase_271 0) (= (mod phase_271 2) 1)))))
 (let (($x13619 (not (and (>= phase_270 0) (= (mod phase_270 4) 2)))))
 (let (($x13613 (not (and (>= phase_269 0) (= (mod phase_269 4) 2)))))
 (let (($x13607 (not (and (>= phase_268 0) (= (mod phase_268 2) 1)))))
 (let (($x13601 (not (and (>= phase_267 0) (= (mod phase_267 4) 2)))))
 (let (($x13595 (not (and (>= phase_266 0) (= (mod phase_266 4) 2)))))
 (let (($x13588 (not (and (>= phase_265 0) (= (mod phase_265 2) 1)))))
 (let (($x13577 (not (and (>= phase_264 0) (= (mod phase_264 4) 2)))))
 (let (($x13571 (not (and (>= phase_263 0) (= (mod phase_263 4) 2)))))
 (let (($x13565 (not (and (>= phase_262 0) (= (mod phase_262 2) 1)))))
 (let (($x13559 (not (and (>= phase_261 0) (= (mod phase_261 4) 2)))))
 (let (($x13553 (not (and (>= phase_260 0) (= (mod phase_260 4) 2)))))
 (let (($x13547 (not (and (>= phase_259 0) (= (mod phase_259 2) 1)))))
 (let (($x13536 (not (and (>= phase_258 0) (= (mod phase_258 4) 2)))))
 (let (($x13530 (not (and (>= phase_257 0) (= (mod phase_257 4) 2)))))
 (let (($x13524 (not (and (>= phase_256 0) (= (mod phase_256 2) 1)))))
 (let (($x13518 (not (and (>= phase_255 0) (= (mod phase_255 4) 2)))))
 (let (($x13512 (not (and (>= phase_254 0) (= (mod phase_254 4) 2)))))
 (let (($x13501 (not (and (>= phase_253 0) (= (mod phase_253 2) 1)))))
 (let (($x13495 (not (and (>= phase_252 0) (= (mod phase_252 4) 2)))))
 (let (($x13489 (not (and (>= phase_251 0) (= (mod phase_251 4) 2)))))
 (let (($x13483 (not (and (>= phase_250 0) (= (mod phase_250 2) 1)))))
 (let (($x13477 (not (and (>= phase_249 0) (= (mod phase_249 4) 2)))))
 (let (($x15442 (not (and (>= phase_248 0) (= (mod phase_248 4) 2)))))
 (let (($x13460 (not (and (>= phase_247 0) (= (mod phase_247 2) 1)))))
 (let (($x13454 (not (and (>= phase_246 0) (= (mod phase_246 4) 2)))))
 (let (($x13448 (not (and (>= phase_245 0) (= (mod phase_245 4) 2)))))
 (let (($x13442 (not (and (>= phase_244 0) (= (mod phase_244 2) 1)))))
 (let (($x13436 (not (and (>= phase_243 0) (= (mod phase_243 4) 2)))))
 (let (($x13425 (not (and (>= phase_242 0) (= (mod phase_242 4) 2)))))
 (let (($x13419 (not (and (>= phase_241 0) (= (mod phase_241 2) 1)))))
 (let (($x13413 (not (and (>= phase_240 0) (= (mod phase_240 4) 2)))))
 (let (($x13407 (not (and (>= phase_239 0) (= (mod phase_239 4) 2)))))
 (let (($x13401 (not (and (>= phase_238 0) (= (mod phase_238 2) 1)))))
 (let (($x13390 (not (and (>= phase_237 0) (= (mod phase_237 4) 2)))))
 (let (($x13384 (not (and (>= phase_236 0) (= (mod phase_236 4) 2)))))
 (let (($x13378 (not (and (>= phase_235 0) (= (mod phase_235 2) 1)))))
 (let (($x13372 (not (and (>= phase_234 0) (= (mod phase_234 4) 2)))))
 (let (($x15436 (not (and (>= phase_233 0) (= (mod phase_233 4) 2)))))
 (let (($x13355 (not (and (>= phase_232 0) (= (mod phase_232 2) 1)))))
 (let (($x13349 (not (and (>= phase_231 0) (= (mod phase_231 4) 2)))))
 (let (($x13343 (not (and (>= phase_230 0) (= (mod phase_230 4) 2)))))
 (let (($x13337 (not (and (>= phase_229 0) (= (mod phase_229 2) 1)))))
 (let (($x13326 (not (and (>= phase_228 0) (= (mod phase_228 4) 2)))))
 (let (($x13319 (not (and (>= phase_227 0) (= (mod phase_227 4) 2)))))
 (let (($x13313 (not (and (>= phase_226 0) (= (mod phase_226 2) 1)))))
 (let (($x13307 (not (and (>= phase_225 0) (= (mod phase_225 4) 2)))))
 (let (($x13301 (not (and (>= phase_224 0) (= (mod phase_224 4) 2)))))
 (let (($x13290 (not (and (>= phase_223 0) (= (mod phase_223 2) 1)))))
 (let (($x13284 (not (and (>= phase_222 0) (= (mod phase_222 4) 2)))))
 (let (($x13278 (not (and (>= phase_221 0) (= (mod phase_221 4) 2)))))
 (let (($x13272 (not (and (>= phase_220 0) (= (mod phase_220 2) 1)))))
 (let (($x13261 (not (and (>= phase_219 0) (= (mod phase_219 4) 2)))))
 (let (($x13255 (not (and (>= phase_218 0) (= (mod phase_218 4) 2)))))
 (let (($x13249 (not (and (>= phase_217 0) (= (mod phase_217 2) 1)))))
 (let (($x13243 (not (and (>= phase_216 0) (= (mod phase_216 4) 2)))))
 (let (($x13232 (not (and (>= phase_215 0) (= (mod phase_215 4) 2)))))
 (let (($x13226 (not (and (>= phase_214 0) (= (mod phase_214 2) 1)))))
 (let (($x13220 (not (and (>= phase_213 0) (= (mod phase_213 4) 2)))))
 (let (($x13214 (not (and (>= phase_212 0) (= (mod phase_212 4) 2)))))
 (let (($x13203 (not (and (>= phase_211 0) (= (mod phase_211 2) 1)))))
 (let (($x13197 (not (and (>= phase_210 0) (= (mod phase_210 4) 2)))))
 (let (($x13191 (not (and (>= phase_209 0) (= (mod phase_209 4) 2)))))
 (let (($x13185 (not (and (>= phase_208 0) (= (mod phase_208 2) 1)))))
 (let (($x13174 (not (and (>= phase_207 0) (= (mod phase_207 4) 2)))))
 (let (($x13168 (not (and (>= phase_206 0) (= (mod phase_206 4) 2)))))
 (let (($x13162 (not (and (>= phase_205 0) (= (mod phase_205 2) 1)))))
 (let (($x13156 (not (and (>= phase_204 0) (= (mod phase_204 4) 2)))))
 (let (($x13145 (not (and (>= phase_203 0) (= (mod phase_203 4) 2)))))
 (let (($x13139 (not (and (>= phase_202 0) (= (mod phase_202 2) 1)))))
 (let (($x13133 (not (and (>= phase_201 0) (= (mod phase_201 4) 2)))))
 (let (($x13122 (not (and (>= phase_200 0) (= (mod phase_200 4) 2)))))
 (let (($x13116 (not (and (>= phase_199 0) (= (mod phase_199 2) 1)))))
 (let (($x13110 (not (and (>= phase_198 0) (= (mod phase_198 4) 2)))))
 (let (($x8873 (not (and (>= phase_197 0) (= (mod phase_197 4) 2)))))
 (let (($x13093 (not (and (>= phase_196 0) (= (mod phase_196 2) 1)))))
 (let (($x13087 (not (and (>= phase_195 0) (= (mod phase_195 4) 2)))))
 (let (($x13081 (not (and (>= phase_194 0) (= (mod phase_194 4) 2)))))
 (let (($x13070 (not (and (>= phase_193 0) (= (mod phase_193 2) 1)))))
 (let (($x13064 (not (and (>= phase_192 0) (= (mod phase_192 4) 2)))))
 (let (($x13058 (not (and (>= phase_191 0) (= (mod phase_191 4) 2)))))
 (let (($x13046 (not (and (>= phase_190 0) (= (mod phase_190 2) 1)))))
 (let (($x13040 (not (and (>= phase_189 0) (= (mod phase_189 4) 2)))))
 (let (($x9270 (not (and (>= phase_188 0) (= (mod phase_188 4) 2)))))
 (let (($x13023 (not (and (>= phase_187 0) (= (mod phase_187 2) 1)))))
 (let (($x13017 (not (and (>= phase_186 0) (= (mod phase_186 4) 2)))))
 (let (($x13006 (not (and (>= phase_185 0) (= (mod phase_185 4) 2)))))
 (let (($x13000 (not (and (>= phase_184 0) (= (mod phase_184 2) 1)))))
 (let (($x12994 (not (and (>= phase_183 0) (= (mod phase_183 4) 2)))))
 (let (($x12970 (not (and (>= phase_182 0) (= (mod phase_182 4) 2)))))
 (let (($x12964 (not (and (>= phase_181 0) (= (mod phase_181 4) 2)))))
 (let (($x7939 (not (and (>= phase_180 0) (= (mod phase_180 4) 2)))))
 (let (($x8420 (not (and (>= phase_179 0) (= (mod phase_179 4) 2)))))
 (let (($x8583 (not (and (>= phase_178 0) (= (mod phase_178 4) 2)))))
 (let (($x8186 (not (and (>= phase_177 0) (= (mod phase_177 4) 2)))))
 (let (($x8467 (not (and (>= phase_176 0) (= (mod phase_176 4) 2)))))
 (let (($x8581 (not (and (>= phase_175 0) (= (mod phase_175 4) 2)))))
 (let (($x8680 (not (and (>= phase_174 0) (= (mod phase_174 4) 2)))))
 (let (($x8705 (not (and (>= phase_173 0) (= (mod phase_173 4) 2)))))
 (let (($x8766 (not (and (>= phase_172 0) (= (mod phase_172 4) 2)))))
 (let (($x8810 (not (and (>= phase_171 0) (= (mod phase_171 4) 2)))))
 (let (($x7997 (not (and (>= phase_170 0) (= (mod phase_170 4) 2)))))
 (let (($x8878 (not (and (>= phase_169 0) (= (mod phase_169 4) 2)))))
 (let (($x8918 (not (and (>= phase_168 0) (= (mod phase_168 4) 2)))))
 (let (($x7890 (not (and (>= phase_167 0) (= (mod phase_167 4) 2)))))
 (let (($x646 (not (and (>= phase_166 0) (= (mod phase_166 4) 2)))))
 (let (($x21077 (not (and (>= phase_165 0) (= (mod phase_165 4) 2)))))
 (let (($x21068 (not (and (>= phase_164 0) (= (mod phase_164 4) 2)))))
 (let (($x21059 (not (and (>= phase_163 0) (= (mod phase_163 4) 2)))))
 (let (($x21050 (not (and (>= phase_162 0) (= (mod phase_162 4) 2)))))
 (let (($x21041 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x21032 (not (and (>= phase_160 0) (= (mod phase_160 4) 2)))))
 (let (($x21023 (not (and (>= phase_159 0) (= (mod phase_159 4) 2)))))
 (let (($x21014 (not (and (>= phase_158 0) (= (mod phase_158 4) 2)))))
 (let (($x21005 (not (and (>= phase_157 0) (= (mod phase_157 4) 2)))))
 (let (($x20996 (not (and (>= phase_156 0) (= (mod phase_156 4) 2)))))
 (let (($x20990 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x20981 (not (and (>= phase_154 0) (= (mod phase_154 4) 2)))))
 (let (($x20972 (not (and (>= phase_153 0) (= (mod phase_153 4) 2)))))
 (let (($x20963 (not (and (>= phase_152 0) (= (mod phase_152 4) 2)))))
 (let (($x20954 (not (and (>= phase_151 0) (= (mod phase_151 4) 2)))))
 (let (($x12882 (not (and (>= phase_150 0) (= (mod phase_150 4) 2)))))
 (let (($x12901 (not (and (>= phase_149 0) (= (mod phase_149 4) 2)))))
 (let (($x12916 (not (and (>= phase_148 0) (= (mod phase_148 4) 2)))))
 (let (($x12956 (not (and (>= phase_147 0) (= (mod phase_147 2) 1)))))
 (let (($x12941 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x12945 (not (and (>= phase_145 0) (= (mod phase_145 4) 2)))))
 (let (($x589 (not (and (>= phase_144 0) (= (mod phase_144 4) 2)))))
 (let (($x598 (not (and (>= phase_143 0) (= (mod phase_143 4) 2)))))
 (let (($x607 (not (and (>= phase_142 0) (= (mod phase_142 4) 2)))))
 (let (($x616 (not (and (>= phase_141 0) (= (mod phase_141 4) 2)))))
 (let (($x625 (not (and (>= phase_140 0) (= (mod phase_140 4) 2)))))
 (let (($x634 (not (and (>= phase_139 0) (= (mod phase_139 4) 2)))))
 (let (($x643 (not (and (>= phase_138 0) (= (mod phase_138 4) 2)))))
 (let (($x655 (not (and (>= phase_137 0) (= (mod phase_137 4) 2)))))
 (let (($x664 (not (and (>= phase_136 0) (= (mod phase_136 4) 2)))))
 (let (($x673 (not (and (>= phase_135 0) (= (mod phase_135 4) 2)))))
 (let (($x682 (not (and (>= phase_134 0) (= (mod phase_134 4) 2)))))
 (let (($x691 (not (and (>= phase_133 0) (= (mod phase_133 4) 2)))))
 (let (($x700 (not (and (>= phase_132 0) (= (mod phase_132 4) 2)))))
 (let (($x709 (not (and (>= phase_131 0) (= (mod phase_131 4) 2)))))
 (let (($x721 (not (and (>= phase_130 0) (= (mod phase_130 4) 2)))))
 (let (($x730 (not (and (>= phase_129 0) (= (mod phase_129 4) 2)))))
 (let (($x739 (not (and (>= phase_128 0) (= (mod phase_128 4) 2)))))
 (let (($x748 (not (and (>= phase_127 0) (= (mod phase_127 4) 2)))))
 (let (($x757 (not (and (>= phase_126 0) (= (mod phase_126 4) 2)))))
 (let (($x574 (not (and (>= phase_125 0) (= (mod phase_125 4) 2)))))
 (let (($x583 (not (and (>= phase_124 0) (= (mod phase_124 4) 2)))))
 (let (($x7802 (not (and (>= phase_123 0) (= (mod phase_123 4) 2)))))
 (let (($x7551 (not (and (>= phase_122 0) (= (mod phase_122 4) 2)))))
 (let (($x8010 (not (and (>= phase_121 0) (= (mod phase_121 4) 2)))))
 (let (($x7988 (not (and (>= phase_120 0) (= (mod phase_120 4) 2)))))
 (let (($x7963 (not (and (>= phase_119 0) (= (mod phase_119 4) 2)))))
 (let (($x7910 (not (and (>= phase_118 0) (= (mod phase_118 4) 2)))))
 (let (($x7780 (not (and (>= phase_117 0) (= (mod phase_117 4) 2)))))
 (let (($x7945 (not (and (>= phase_116 0) (= (mod phase_116 4) 2)))))
 (let (($x7941 (not (and (>= phase_115 0) (= (mod phase_115 4) 2)))))
 (let (($x7691 (not (and (>= phase_114 0) (= (mod phase_114 4) 2)))))
 (let (($x7931 (not (and (>= phase_113 0) (= (mod phase_113 4) 2)))))
 (let (($x7909 (not (and (>= phase_112 0) (= (mod phase_112 4) 2)))))
 (let (($x7882 (not (and (>= phase_111 0) (= (mod phase_111 4) 2)))))
 (let (($x7868 (not (and (>= phase_110 0) (= (mod phase_110 2) 1)))))
 (let (($x7849 (not (and (>= phase_109 0) (= (mod phase_109 4) 2)))))
 (let (($x7804 (not (and (>= phase_108 0) (= (mod phase_108 4) 2)))))
 (let (($x7267 (not (and (>= phase_107 0) (= (mod phase_107 4) 2)))))
 (let (($x7656 (not (and (>= phase_106 0) (= (mod phase_106 4) 2)))))
 (let (($x7634 (not (and (>= phase_105 0) (= (mod phase_105 4) 2)))))
 (let (($x7224 (not (and (>= phase_104 0) (= (mod phase_104 4) 2)))))
 (let (($x7657 (not (and (>= phase_103 0) (= (mod phase_103 4) 2)))))
 (let (($x8921 (not (and (>= phase_102 0) (= (mod phase_102 4) 2)))))
 (let (($x8268 (not (and (>= phase_101 0) (= (mod phase_101 4) 2)))))
 (let (($x13057 (not (and (>= phase_100 0) (= (mod phase_100 4) 2)))))
 (let (($x13210 (not (and (>= phase_99 0) (= (mod phase_99 4) 2)))))
 (let (($x13400 (not (and (>= phase_98 0) (= (mod phase_98 4) 2)))))
 (let (($x13626 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x13888 (not (and (>= phase_96 0) (= (mod phase_96 4) 2)))))
 (let (($x14186 (not (and (>= phase_95 0) (= (mod phase_95 4) 2)))))
 (let (($x14520 (not (and (>= phase_94 0) (= (mod phase_94 4) 2)))))
 (let (($x14891 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x15297 (not (and (>= phase_92 0) (= (mod phase_92 4) 2)))))
 (let (($x9144 (not (and (>= phase_91 0) (= (mod phase_91 4) 2)))))
 (let (($x11143 (not (and (>= phase_90 0) (= (mod phase_90 4) 2)))))
 (let (($x11466 (not (and (>= phase_89 0) (= (mod phase_89 4) 2)))))
 (let (($x10993 (not (and (>= phase_88 0) (= (mod phase_88 4) 2)))))
 (let (($x8691 (not (and (>= phase_87 0) (= (mod phase_87 4) 2)))))
 (let (($x9242 (not (and (>= phase_86 0) (= (mod phase_86 4) 2)))))
 (let (($x9036 (not (and (>= phase_85 0) (= (mod phase_85 4) 2)))))
 (let (($x8136 (not (and (>= phase_84 0) (= (mod phase_84 4) 2)))))
 (let (($x7912 (not (and (>= phase_83 0) (= (mod phase_83 4) 2)))))
 (let (($x9167 (not (and (>= phase_82 0) (= (mod phase_82 4) 2)))))
 (let (($x1101 (not (and (>= phase_81 0) (= (mod phase_81 4) 2)))))
 (let (($x944 (not (and (>= phase_80 0) (= (mod phase_80 4) 2)))))
 (let (($x1154 (not (and (>= phase_79 0) (= (mod phase_79 4) 2)))))
 (let (($x1043 (not (and (>= phase_78 0) (= (mod phase_78 4) 2)))))
 (let (($x872 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x859 (not (and (>= phase_76 0) (= (mod phase_76 4) 2)))))
 (let (($x1183 (not (and (>= phase_75 0) (= (mod phase_75 4) 2)))))
 (let (($x894 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x981 (not (and (>= phase_73 0) (= (mod phase_73 2) 1)))))
 (let (($x1056 (not (and (>= phase_72 0) (= (mod phase_72 4) 2)))))
 (let (($x1143 (not (and (>= phase_71 0) (= (mod phase_71 4) 2)))))
 (let (($x1265 (not (and (>= phase_70 0) (= (mod phase_70 4) 2)))))
 (let (($x1346 (not (and (>= phase_69 0) (= (mod phase_69 4) 2)))))
 (let (($x1464 (not (and (>= phase_68 0) (= (mod phase_68 4) 2)))))
 (let (($x621 (not (and (>= phase_67 0) (= (mod phase_67 4) 2)))))
 (let (($x630 (not (and (>= phase_66 0) (= (mod phase_66 4) 2)))))
 (let (($x639 (not (and (>= phase_65 0) (= (mod phase_65 4) 2)))))
 (let (($x648 (not (and (>= phase_64 0) (= (mod phase_64 4) 2)))))
 (let (($x657 (not (and (>= phase_63 0) (= (mod phase_63 4) 2)))))
 (let (($x666 (not (and (>= phase_62 0) (= (mod phase_62 4) 2)))))
 (let (($x675 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x684 (not (and (>= phase_60 0) (= (mod phase_60 4) 2)))))
 (let (($x693 (not (and (>= phase_59 0) (= (mod phase_59 4) 2)))))
 (let (($x702 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x711 (not (and (>= phase_57 0) (= (mod phase_57 4) 2)))))
 (let (($x720 (not (and (>= phase_56 0) (= (mod phase_56 4) 2)))))
 (let (($x729 (not (and (>= phase_55 0) (= (mod phase_55 4) 2)))))
 (let (($x738 (not (and (>= phase_54 0) (= (mod phase_54 4) 2)))))
 (let (($x747 (not (and (>= phase_53 0) (= (mod phase_53 4) 2)))))
 (let (($x756 (not (and (>= phase_52 0) (= (mod phase_52 4) 2)))))
 (let (($x492 (not (and (>= phase_51 0) (= (mod phase_51 4) 2)))))
 (let (($x444 (not (and (>= phase_50 0) (= (mod phase_50 4) 2)))))
 (let (($x431 (not (and (>= phase_49 0) (= (mod phase_49 4) 2)))))
 (let (($x437 (not (and (>= phase_48 0) (= (mod phase_48 4) 2)))))
 (let (($x443 (not (and (>= phase_47 0) (= (mod phase_47 4) 2)))))
 (let (($x411 (not (and (>= phase_46 0) (= (mod phase_46 4) 2)))))
 (let (($x417 (not (and (>= phase_45 0) (= (mod phase_45 4) 2)))))
 (let (($x423 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x391 (not (and (>= phase_43 0) (= (mod phase_43 4) 2)))))
 (let (($x397 (not (and (>= phase_42 0) (= (mod phase_42 4) 2)))))
 (let (($x403 (not (and (>= phase_41 0) (= (mod phase_41 4) 2)))))
 (let (($x371 (not (and (>= phase_40 0) (= (mod phase_40 4) 2)))))
 (let (($x377 (not (and (>= phase_39 0) (= (mod phase_39 4) 2)))))
 (let (($x383 (not (and (>= phase_38 0) (= (mod phase_38 4) 2)))))
 (let (($x351 (not (and (>= phase_37 0) (= (mod phase_37 4) 2)))))
 (let (($x357 (not (and (>= phase_36 0) (= (mod phase_36 4) 2)))))
 (let (($x363 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x331 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x337 (not (and (>= phase_33 0) (= (mod phase_33 4) 2)))))
 (let (($x343 (not (and (>= phase_32 0) (= (mod phase_32 4) 2)))))
 (let (($x330 (not (and (>= phase_31 0) (= (mod phase_31 4) 2)))))
 (let (($x317 (not (and (>= phase_30 0) (= (mod phase_30 4) 2)))))
 (let (($x323 (not (and (>= phase_29 0) (= (mod phase_29 4) 2)))))
 (let (($x329 (not (and (>= phase_28 0) (= (mod phase_28 4) 2)))))
 (let (($x297 (not (and (>= phase_27 0) (= (mod phase_27 4) 2)))))
 (let (($x303 (not (and (>= phase_26 0) (= (mod phase_26 4) 2)))))
 (let (($x309 (not (and (>= phase_25 0) (= (mod phase_25 4) 2)))))
 (let (($x277 (not (and (>= phase_24 0) (= (mod phase_24 4) 2)))))
 (let (($x283 (not (and (>= phase_23 0) (= (mod phase_23 4) 2)))))
 (let (($x289 (not (and (>= phase_22 0) (= (mod phase_22 4) 2)))))
 (let (($x257 (not (and (>= phase_21 0) (= (mod phase_21 4) 2)))))
 (let (($x263 (not (and (>= phase_20 0) (= (mod phase_20 4) 2)))))
 (let (($x269 (not (and (>= phase_19 0) (= (mod phase_19 4) 2)))))
 (let (($x237 (not (and (>= phase_18 0) (= (mod phase_18 4) 2)))))
 (let (($x243 (not (and (>= phase_17 0) (= (mod phase_17 4) 2)))))
 (let (($x249 (not (and (>= phase_16 0) (= (mod phase_16 4) 2)))))
 (let (($x217 (not (and (>= phase_15 0) (= (mod phase_15 4) 2)))))
 (let (($x223 (not (and (>= phase_14 0) (= (mod phase_14 4) 2)))))
 (let (($x229 (not (and (>= phase_13 0) (= (mod phase_13 4) 2)))))
 (let (($x216 (not (and (>= phase_12 0) (= (mod phase_12 4) 2)))))
 (let (($x203 (not (and (>= phase_11 0) (= (mod phase_11 4) 2)))))
 (let (($x209 (not (and (>= phase_10 0) (= (mod phase_10 4) 2)))))
 (let (($x215 (not (and (>= phase_9 0) (= (mod phase_9 4) 2)))))
 (let (($x183 (not (and (>= phase_8 0) (= (mod phase_8 4) 2)))))
 (let (($x189 (not (and (>= phase_7 0) (= (mod phase_7 4) 2)))))
 (let (($x195 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x163 (not (and (>= phase_5 0) (= (mod phase_5 4) 2)))))
 (let (($x169 (not (and (>= phase_4 0) (= (mod phase_4 4) 2)))))
 (let (($x175 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x143 (not (and (>= phase_2 0) (= (mod phase_2 4) 2)))))
 (let (($x149 (not (and (>= phase_1 0) (= (mod phase_1 4) 2)))))
 (let (($x155 (not (and (>= phase_0 0) (= (mod phase_0 4) 0)))))
 (or $x155 $x149 $x143 $x175 $x169 $x163 $x195 $x189 $x183 $x215 $x209 $x203 $x216 $x229 $x223 $x217 $x249 $x243 $x237 $x269 $x263 $x257 $x289 $x283 $x277 $x309 $x303 $x297 $x329 $x323 $x317 $x330 $x343 $x337 $x331 $x363 $x357 $x351 $x383 $x377 $x371 $x403 $x397 $x391 $x423 $x417 $x411 $x443 $x437 $x431 $x444 $x492 $x756 $x747 $x738 $x729 $x720 $x711 $x702 $x693 $x684 $x675 $x666 $x657 $x648 $x639 $x630 $x621 $x1464 $x1346 $x1265 $x1143 $x1056 $x981 $x894 $x1183 $x859 $x872 $x1043 $x1154 $x944 $x1101 $x9167 $x7912 $x8136 $x9036 $x9242 $x8691 $x10993 $x11466 $x11143 $x9144 $x15297 $x14891 $x14520 $x14186 $x13888 $x13626 $x13400 $x13210 $x13057 $x8268 $x8921 $x7657 $x7224 $x7634 $x7656 $x7267 $x7804 $x7849 $x7868 $x7882 $x7909 $x7931 $x7691 $x7941 $x7945 $x7780 $x7910 $x7963 $x7988 $x8010 $x7551 $x7802 $x583 $x574 $x757 $x748 $x739 $x730 $x721 $x709 $x700 $x691 $x682 $x673 $x664 $x655 $x643 $x634 $x625 $x616 $x607 $x598 $x589 $x12945 $x12941 $x12956 $x12916 $x12901 $x12882 $x20954 $x20963 $x20972 $x20981 $x20990 $x20996 $x21005 $x21014 $x21023 $x21032 $x21041 $x21050 $x21059 $x21068 $x21077 $x646 $x7890 $x8918 $x8878 $x7997 $x8810 $x8766 $x8705 $x8680 $x8581 $x8467 $x8186 $x8583 $x8420 $x7939 $x12964 $x12970 $x12994 $x13000 $x13006 $x13017 $x13023 $x9270 $x13040 $x13046 $x13058 $x13064 $x13070 $x13081 $x13087 $x13093 $x8873 $x13110 $x13116 $x13122 $x13133 $x13139 $x13145 $x13156 $x13162 $x13168 $x13174 $x13185 $x13191 $x13197 $x13203 $x13214 $x13220 $x13226 $x13232 $x13243 $x13249 $x13255 $x13261 $x13272 $x13278 $x13284 $x13290 $x13301 $x13307 $x13313 $x13319 $x13326 $x13337 $x13343 $x13349 $x13355 $x15436 $x13372 $x13378 $x13384 $x13390 $x13401 $x13407 $x13413 $x13419 $x13425 $x13436 $x13442 $x13448 $x13454 $x13460 $x15442 $x13477 $x13483 $x13489 $x13495 $x13501 $x13512 $x13518 $x13524 $x13530 $x13536 $x13547 $x13553 $x13559 $x13565 $x13571 $x13577 $x13588 $x13595 $x13601 $x13607 $x13613 $x13619 $x13630 $x13636 $x13642 $x13648 $x13654 $x13660 $x13671 $x13677 $x13683 $x13689 $x13695 $x13701)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
