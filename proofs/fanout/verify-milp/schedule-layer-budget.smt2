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
 (= phase_110 11))
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
 (= phase_147 7))
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
 (= phase_197 6))
(assert
 (= phase_198 6))
(assert
 (= phase_199 7))
(assert
 (= phase_200 6))
(assert
 (= phase_201 6))
(assert
 (= phase_202 7))
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
 (= phase_215 6))
(assert
 (= phase_216 6))
(assert
 (= phase_217 7))
(assert
 (= phase_218 2))
(assert
 (= phase_219 2))
(assert
 (= phase_220 3))
(assert
 (= phase_221 6))
(assert
 (= phase_222 6))
(assert
 (= phase_223 7))
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
 (= phase_230 6))
(assert
 (= phase_231 6))
(assert
 (= phase_232 7))
(assert
 (= phase_233 2))
(assert
 (= phase_234 2))
(assert
 (= phase_235 3))
(assert
 (= phase_236 6))
(assert
 (= phase_237 6))
(assert
 (= phase_238 7))
(assert
 (= phase_239 6))
(assert
 (= phase_240 6))
(assert
 (= phase_241 7))
(assert
 (= phase_242 6))
(assert
 (= phase_243 6))
(assert
 (= phase_244 7))
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
 (= phase_251 6))
(assert
 (= phase_252 6))
(assert
 (= phase_253 7))
(assert
 (= phase_254 2))
(assert
 (= phase_255 2))
(assert
 (= phase_256 3))
(assert
 (= phase_257 6))
(assert
 (= phase_258 6))
(assert
 (= phase_259 7))
(assert
 (= phase_260 2))
(assert
 (= phase_261 2))
(assert
 (= phase_262 3))
(assert
 (= phase_263 6))
(assert
 (= phase_264 6))
(assert
 (= phase_265 7))
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
 (= phase_278 2))
(assert
 (= phase_279 2))
(assert
 (= phase_280 3))
(assert
 (= phase_281 9))
(assert
 (= phase_282 11))
