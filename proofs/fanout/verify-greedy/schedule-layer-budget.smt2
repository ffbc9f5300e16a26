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
 (let (($x4252 (> phase_282 11)))
 (let (($x4251 (> phase_281 11)))
 (let (($x4250 (> phase_280 11)))
 (let (($x4249 (> phase_279 11)))
 (let (($x4248 (> phase_278 11)))
 (let (($x4247 (> phase_277 11)))
 (let (($x4246 (> phase_276 11)))
 (let (($x4245 (> phase_275 11)))
 (let (($x4244 (> phase_274 11)))
 (let (($x4243 (> phase_273 11)))
 (let (($x4242 (> phase_272 11)))
 (let (($x4241 (> phase_271 11)))
 (let (($x4240 (> phase_270 11)))
 (let (($x4239 (> phase_269 11)))
 (let (($x4238 (> phase_268 11)))
 (let (($x4237 (> phase_267 11)))
 (let (($x4236 (> phase_266 11)))
 (let (($x4235 (> phase_265 11)))
 (let (($x4234 (> phase_264 11)))
 (let (($x4233 (> phase_263 11)))
 (let (($x4232 (> phase_262 11)))
 (let (($x4231 (> phase_261 11)))
 (let (($x4230 (> phase_260 11)))
 (let (($x4229 (> phase_259 11)))
 (let (($x4228 (> phase_258 11)))
 (let (($x4227 (> phase_257 11)))
 (let (($x4226 (> phase_256 11)))
 (let (($x4225 (> phase_255 11)))
 (let (($x4224 (> phase_254 11)))
 (let (($x4223 (> phase_253 11)))
 (let (($x4222 (> phase_252 11)))
 (let (($x4221 (> phase_251 11)))
 (let (($x4220 (> phase_250 11)))
 (let (($x4219 (> phase_249 11)))
 (let (($x4218 (> phase_248 11)))
 (let (($x4217 (> phase_247 11)))
 (let (($x4216 (> phase_246 11)))
 (let (($x4215 (> phase_245 11)))
 (let (($x4214 (> phase_244 11)))
 (let (($x4213 (> phase_243 11)))
 (let (($x4212 (> phase_242 11)))
 (let (($x4211 (> phase_241 11)))
 (let (($x4210 (> phase_240 11)))
 (let (($x4209 (> phase_239 11)))
 (let (($x4208 (> phase_238 11)))
 (let (($x4207 (> phase_237 11)))
 (let (($x4206 (> phase_236 11)))
 (let (($x4205 (> phase_235 11)))
 (let (($x4204 (> phase_234 11)))
 (let (($x4203 (> phase_233 11)))
 (let (($x4202 (> phase_232 11)))
 (let (($x4201 (> phase_231 11)))
 (let (($x4200 (> phase_230 11)))
 (let (($x4132 (> phase_229 11)))
 (let (($x4063 (> phase_228 11)))
 (let (($x4192 (> phase_227 11)))
 (let (($x4191 (> phase_226 11)))
 (let (($x4190 (> phase_225 11)))
 (let (($x4189 (> phase_224 11)))
 (let (($x4188 (> phase_223 11)))
 (let (($x4187 (> phase_222 11)))
 (let (($x4186 (> phase_221 11)))
 (let (($x4185 (> phase_220 11)))
 (let (($x4184 (> phase_219 11)))
 (let (($x4183 (> phase_218 11)))
 (let (($x4182 (> phase_217 11)))
 (let (($x4181 (> phase_216 11)))
 (let (($x4176 (> phase_215 11)))
 (let (($x4175 (> phase_214 11)))
 (let (($x4174 (> phase_213 11)))
 (let (($x4173 (> phase_212 11)))
 (let (($x4172 (> phase_211 11)))
 (let (($x4171 (> phase_210 11)))
 (let (($x4170 (> phase_209 11)))
 (let (($x4169 (> phase_208 11)))
 (let (($x4168 (> phase_207 11)))
 (let (($x4167 (> phase_206 11)))
 (let (($x4166 (> phase_205 11)))
 (let (($x4165 (> phase_204 11)))
 (let (($x4164 (> phase_203 11)))
 (let (($x4163 (> phase_202 11)))
 (let (($x4162 (> phase_201 11)))
 (let (($x4161 (> phase_200 11)))
 (let (($x4160 (> phase_199 11)))
 (let (($x4159 (> phase_198 11)))
 (let (($x4158 (> phase_197 11)))
 (let (($x4157 (> phase_196 11)))
 (let (($x4156 (> phase_195 11)))
 (let (($x4155 (> phase_194 11)))
 (let (($x4154 (> phase_193 11)))
 (let (($x4153 (> phase_192 11)))
 (let (($x4152 (> phase_191 11)))
 (let (($x4151 (> phase_190 11)))
 (let (($x4150 (> phase_189 11)))
 (let (($x4149 (> phase_188 11)))
 (let (($x4148 (> phase_187 11)))
 (let (($x4146 (> phase_186 11)))
 (let (($x4145 (> phase_185 11)))
 (let (($x4144 (> phase_184 11)))
 (let (($x4143 (> phase_183 11)))
 (let (($x4142 (> phase_182 11)))
 (let (($x4141 (> phase_181 11)))
 (let (($x4140 (> phase_180 11)))
 (let (($x4139 (> phase_179 11)))
 (let (($x4138 (> phase_178 11)))
 (let (($x4137 (> phase_177 11)))
 (let (($x4136 (> phase_176 11)))
 (let (($x4135 (> phase_175 11)))
 (let (($x4134 (> phase_174 11)))
 (let (($x4133 (> phase_173 11)))
 (let (($x4064 (> phase_172 11)))
 (let (($x3994 (> phase_171 11)))
 (let (($x4125 (> phase_170 11)))
 (let (($x4124 (> phase_169 11)))
 (let (($x4123 (> phase_168 11)))
 (let (($x4122 (> phase_167 11)))
 (let (($x4121 (> phase_166 11)))
 (let (($x4120 (> phase_165 11)))
 (let (($x4119 (> phase_164 11)))
 (let (($x4118 (> phase_163 11)))
 (let (($x4117 (> phase_162 11)))
 (let (($x4116 (> phase_161 11)))
 (let (($x4115 (> phase_160 11)))
 (let (($x4114 (> phase_159 11)))
 (let (($x4113 (> phase_158 11)))
 (let (($x4112 (> phase_157 11)))
 (let (($x4111 (> phase_156 11)))
 (let (($x4110 (> phase_155 11)))
 (let (($x4109 (> phase_154 11)))
 (let (($x4108 (> phase_153 11)))
 (let (($x4107 (> phase_152 11)))
 (let (($x4106 (> phase_151 11)))
 (let (($x4105 (> phase_150 11)))
 (let (($x4104 (> phase_149 11)))
 (let (($x4103 (> phase_148 11)))
 (let (($x4102 (> phase_147 11)))
 (let (($x4101 (> phase_146 11)))
 (let (($x4100 (> phase_145 11)))
 (let (($x4099 (> phase_144 11)))
 (let (($x4098 (> phase_143 11)))
 (let (($x4097 (> phase_142 11)))
 (let (($x4096 (> phase_141 11)))
 (let (($x4095 (> phase_140 11)))
 (let (($x4094 (> phase_139 11)))
 (let (($x4093 (> phase_138 11)))
 (let (($x4092 (> phase_137 11)))
 (let (($x4091 (> phase_136 11)))
 (let (($x4090 (> phase_135 11)))
 (let (($x4089 (> phase_134 11)))
 (let (($x4055 (> phase_133 11)))
 (let (($x4054 (> phase_132 11)))
 (let (($x4053 (> phase_131 11)))
 (let (($x4052 (> phase_130 11)))
 (let (($x4049 (> phase_129 11)))
 (let (($x4048 (> phase_128 11)))
 (let (($x4047 (> phase_127 11)))
 (let (($x4046 (> phase_126 11)))
 (let (($x4045 (> phase_125 11)))
 (let (($x4044 (> phase_124 11)))
 (let (($x4043 (> phase_123 11)))
 (let (($x4042 (> phase_122 11)))
 (let (($x4041 (> phase_121 11)))
 (let (($x4040 (> phase_120 11)))
 (let (($x4039 (> phase_119 11)))
 (let (($x4038 (> phase_118 11)))
 (let (($x4037 (> phase_117 11)))
 (let (($x4036 (> phase_116 11)))
 (let (($x4035 (> phase_115 11)))
 (let (($x4034 (> phase_114 11)))
 (let (($x4033 (> phase_113 11)))
 (let (($x4032 (> phase_112 11)))
 (let (($x4031 (> phase_111 11)))
 (let (($x4030 (> phase_110 11)))
 (let (($x4029 (> phase_109 11)))
 (let (($x4028 (> phase_108 11)))
 (let (($x4027 (> phase_107 11)))
 (let (($x4026 (> phase_106 11)))
 (let (($x4025 (> phase_105 11)))
 (let (($x4024 (> phase_104 11)))
 (let (($x4023 (> phase_103 11)))
 (let (($x4022 (> phase_102 11)))
 (let (($x4021 (> phase_101 11)))
 (let (($x4020 (> phase_100 11)))
 (let (($x4019 (> phase_99 11)))
 (let (($x4018 (> phase_98 11)))
 (let (($x4017 (> phase_97 11)))
 (let (($x4016 (> phase_96 11)))
 (let (($x4015 (> phase_95 11)))
 (let (($x4014 (> phase_94 11)))
 (let (($x4013 (> phase_93 11)))
 (let (($x4012 (> phase_92 11)))
 (let (($x4011 (> phase_91 11)))
 (let (($x4010 (> phase_90 11)))
 (let (($x4009 (> phase_89 11)))
 (let (($x4008 (> phase_88 11)))
 (let (($x4007 (> phase_87 11)))
 (let (($x4006 (> phase_86 11)))
 (let (($x4005 (> phase_85 11)))
 (let (($x4004 (> phase_84 11)))
 (let (($x4003 (> phase_83 11)))
 (let (($x4002 (> phase_82 11)))
 (let (($x4001 (> phase_81 11)))
 (let (($x4000 (> phase_80 11)))
 (let (($x3999 (> phase_79 11)))
 (let (($x3998 (> phase_78 11)))
 (let (($x3997 (> phase_77 11)))
 (let (($x3996 (> phase_76 11)))
 (let (($x1094 (> phase_75 11)))
 (let (($x3696 (> phase_74 11)))
 (let (($x546 (> phase_73 11)))
 (let (($x543 (> phase_72 11)))
 (let (($x3939 (> phase_71 11)))
 (let (($x3938 (> phase_70 11)))
 (let (($x3935 (> phase_69 11)))
 (let (($x3934 (> phase_68 11)))
 (let (($x3933 (> phase_67 11)))
 (let (($x3932 (> phase_66 11)))
 (let (($x3930 (> phase_65 11)))
 (let (($x3929 (> phase_64 11)))
 (let (($x3928 (> phase_63 11)))
 (let (($x3927 (> phase_62 11)))
 (let (($x3921 (> phase_61 11)))
 (let (($x3920 (> phase_60 11)))
 (let (($x3919 (> phase_59 11)))
 (let (($x3918 (> phase_58 11)))
 (let (($x3917 (> phase_57 11)))
 (let (($x3916 (> phase_56 11)))
 (let (($x3915 (> phase_55 11)))
 (let (($x3912 (> phase_54 11)))
 (let (($x3911 (> phase_53 11)))
 (let (($x3910 (> phase_52 11)))
 (let (($x3909 (> phase_51 11)))
 (let (($x3908 (> phase_50 11)))
 (let (($x3906 (> phase_49 11)))
 (let (($x3905 (> phase_48 11)))
 (let (($x3904 (> phase_47 11)))
 (let (($x3903 (> phase_46 11)))
 (let (($x3902 (> phase_45 11)))
 (let (($x3976 (> phase_44 11)))
 (let (($x3972 (> phase_43 11)))
 (let (($x3968 (> phase_42 11)))
 (let (($x3839 (> phase_41 11)))
 (let (($x3901 (> phase_40 11)))
 (let (($x3897 (> phase_39 11)))
 (let (($x997 (> phase_38 11)))
 (let (($x3971 (> phase_37 11)))
 (let (($x3970 (> phase_36 11)))
 (let (($x1216 (> phase_35 11)))
 (let (($x3893 (> phase_34 11)))
 (let (($x3892 (> phase_33 11)))
 (let (($x3899 (> phase_32 11)))
 (let (($x3896 (> phase_31 11)))
 (let (($x3895 (> phase_30 11)))
 (let (($x3975 (> phase_29 11)))
 (let (($x3974 (> phase_28 11)))
 (let (($x3973 (> phase_27 11)))
 (let (($x3890 (> phase_26 11)))
 (let (($x1063 (> phase_25 11)))
 (let (($x3889 (> phase_24 11)))
 (let (($x3888 (> phase_23 11)))
 (let (($x3834 (> phase_22 11)))
 (let (($x3966 (> phase_21 11)))
 (let (($x3884 (> phase_20 11)))
 (let (($x3883 (> phase_19 11)))
 (let (($x3875 (> phase_18 11)))
 (let (($x3874 (> phase_17 11)))
 (let (($x3872 (> phase_16 11)))
 (let (($x3871 (> phase_15 11)))
 (let (($x3870 (> phase_14 11)))
 (let (($x3869 (> phase_13 11)))
 (let (($x3868 (> phase_12 11)))
 (let (($x3867 (> phase_11 11)))
 (let (($x3866 (> phase_10 11)))
 (let (($x3864 (> phase_9 11)))
 (let (($x3863 (> phase_8 11)))
 (let (($x3862 (> phase_7 11)))
 (let (($x3861 (> phase_6 11)))
 (let (($x3860 (> phase_5 11)))
 (let (($x3859 (> phase_4 11)))
 (let (($x3858 (> phase_3 11)))
 (let (($x3882 (> phase_2 11)))
 (let (($x4775 (> phase_1 11)))
 (let (($x4774 (> phase_0 11)))
 (or $x4774 $x4775 $x3882 $x3858 $x3859 $x3860 $x3861 $x3862 $x3863 $x3864 $x3866 $x3867 $x3868 $x3869 $x3870 $x3871 $x3872 $x3874 $x3875 $x3883 $x3884 $x3966 $x3834 $x3888 $x3889 $x1063 $x3890 $x3973 $x3974 $x3975 $x3895 $x3896 $x3899 $x3892 $x3893 $x1216 $x3970 $x3971 $x997 $x3897 $x3901 $x3839 $x3968 $x3972 $x3976 $x3902 $x3903 $x3904 $x3905 $x3906 $x3908 $x3909 $x3910 $x3911 $x3912 $x3915 $x3916 $x3917 $x3918 $x3919 $x3920 $x3921 $x3927 $x3928 $x3929 $x3930 $x3932 $x3933 $x3934 $x3935 $x3938 $x3939 $x543 $x546 $x3696 $x1094 $x3996 $x3997 $x3998 $x3999 $x4000 $x4001 $x4002 $x4003 $x4004 $x4005 $x4006 $x4007 $x4008 $x4009 $x4010 $x4011 $x4012 $x4013 $x4014 $x4015 $x4016 $x4017 $x4018 $x4019 $x4020 $x4021 $x4022 $x4023 $x4024 $x4025 $x4026 $x4027 $x4028 $x4029 $x4030 $x4031 $x4032 $x4033 $x4034 $x4035 $x4036 $x4037 $x4038 $x4039 $x4040 $x4041 $x4042 $x4043 $x4044 $x4045 $x4046 $x4047 $x4048 $x4049 $x4052 $x4053 $x4054 $x4055 $x4089 $x4090 $x4091 $x4092 $x4093 $x4094 $x4095 $x4096 $x4097 $x4098 $x4099 $x4100 $x4101 $x4102 $x4103 $x4104 $x4105 $x4106 $x4107 $x4108 $x4109 $x4110 $x4111 $x4112 $x4113 $x4114 $x4115 $x4116 $x4117 $x4118 $x4119 $x4120 $x4121 $x4122 $x4123 $x4124 $x4125 $x3994 $x4064 $x4133 $x4134 $x4135 $x4136 $x4137 $x4138 $x4139 $x4140 $x4141 $x4142 $x4143 $x4144 $x4145 $x4146 $x4148 $x4149 $x4150 $x4151 $x4152 $x4153 $x4154 $x4155 $x4156 $x4157 $x4158 $x4159 $x4160 $x4161 $x4162 $x4163 $x4164 $x4165 $x4166 $x4167 $x4168 $x4169 $x4170 $x4171 $x4172 $x4173 $x4174 $x4175 $x4176 $x4181 $x4182 $x4183 $x4184 $x4185 $x4186 $x4187 $x4188 $x4189 $x4190 $x4191 $x4192 $x4063 $x4132 $x4200 $x4201 $x4202 $x4203 $x4204 $x4205 $x4206 $x4207 $x4208 $x4209 $x4210 $x4211 $x4212 $x4213 $x4214 $x4215 $x4216 $x4217 $x4218 $x4219 $x4220 $x4221 $x4222 $x4223 $x4224 $x4225 $x4226 $x4227 $x4228 $x4229 $x4230 $x4231 $x4232 $x4233 $x4234 $x4235 $x4236 $x4237 $x4238 $x4239 $x4240 $x4241 $x4242 $x4243 $x4244 $x4245 $x4246 $x4247 $x4248 $x4249 $x4250 $x4251 $x4252)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