(assert
 (let (($x5008 (> phase_282 11)))
 (let (($x5006 (> phase_281 11)))
 (let (($x5004 (> phase_280 11)))
 (let (($x5002 (> phase_279 11)))
 (let (($x5000 (> phase_278 11)))
 (let (($x4998 (> phase_277 11)))
 (let (($x4996 (> phase_276 11)))
 (let (($x4994 (> phase_275 11)))
 (let (($x4992 (> phase_274 11)))
 (let (($x4990 (> phase_273 11)))
 (let (($x4988 (> phase_272 11)))
 (let (($x4986 (> phase_271 11)))
 (let (($x4984 (> phase_270 11)))
 (let (($x4982 (> phase_269 11)))
 (let (($x4980 (> phase_268 11)))
 (let (($x4869 (> phase_267 11)))
 (let (($x4971 (> phase_266 11)))
 (let (($x4969 (> phase_265 11)))
 (let (($x4967 (> phase_264 11)))
 (let (($x4965 (> phase_263 11)))
 (let (($x4963 (> phase_262 11)))
 (let (($x4961 (> phase_261 11)))
 (let (($x4959 (> phase_260 11)))
 (let (($x4957 (> phase_259 11)))
 (let (($x4955 (> phase_258 11)))
 (let (($x4953 (> phase_257 11)))
 (let (($x4951 (> phase_256 11)))
 (let (($x4949 (> phase_255 11)))
 (let (($x4947 (> phase_254 11)))
 (let (($x4945 (> phase_253 11)))
 (let (($x4943 (> phase_252 11)))
 (let (($x4941 (> phase_251 11)))
 (let (($x4939 (> phase_250 11)))
 (let (($x4937 (> phase_249 11)))
 (let (($x4935 (> phase_248 11)))
 (let (($x4933 (> phase_247 11)))
 (let (($x4931 (> phase_246 11)))
 (let (($x4929 (> phase_245 11)))
 (let (($x4870 (> phase_244 11)))
 (let (($x4918 (> phase_243 11)))
 (let (($x4916 (> phase_242 11)))
 (let (($x4914 (> phase_241 11)))
 (let (($x4912 (> phase_240 11)))
 (let (($x4910 (> phase_239 11)))
 (let (($x4908 (> phase_238 11)))
 (let (($x4906 (> phase_237 11)))
 (let (($x4904 (> phase_236 11)))
 (let (($x4902 (> phase_235 11)))
 (let (($x4900 (> phase_234 11)))
 (let (($x4898 (> phase_233 11)))
 (let (($x4896 (> phase_232 11)))
 (let (($x4894 (> phase_231 11)))
 (let (($x4892 (> phase_230 11)))
 (let (($x4890 (> phase_229 11)))
 (let (($x4888 (> phase_228 11)))
 (let (($x4886 (> phase_227 11)))
 (let (($x4884 (> phase_226 11)))
 (let (($x4882 (> phase_225 11)))
 (let (($x4880 (> phase_224 11)))
 (let (($x4878 (> phase_223 11)))
 (let (($x4876 (> phase_222 11)))
 (let (($x4874 (> phase_221 11)))
 (let (($x4872 (> phase_220 11)))
 (let (($x4814 (> phase_219 11)))
 (let (($x4863 (> phase_218 11)))
 (let (($x4861 (> phase_217 11)))
 (let (($x4859 (> phase_216 11)))
 (let (($x4857 (> phase_215 11)))
 (let (($x4855 (> phase_214 11)))
 (let (($x4853 (> phase_213 11)))
 (let (($x4851 (> phase_212 11)))
 (let (($x4849 (> phase_211 11)))
 (let (($x4847 (> phase_210 11)))
 (let (($x4845 (> phase_209 11)))
 (let (($x4843 (> phase_208 11)))
 (let (($x4841 (> phase_207 11)))
 (let (($x4839 (> phase_206 11)))
 (let (($x4837 (> phase_205 11)))
 (let (($x4835 (> phase_204 11)))
 (let (($x4833 (> phase_203 11)))
 (let (($x4831 (> phase_202 11)))
 (let (($x4829 (> phase_201 11)))
 (let (($x4827 (> phase_200 11)))
 (let (($x4825 (> phase_199 11)))
 (let (($x4823 (> phase_198 11)))
 (let (($x4821 (> phase_197 11)))
 (let (($x4819 (> phase_196 11)))
 (let (($x4817 (> phase_195 11)))
 (let (($x4815 (> phase_194 11)))
 (let (($x4698 (> phase_193 11)))
 (let (($x4806 (> phase_192 11)))
 (let (($x4804 (> phase_191 11)))
 (let (($x4802 (> phase_190 11)))
 (let (($x4800 (> phase_189 11)))
 (let (($x4798 (> phase_188 11)))
 (let (($x4796 (> phase_187 11)))
 (let (($x4794 (> phase_186 11)))
 (let (($x4792 (> phase_185 11)))
 (let (($x4790 (> phase_184 11)))
 (let (($x4788 (> phase_183 11)))
 (let (($x4786 (> phase_182 11)))
 (let (($x4784 (> phase_181 11)))
 (let (($x4782 (> phase_180 11)))
 (let (($x4780 (> phase_179 11)))
 (let (($x4778 (> phase_178 11)))
 (let (($x4776 (> phase_177 11)))
 (let (($x4774 (> phase_176 11)))
 (let (($x4772 (> phase_175 11)))
 (let (($x4770 (> phase_174 11)))
 (let (($x4768 (> phase_173 11)))
 (let (($x4766 (> phase_172 11)))
 (let (($x4764 (> phase_171 11)))
 (let (($x4762 (> phase_170 11)))
 (let (($x4760 (> phase_169 11)))
 (let (($x4758 (> phase_168 11)))
 (let (($x4639 (> phase_167 11)))
 (let (($x4749 (> phase_166 11)))
 (let (($x4747 (> phase_165 11)))
 (let (($x4745 (> phase_164 11)))
 (let (($x4743 (> phase_163 11)))
 (let (($x4741 (> phase_162 11)))
 (let (($x4739 (> phase_161 11)))
 (let (($x4737 (> phase_160 11)))
 (let (($x4735 (> phase_159 11)))
 (let (($x4733 (> phase_158 11)))
 (let (($x4731 (> phase_157 11)))
 (let (($x4729 (> phase_156 11)))
 (let (($x4727 (> phase_155 11)))
 (let (($x4725 (> phase_154 11)))
 (let (($x4723 (> phase_153 11)))
 (let (($x4721 (> phase_152 11)))
 (let (($x4719 (> phase_151 11)))
 (let (($x4717 (> phase_150 11)))
 (let (($x4715 (> phase_149 11)))
 (let (($x4713 (> phase_148 11)))
 (let (($x4711 (> phase_147 11)))
 (let (($x4709 (> phase_146 11)))
 (let (($x4707 (> phase_145 11)))
 (let (($x4705 (> phase_144 11)))
 (let (($x4703 (> phase_143 11)))
 (let (($x4701 (> phase_142 11)))
 (let (($x4640 (> phase_141 11)))
 (let (($x4692 (> phase_140 11)))
 (let (($x4690 (> phase_139 11)))
 (let (($x4688 (> phase_138 11)))
 (let (($x4686 (> phase_137 11)))
 (let (($x4684 (> phase_136 11)))
 (let (($x4682 (> phase_135 11)))
 (let (($x4680 (> phase_134 11)))
 (let (($x4678 (> phase_133 11)))
 (let (($x4676 (> phase_132 11)))
 (let (($x4674 (> phase_131 11)))
 (let (($x4672 (> phase_130 11)))
 (let (($x4670 (> phase_129 11)))
 (let (($x4668 (> phase_128 11)))
 (let (($x4666 (> phase_127 11)))
 (let (($x4664 (> phase_126 11)))
 (let (($x4662 (> phase_125 11)))
 (let (($x4660 (> phase_124 11)))
 (let (($x4658 (> phase_123 11)))
 (let (($x4656 (> phase_122 11)))
 (let (($x4654 (> phase_121 11)))
 (let (($x4652 (> phase_120 11)))
 (let (($x4650 (> phase_119 11)))
 (let (($x4648 (> phase_118 11)))
 (let (($x4646 (> phase_117 11)))
 (let (($x4644 (> phase_116 11)))
 (let (($x4642 (> phase_115 11)))
 (let (($x4580 (> phase_114 11)))
 (let (($x4633 (> phase_113 11)))
 (let (($x4631 (> phase_112 11)))
 (let (($x4629 (> phase_111 11)))
 (let (($x4627 (> phase_110 11)))
 (let (($x4625 (> phase_109 11)))
 (let (($x4623 (> phase_108 11)))
 (let (($x4621 (> phase_107 11)))
 (let (($x4619 (> phase_106 11)))
 (let (($x4617 (> phase_105 11)))
 (let (($x4615 (> phase_104 11)))
 (let (($x4613 (> phase_103 11)))
 (let (($x4611 (> phase_102 11)))
 (let (($x4609 (> phase_101 11)))
 (let (($x4607 (> phase_100 11)))
 (let (($x4605 (> phase_99 11)))
 (let (($x4603 (> phase_98 11)))
 (let (($x4601 (> phase_97 11)))
 (let (($x4599 (> phase_96 11)))
 (let (($x4597 (> phase_95 11)))
 (let (($x4595 (> phase_94 11)))
 (let (($x4593 (> phase_93 11)))
 (let (($x4591 (> phase_92 11)))
 (let (($x4589 (> phase_91 11)))
 (let (($x4587 (> phase_90 11)))
 (let (($x4585 (> phase_89 11)))
 (let (($x4583 (> phase_88 11)))
 (let (($x4581 (> phase_87 11)))
 (let (($x4456 (> phase_86 11)))
 (let (($x4572 (> phase_85 11)))
 (let (($x4570 (> phase_84 11)))
 (let (($x4568 (> phase_83 11)))
 (let (($x4566 (> phase_82 11)))
 (let (($x4564 (> phase_81 11)))
 (let (($x4562 (> phase_80 11)))
 (let (($x4560 (> phase_79 11)))
 (let (($x4558 (> phase_78 11)))
 (let (($x4556 (> phase_77 11)))
 (let (($x4554 (> phase_76 11)))
 (let (($x4552 (> phase_75 11)))
 (let (($x4550 (> phase_74 11)))
 (let (($x4548 (> phase_73 11)))
 (let (($x4546 (> phase_72 11)))
 (let (($x4544 (> phase_71 11)))
 (let (($x4542 (> phase_70 11)))
 (let (($x4540 (> phase_69 11)))
 (let (($x4538 (> phase_68 11)))
 (let (($x4536 (> phase_67 11)))
 (let (($x4534 (> phase_66 11)))
 (let (($x4532 (> phase_65 11)))
 (let (($x4530 (> phase_64 11)))
 (let (($x4528 (> phase_63 11)))
 (let (($x4526 (> phase_62 11)))
 (let (($x4476 (> phase_61 11)))
 (let (($x4475 (> phase_60 11)))
 (let (($x4470 (> phase_59 11)))
 (let (($x4469 (> phase_58 11)))
 (let (($x4462 (> phase_57 11)))
 (let (($x4461 (> phase_56 11)))
 (let (($x4329 (> phase_55 11)))
 (let (($x4450 (> phase_54 11)))
 (let (($x4445 (> phase_53 11)))
 (let (($x4444 (> phase_52 11)))
 (let (($x4427 (> phase_51 11)))
 (let (($x4426 (> phase_50 11)))
 (let (($x4421 (> phase_49 11)))
 (let (($x4420 (> phase_48 11)))
 (let (($x4417 (> phase_47 11)))
 (let (($x4416 (> phase_46 11)))
 (let (($x4411 (> phase_45 11)))
 (let (($x4410 (> phase_44 11)))
 (let (($x4405 (> phase_43 11)))
 (let (($x4404 (> phase_42 11)))
 (let (($x4399 (> phase_41 11)))
 (let (($x4398 (> phase_40 11)))
 (let (($x4386 (> phase_39 11)))
 (let (($x4385 (> phase_38 11)))
 (let (($x4376 (> phase_37 11)))
 (let (($x4375 (> phase_36 11)))
 (let (($x4370 (> phase_35 11)))
 (let (($x4369 (> phase_34 11)))
 (let (($x4364 (> phase_33 11)))
 (let (($x4363 (> phase_32 11)))
 (let (($x4358 (> phase_31 11)))
 (let (($x4357 (> phase_30 11)))
 (let (($x4352 (> phase_29 11)))
 (let (($x4351 (> phase_28 11)))
 (let (($x4346 (> phase_27 11)))
 (let (($x4345 (> phase_26 11)))
 (let (($x4338 (> phase_25 11)))
 (let (($x4337 (> phase_24 11)))
 (let (($x4332 (> phase_23 11)))
 (let (($x4331 (> phase_22 11)))
 (let (($x4321 (> phase_21 11)))
 (let (($x4320 (> phase_20 11)))
 (let (($x4315 (> phase_19 11)))
 (let (($x4314 (> phase_18 11)))
 (let (($x4309 (> phase_17 11)))
 (let (($x4308 (> phase_16 11)))
 (let (($x4305 (> phase_15 11)))
 (let (($x4304 (> phase_14 11)))
 (let (($x4299 (> phase_13 11)))
 (let (($x4298 (> phase_12 11)))
 (let (($x4291 (> phase_11 11)))
 (let (($x4290 (> phase_10 11)))
 (let (($x4287 (> phase_9 11)))
 (let (($x4286 (> phase_8 11)))
 (let (($x4281 (> phase_7 11)))
 (let (($x4280 (> phase_6 11)))
 (let (($x4273 (> phase_5 11)))
 (let (($x4272 (> phase_4 11)))
 (let (($x4137 (> phase_3 11)))
 (let (($x4136 (> phase_2 11)))
 (let (($x4525 (> phase_1 11)))
 (let (($x4524 (> phase_0 11)))
 (or $x4524 $x4525 $x4136 $x4137 $x4272 $x4273 $x4280 $x4281 $x4286 $x4287 $x4290 $x4291 $x4298 $x4299 $x4304 $x4305 $x4308 $x4309 $x4314 $x4315 $x4320 $x4321 $x4331 $x4332 $x4337 $x4338 $x4345 $x4346 $x4351 $x4352 $x4357 $x4358 $x4363 $x4364 $x4369 $x4370 $x4375 $x4376 $x4385 $x4386 $x4398 $x4399 $x4404 $x4405 $x4410 $x4411 $x4416 $x4417 $x4420 $x4421 $x4426 $x4427 $x4444 $x4445 $x4450 $x4329 $x4461 $x4462 $x4469 $x4470 $x4475 $x4476 $x4526 $x4528 $x4530 $x4532 $x4534 $x4536 $x4538 $x4540 $x4542 $x4544 $x4546 $x4548 $x4550 $x4552 $x4554 $x4556 $x4558 $x4560 $x4562 $x4564 $x4566 $x4568 $x4570 $x4572 $x4456 $x4581 $x4583 $x4585 $x4587 $x4589 $x4591 $x4593 $x4595 $x4597 $x4599 $x4601 $x4603 $x4605 $x4607 $x4609 $x4611 $x4613 $x4615 $x4617 $x4619 $x4621 $x4623 $x4625 $x4627 $x4629 $x4631 $x4633 $x4580 $x4642 $x4644 $x4646 $x4648 $x4650 $x4652 $x4654 $x4656 $x4658 $x4660 $x4662 $x4664 $x4666 $x4668 $x4670 $x4672 $x4674 $x4676 $x4678 $x4680 $x4682 $x4684 $x4686 $x4688 $x4690 $x4692 $x4640 $x4701 $x4703 $x4705 $x4707 $x4709 $x4711 $x4713 $x4715 $x4717 $x4719 $x4721 $x4723 $x4725 $x4727 $x4729 $x4731 $x4733 $x4735 $x4737 $x4739 $x4741 $x4743 $x4745 $x4747 $x4749 $x4639 $x4758 $x4760 $x4762 $x4764 $x4766 $x4768 $x4770 $x4772 $x4774 $x4776 $x4778 $x4780 $x4782 $x4784 $x4786 $x4788 $x4790 $x4792 $x4794 $x4796 $x4798 $x4800 $x4802 $x4804 $x4806 $x4698 $x4815 $x4817 $x4819 $x4821 $x4823 $x4825 $x4827 $x4829 $x4831 $x4833 $x4835 $x4837 $x4839 $x4841 $x4843 $x4845 $x4847 $x4849 $x4851 $x4853 $x4855 $x4857 $x4859 $x4861 $x4863 $x4814 $x4872 $x4874 $x4876 $x4878 $x4880 $x4882 $x4884 $x4886 $x4888 $x4890 $x4892 $x4894 $x4896 $x4898 $x4900 $x4902 $x4904 $x4906 $x4908 $x4910 $x4912 $x4914 $x4916 $x4918 $x4870 $x4929 $x4931 $x4933 $x4935 $x4937 $x4939 $x4941 $x4943 $x4945 $x4947 $x4949 $x4951 $x4953 $x4955 $x4957 $x4959 $x4961 $x4963 $x4965 $x4967 $x4969 $x4971 $x4869 $x4980 $x4982 $x4984 $x4986 $x4988 $x4990 $x4992 $x4994 $x4996 $x4998 $x5000 $x5002 $x5004 $x5006 $x5008)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
