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
 (let (($x4765 (and (<= (* 4 layer) phase_279) (<= phase_279 (+ (* 4 layer) 3)))))
 (let ((?x4766 (ite $x4765 1 0)))
 (let (($x4834 (and (<= (* 4 layer) phase_278) (<= phase_278 (+ (* 4 layer) 3)))))
 (let ((?x4836 (ite $x4834 1 0)))
 (let (($x4912 (and (<= (* 4 layer) phase_276) (<= phase_276 (+ (* 4 layer) 3)))))
 (let ((?x4915 (ite $x4912 1 0)))
 (let (($x5021 (and (<= (* 4 layer) phase_275) (<= phase_275 (+ (* 4 layer) 3)))))
 (let ((?x5024 (ite $x5021 1 0)))
 (let (($x5031 (and (<= (* 4 layer) phase_273) (<= phase_273 (+ (* 4 layer) 3)))))
 (let ((?x5136 (ite $x5031 1 0)))
 (let (($x5244 (and (<= (* 4 layer) phase_272) (<= phase_272 (+ (* 4 layer) 3)))))
 (let ((?x5247 (ite $x5244 1 0)))
 (let (($x5356 (and (<= (* 4 layer) phase_270) (<= phase_270 (+ (* 4 layer) 3)))))
 (let ((?x5359 (ite $x5356 1 0)))
 (let (($x5467 (and (<= (* 4 layer) phase_269) (<= phase_269 (+ (* 4 layer) 3)))))
 (let ((?x5470 (ite $x5467 1 0)))
 (let (($x5573 (and (<= (* 4 layer) phase_267) (<= phase_267 (+ (* 4 layer) 3)))))
 (let ((?x5576 (ite $x5573 1 0)))
 (let (($x5674 (and (<= (* 4 layer) phase_266) (<= phase_266 (+ (* 4 layer) 3)))))
 (let ((?x5675 (ite $x5674 1 0)))
 (let (($x5711 (and (<= (* 4 layer) phase_264) (<= phase_264 (+ (* 4 layer) 3)))))
 (let ((?x5712 (ite $x5711 1 0)))
 (let (($x5748 (and (<= (* 4 layer) phase_263) (<= phase_263 (+ (* 4 layer) 3)))))
 (let ((?x5749 (ite $x5748 1 0)))
 (let (($x5785 (and (<= (* 4 layer) phase_261) (<= phase_261 (+ (* 4 layer) 3)))))
 (let ((?x5786 (ite $x5785 1 0)))
 (let (($x5807 (and (<= (* 4 layer) phase_260) (<= phase_260 (+ (* 4 layer) 3)))))
 (let ((?x5808 (ite $x5807 1 0)))
 (let (($x4808 (and (<= (* 4 layer) phase_258) (<= phase_258 (+ (* 4 layer) 3)))))
 (let ((?x6102 (ite $x4808 1 0)))
 (let (($x6104 (and (<= (* 4 layer) phase_257) (<= phase_257 (+ (* 4 layer) 3)))))
 (let ((?x6138 (ite $x6104 1 0)))
 (let (($x6106 (and (<= (* 4 layer) phase_255) (<= phase_255 (+ (* 4 layer) 3)))))
 (let ((?x5414 (ite $x6106 1 0)))
 (let (($x6125 (and (<= (* 4 layer) phase_254) (<= phase_254 (+ (* 4 layer) 3)))))
 (let ((?x6154 (ite $x6125 1 0)))
 (let (($x6109 (and (<= (* 4 layer) phase_252) (<= phase_252 (+ (* 4 layer) 3)))))
 (let ((?x6140 (ite $x6109 1 0)))
 (let (($x6141 (and (<= (* 4 layer) phase_251) (<= phase_251 (+ (* 4 layer) 3)))))
 (let ((?x6155 (ite $x6141 1 0)))
 (let (($x6142 (and (<= (* 4 layer) phase_249) (<= phase_249 (+ (* 4 layer) 3)))))
 (let ((?x5967 (ite $x6142 1 0)))
 (let (($x6156 (and (<= (* 4 layer) phase_248) (<= phase_248 (+ (* 4 layer) 3)))))
 (let ((?x6163 (ite $x6156 1 0)))
 (let (($x6117 (and (<= (* 4 layer) phase_246) (<= phase_246 (+ (* 4 layer) 3)))))
 (let ((?x6144 (ite $x6117 1 0)))
 (let (($x6145 (and (<= (* 4 layer) phase_245) (<= phase_245 (+ (* 4 layer) 3)))))
 (let ((?x6157 (ite $x6145 1 0)))
 (let (($x6146 (and (<= (* 4 layer) phase_243) (<= phase_243 (+ (* 4 layer) 3)))))
 (let ((?x5944 (ite $x6146 1 0)))
 (let (($x6158 (and (<= (* 4 layer) phase_242) (<= phase_242 (+ (* 4 layer) 3)))))
 (let ((?x5543 (ite $x6158 1 0)))
 (let (($x6148 (and (<= (* 4 layer) phase_240) (<= phase_240 (+ (* 4 layer) 3)))))
 (let ((?x4391 (ite $x6148 1 0)))
 (let (($x6159 (and (<= (* 4 layer) phase_239) (<= phase_239 (+ (* 4 layer) 3)))))
 (let ((?x6012 (ite $x6159 1 0)))
 (let (($x6020 (and (<= (* 4 layer) phase_237) (<= phase_237 (+ (* 4 layer) 3)))))
 (let ((?x6021 (ite $x6020 1 0)))
 (let (($x6152 (and (<= (* 4 layer) phase_236) (<= phase_236 (+ (* 4 layer) 3)))))
 (let ((?x6166 (ite $x6152 1 0)))
 (let (($x6135 (and (<= (* 4 layer) phase_234) (<= phase_234 (+ (* 4 layer) 3)))))
 (let ((?x5501 (ite $x6135 1 0)))
 (let (($x6171 (and (<= (* 4 layer) phase_233) (<= phase_233 (+ (* 4 layer) 3)))))
 (let ((?x6172 (ite $x6171 1 0)))
 (let (($x6178 (and (<= (* 4 layer) phase_231) (<= phase_231 (+ (* 4 layer) 3)))))
 (let ((?x6189 (ite $x6178 1 0)))
 (let (($x6206 (and (<= (* 4 layer) phase_230) (<= phase_230 (+ (* 4 layer) 3)))))
 (let ((?x6207 (ite $x6206 1 0)))
 (let (($x6227 (and (<= (* 4 layer) phase_228) (<= phase_228 (+ (* 4 layer) 3)))))
 (let ((?x6228 (ite $x6227 1 0)))
 (let (($x6254 (and (<= (* 4 layer) phase_227) (<= phase_227 (+ (* 4 layer) 3)))))
 (let ((?x6255 (ite $x6254 1 0)))
 (let (($x6270 (and (<= (* 4 layer) phase_225) (<= phase_225 (+ (* 4 layer) 3)))))
 (let ((?x6271 (ite $x6270 1 0)))
 (let (($x6286 (and (<= (* 4 layer) phase_224) (<= phase_224 (+ (* 4 layer) 3)))))
 (let ((?x6287 (ite $x6286 1 0)))
 (let (($x6307 (and (<= (* 4 layer) phase_222) (<= phase_222 (+ (* 4 layer) 3)))))
 (let ((?x6308 (ite $x6307 1 0)))
 (let (($x21093 (and (<= (* 4 layer) phase_221) (<= phase_221 (+ (* 4 layer) 3)))))
 (let ((?x21094 (ite $x21093 1 0)))
 (let (($x21113 (and (<= (* 4 layer) phase_219) (<= phase_219 (+ (* 4 layer) 3)))))
 (let ((?x21115 (ite $x21113 1 0)))
 (let (($x21135 (and (<= (* 4 layer) phase_218) (<= phase_218 (+ (* 4 layer) 3)))))
 (let ((?x21136 (ite $x21135 1 0)))
 (let (($x9387 (and (<= (* 4 layer) phase_216) (<= phase_216 (+ (* 4 layer) 3)))))
 (let ((?x9399 (ite $x9387 1 0)))
 (let (($x9352 (and (<= (* 4 layer) phase_215) (<= phase_215 (+ (* 4 layer) 3)))))
 (let ((?x9364 (ite $x9352 1 0)))
 (let (($x9329 (and (<= (* 4 layer) phase_213) (<= phase_213 (+ (* 4 layer) 3)))))
 (let ((?x9330 (ite $x9329 1 0)))
 (let (($x9305 (and (<= (* 4 layer) phase_212) (<= phase_212 (+ (* 4 layer) 3)))))
 (let ((?x9287 (ite $x9305 1 0)))
 (let (($x15713 (and (<= (* 4 layer) phase_210) (<= phase_210 (+ (* 4 layer) 3)))))
 (let ((?x15813 (ite $x15713 1 0)))
 (let (($x485 (and (<= (* 4 layer) phase_209) (<= phase_209 (+ (* 4 layer) 3)))))
 (let ((?x486 (ite $x485 1 0)))
 (let (($x503 (and (<= (* 4 layer) phase_207) (<= phase_207 (+ (* 4 layer) 3)))))
 (let ((?x491 (ite $x503 1 0)))
 (let (($x513 (and (<= (* 4 layer) phase_206) (<= phase_206 (+ (* 4 layer) 3)))))
 (let ((?x514 (ite $x513 1 0)))
 (let (($x529 (and (<= (* 4 layer) phase_204) (<= phase_204 (+ (* 4 layer) 3)))))
 (let ((?x530 (ite $x529 1 0)))
 (let (($x566 (and (<= (* 4 layer) phase_203) (<= phase_203 (+ (* 4 layer) 3)))))
 (let ((?x567 (ite $x566 1 0)))
 (let (($x979 (and (<= (* 4 layer) phase_201) (<= phase_201 (+ (* 4 layer) 3)))))
 (let ((?x870 (ite $x979 1 0)))
 (let (($x1223 (and (<= (* 4 layer) phase_200) (<= phase_200 (+ (* 4 layer) 3)))))
 (let ((?x890 (ite $x1223 1 0)))
 (let (($x1104 (and (<= (* 4 layer) phase_198) (<= phase_198 (+ (* 4 layer) 3)))))
 (let ((?x1087 (ite $x1104 1 0)))
 (let (($x856 (and (<= (* 4 layer) phase_197) (<= phase_197 (+ (* 4 layer) 3)))))
 (let ((?x1189 (ite $x856 1 0)))
 (let (($x1072 (and (<= (* 4 layer) phase_195) (<= phase_195 (+ (* 4 layer) 3)))))
 (let ((?x1036 (ite $x1072 1 0)))
 (let (($x1172 (and (<= (* 4 layer) phase_194) (<= phase_194 (+ (* 4 layer) 3)))))
 (let ((?x986 (ite $x1172 1 0)))
 (let (($x1220 (and (<= (* 4 layer) phase_192) (<= phase_192 (+ (* 4 layer) 3)))))
 (let ((?x1028 (ite $x1220 1 0)))
 (let (($x919 (and (<= (* 4 layer) phase_191) (<= phase_191 (+ (* 4 layer) 3)))))
 (let ((?x883 (ite $x919 1 0)))
 (let (($x1099 (and (<= (* 4 layer) phase_189) (<= phase_189 (+ (* 4 layer) 3)))))
 (let ((?x1111 (ite $x1099 1 0)))
 (let (($x846 (and (<= (* 4 layer) phase_188) (<= phase_188 (+ (* 4 layer) 3)))))
 (let ((?x855 (ite $x846 1 0)))
 (let (($x900 (and (<= (* 4 layer) phase_186) (<= phase_186 (+ (* 4 layer) 3)))))
 (let ((?x909 (ite $x900 1 0)))
 (let (($x954 (and (<= (* 4 layer) phase_185) (<= phase_185 (+ (* 4 layer) 3)))))
 (let ((?x963 (ite $x954 1 0)))
 (let (($x1017 (and (<= (* 4 layer) phase_183) (<= phase_183 (+ (* 4 layer) 3)))))
 (let ((?x1020 (ite $x1017 1 0)))
 (let (($x1071 (and (<= (* 4 layer) phase_182) (<= phase_182 (+ (* 4 layer) 3)))))
 (let ((?x1074 (ite $x1071 1 0)))
 (let (($x1125 (and (<= (* 4 layer) phase_181) (<= phase_181 (+ (* 4 layer) 3)))))
 (let ((?x1128 (ite $x1125 1 0)))
 (let (($x1179 (and (<= (* 4 layer) phase_180) (<= phase_180 (+ (* 4 layer) 3)))))
 (let ((?x1182 (ite $x1179 1 0)))
 (let (($x1273 (and (<= (* 4 layer) phase_179) (<= phase_179 (+ (* 4 layer) 3)))))
 (let ((?x1283 (ite $x1273 1 0)))
 (let (($x1325 (and (<= (* 4 layer) phase_178) (<= phase_178 (+ (* 4 layer) 3)))))
 (let ((?x1326 (ite $x1325 1 0)))
 (let (($x1377 (and (<= (* 4 layer) phase_177) (<= phase_177 (+ (* 4 layer) 3)))))
 (let ((?x1380 (ite $x1377 1 0)))
 (let (($x1439 (and (<= (* 4 layer) phase_176) (<= phase_176 (+ (* 4 layer) 3)))))
 (let ((?x1440 (ite $x1439 1 0)))
 (let (($x1509 (and (<= (* 4 layer) phase_175) (<= phase_175 (+ (* 4 layer) 3)))))
 (let ((?x1507 (ite $x1509 1 0)))
 (let (($x1585 (and (<= (* 4 layer) phase_174) (<= phase_174 (+ (* 4 layer) 3)))))
 (let ((?x1611 (ite $x1585 1 0)))
 (let (($x1701 (and (<= (* 4 layer) phase_173) (<= phase_173 (+ (* 4 layer) 3)))))
 (let ((?x1702 (ite $x1701 1 0)))
 (let (($x1801 (and (<= (* 4 layer) phase_172) (<= phase_172 (+ (* 4 layer) 3)))))
 (let ((?x1803 (ite $x1801 1 0)))
 (let (($x1911 (and (<= (* 4 layer) phase_171) (<= phase_171 (+ (* 4 layer) 3)))))
 (let ((?x1912 (ite $x1911 1 0)))
 (let (($x2029 (and (<= (* 4 layer) phase_170) (<= phase_170 (+ (* 4 layer) 3)))))
 (let ((?x2027 (ite $x2029 1 0)))
 (let (($x2153 (and (<= (* 4 layer) phase_169) (<= phase_169 (+ (* 4 layer) 3)))))
 (let ((?x2195 (ite $x2153 1 0)))
 (let (($x2333 (and (<= (* 4 layer) phase_168) (<= phase_168 (+ (* 4 layer) 3)))))
 (let ((?x2334 (ite $x2333 1 0)))
 (let (($x2481 (and (<= (* 4 layer) phase_167) (<= phase_167 (+ (* 4 layer) 3)))))
 (let ((?x2483 (ite $x2481 1 0)))
 (let (($x2639 (and (<= (* 4 layer) phase_166) (<= phase_166 (+ (* 4 layer) 3)))))
 (let ((?x2640 (ite $x2639 1 0)))
 (let (($x7208 (and (<= (* 4 layer) phase_165) (<= phase_165 (+ (* 4 layer) 3)))))
 (let ((?x7138 (ite $x7208 1 0)))
 (let (($x7255 (and (<= (* 4 layer) phase_164) (<= phase_164 (+ (* 4 layer) 3)))))
 (let ((?x6444 (ite $x7255 1 0)))
 (let (($x7219 (and (<= (* 4 layer) phase_163) (<= phase_163 (+ (* 4 layer) 3)))))
 (let ((?x7090 (ite $x7219 1 0)))
 (let (($x7084 (and (<= (* 4 layer) phase_162) (<= phase_162 (+ (* 4 layer) 3)))))
 (let ((?x7286 (ite $x7084 1 0)))
 (let (($x7273 (and (<= (* 4 layer) phase_161) (<= phase_161 (+ (* 4 layer) 3)))))
 (let ((?x7213 (ite $x7273 1 0)))
 (let (($x7196 (and (<= (* 4 layer) phase_160) (<= phase_160 (+ (* 4 layer) 3)))))
 (let ((?x7058 (ite $x7196 1 0)))
 (let (($x7174 (and (<= (* 4 layer) phase_159) (<= phase_159 (+ (* 4 layer) 3)))))
 (let ((?x7117 (ite $x7174 1 0)))
 (let (($x7126 (and (<= (* 4 layer) phase_158) (<= phase_158 (+ (* 4 layer) 3)))))
 (let ((?x6871 (ite $x7126 1 0)))
 (let (($x7024 (and (<= (* 4 layer) phase_157) (<= phase_157 (+ (* 4 layer) 3)))))
 (let ((?x6813 (ite $x7024 1 0)))
 (let (($x6790 (and (<= (* 4 layer) phase_156) (<= phase_156 (+ (* 4 layer) 3)))))
 (let ((?x6762 (ite $x6790 1 0)))
 (let (($x6836 (and (<= (* 4 layer) phase_155) (<= phase_155 (+ (* 4 layer) 3)))))
 (let ((?x6504 (ite $x6836 1 0)))
 (let (($x5460 (and (<= (* 4 layer) phase_154) (<= phase_154 (+ (* 4 layer) 3)))))
 (let ((?x6978 (ite $x5460 1 0)))
 (let (($x6795 (and (<= (* 4 layer) phase_153) (<= phase_153 (+ (* 4 layer) 3)))))
 (let ((?x6767 (ite $x6795 1 0)))
 (let (($x6197 (and (<= (* 4 layer) phase_152) (<= phase_152 (+ (* 4 layer) 3)))))
 (let ((?x6595 (ite $x6197 1 0)))
 (let (($x6602 (and (<= (* 4 layer) phase_151) (<= phase_151 (+ (* 4 layer) 3)))))
 (let ((?x6858 (ite $x6602 1 0)))
 (let (($x6648 (and (<= (* 4 layer) phase_150) (<= phase_150 (+ (* 4 layer) 3)))))
 (let ((?x6751 (ite $x6648 1 0)))
 (let (($x6621 (and (<= (* 4 layer) phase_149) (<= phase_149 (+ (* 4 layer) 3)))))
 (let ((?x5879 (ite $x6621 1 0)))
 (let (($x6770 (and (<= (* 4 layer) phase_148) (<= phase_148 (+ (* 4 layer) 3)))))
 (let ((?x6728 (ite $x6770 1 0)))
 (let (($x6522 (and (<= (* 4 layer) phase_146) (<= phase_146 (+ (* 4 layer) 3)))))
 (let ((?x6656 (ite $x6522 1 0)))
 (let (($x6415 (and (<= (* 4 layer) phase_145) (<= phase_145 (+ (* 4 layer) 3)))))
 (let ((?x6493 (ite $x6415 1 0)))
 (let (($x1063 (and (<= (* 4 layer) phase_144) (<= phase_144 (+ (* 4 layer) 3)))))
 (let ((?x3874 (ite $x1063 1 0)))
 (let (($x3917 (and (<= (* 4 layer) phase_143) (<= phase_143 (+ (* 4 layer) 3)))))
 (let ((?x3906 (ite $x3917 1 0)))
 (let (($x4009 (and (<= (* 4 layer) phase_142) (<= phase_142 (+ (* 4 layer) 3)))))
 (let ((?x4001 (ite $x4009 1 0)))
 (let (($x4041 (and (<= (* 4 layer) phase_141) (<= phase_141 (+ (* 4 layer) 3)))))
 (let ((?x4033 (ite $x4041 1 0)))
 (let (($x4108 (and (<= (* 4 layer) phase_140) (<= phase_140 (+ (* 4 layer) 3)))))
 (let ((?x4100 (ite $x4108 1 0)))
 (let (($x4145 (and (<= (* 4 layer) phase_139) (<= phase_139 (+ (* 4 layer) 3)))))
 (let ((?x4137 (ite $x4145 1 0)))
 (let (($x4182 (and (<= (* 4 layer) phase_138) (<= phase_138 (+ (* 4 layer) 3)))))
 (let ((?x4170 (ite $x4182 1 0)))
 (let (($x4219 (and (<= (* 4 layer) phase_137) (<= phase_137 (+ (* 4 layer) 3)))))
 (let ((?x4211 (ite $x4219 1 0)))
 (let (($x4251 (and (<= (* 4 layer) phase_136) (<= phase_136 (+ (* 4 layer) 3)))))
 (let ((?x4243 (ite $x4251 1 0)))
 (let (($x24324 (and (<= (* 4 layer) phase_135) (<= phase_135 (+ (* 4 layer) 3)))))
 (let ((?x24180 (ite $x24324 1 0)))
 (let (($x24858 (and (<= (* 4 layer) phase_134) (<= phase_134 (+ (* 4 layer) 3)))))
 (let ((?x24714 (ite $x24858 1 0)))
 (let (($x25372 (and (<= (* 4 layer) phase_133) (<= phase_133 (+ (* 4 layer) 3)))))
 (let ((?x25251 (ite $x25372 1 0)))
 (let (($x25906 (and (<= (* 4 layer) phase_132) (<= phase_132 (+ (* 4 layer) 3)))))
 (let ((?x25783 (ite $x25906 1 0)))
 (let (($x4290 (and (<= (* 4 layer) phase_131) (<= phase_131 (+ (* 4 layer) 3)))))
 (let ((?x4274 (ite $x4290 1 0)))
 (let (($x4359 (and (<= (* 4 layer) phase_130) (<= phase_130 (+ (* 4 layer) 3)))))
 (let ((?x4343 (ite $x4359 1 0)))
 (let (($x4434 (and (<= (* 4 layer) phase_129) (<= phase_129 (+ (* 4 layer) 3)))))
 (let ((?x4415 (ite $x4434 1 0)))
 (let (($x4503 (and (<= (* 4 layer) phase_128) (<= phase_128 (+ (* 4 layer) 3)))))
 (let ((?x4487 (ite $x4503 1 0)))
 (let (($x4572 (and (<= (* 4 layer) phase_127) (<= phase_127 (+ (* 4 layer) 3)))))
 (let ((?x4556 (ite $x4572 1 0)))
 (let (($x4646 (and (<= (* 4 layer) phase_126) (<= phase_126 (+ (* 4 layer) 3)))))
 (let ((?x4625 (ite $x4646 1 0)))
 (let (($x4715 (and (<= (* 4 layer) phase_125) (<= phase_125 (+ (* 4 layer) 3)))))
 (let ((?x4640 (ite $x4715 1 0)))
 (let (($x4826 (and (<= (* 4 layer) phase_124) (<= phase_124 (+ (* 4 layer) 3)))))
 (let ((?x4789 (ite $x4826 1 0)))
 (let (($x5009 (and (<= (* 4 layer) phase_123) (<= phase_123 (+ (* 4 layer) 3)))))
 (let ((?x4956 (ite $x5009 1 0)))
 (let (($x5227 (and (<= (* 4 layer) phase_122) (<= phase_122 (+ (* 4 layer) 3)))))
 (let ((?x5172 (ite $x5227 1 0)))
 (let (($x5450 (and (<= (* 4 layer) phase_121) (<= phase_121 (+ (* 4 layer) 3)))))
 (let ((?x5397 (ite $x5450 1 0)))
 (let (($x5670 (and (<= (* 4 layer) phase_120) (<= phase_120 (+ (* 4 layer) 3)))))
 (let ((?x5614 (ite $x5670 1 0)))
 (let (($x5707 (and (<= (* 4 layer) phase_119) (<= phase_119 (+ (* 4 layer) 3)))))
 (let ((?x5723 (ite $x5707 1 0)))
 (let (($x5805 (and (<= (* 4 layer) phase_118) (<= phase_118 (+ (* 4 layer) 3)))))
 (let ((?x5797 (ite $x5805 1 0)))
 (let (($x5831 (and (<= (* 4 layer) phase_117) (<= phase_117 (+ (* 4 layer) 3)))))
 (let ((?x5826 (ite $x5831 1 0)))
 (let (($x6051 (and (<= (* 4 layer) phase_116) (<= phase_116 (+ (* 4 layer) 3)))))
 (let ((?x5779 (ite $x6051 1 0)))
 (let (($x4919 (and (<= (* 4 layer) phase_115) (<= phase_115 (+ (* 4 layer) 3)))))
 (let ((?x5864 (ite $x4919 1 0)))
 (let (($x6115 (and (<= (* 4 layer) phase_114) (<= phase_114 (+ (* 4 layer) 3)))))
 (let ((?x6064 (ite $x6115 1 0)))
 (let (($x6074 (and (<= (* 4 layer) phase_113) (<= phase_113 (+ (* 4 layer) 3)))))
 (let ((?x5991 (ite $x6074 1 0)))
 (let (($x6107 (and (<= (* 4 layer) phase_112) (<= phase_112 (+ (* 4 layer) 3)))))
 (let ((?x4753 (ite $x6107 1 0)))
 (let (($x6129 (and (<= (* 4 layer) phase_111) (<= phase_111 (+ (* 4 layer) 3)))))
 (let ((?x6084 (ite $x6129 1 0)))
 (let (($x6151 (and (<= (* 4 layer) phase_109) (<= phase_109 (+ (* 4 layer) 3)))))
 (let ((?x6132 (ite $x6151 1 0)))
 (let (($x6169 (and (<= (* 4 layer) phase_108) (<= phase_108 (+ (* 4 layer) 3)))))
 (let ((?x6035 (ite $x6169 1 0)))
 (let (($x6204 (and (<= (* 4 layer) phase_107) (<= phase_107 (+ (* 4 layer) 3)))))
 (let ((?x6194 (ite $x6204 1 0)))
 (let (($x6252 (and (<= (* 4 layer) phase_106) (<= phase_106 (+ (* 4 layer) 3)))))
 (let ((?x6235 (ite $x6252 1 0)))
 (let (($x6284 (and (<= (* 4 layer) phase_105) (<= phase_105 (+ (* 4 layer) 3)))))
 (let ((?x6276 (ite $x6284 1 0)))
 (let (($x21091 (and (<= (* 4 layer) phase_104) (<= phase_104 (+ (* 4 layer) 3)))))
 (let ((?x6313 (ite $x21091 1 0)))
 (let (($x21132 (and (<= (* 4 layer) phase_103) (<= phase_103 (+ (* 4 layer) 3)))))
 (let ((?x21121 (ite $x21132 1 0)))
 (let (($x9379 (and (<= (* 4 layer) phase_102) (<= phase_102 (+ (* 4 layer) 3)))))
 (let ((?x9377 (ite $x9379 1 0)))
 (let (($x9292 (and (<= (* 4 layer) phase_101) (<= phase_101 (+ (* 4 layer) 3)))))
 (let ((?x9319 (ite $x9292 1 0)))
 (let (($x481 (and (<= (* 4 layer) phase_100) (<= phase_100 (+ (* 4 layer) 3)))))
 (let ((?x15750 (ite $x481 1 0)))
 (let (($x511 (and (<= (* 4 layer) phase_99) (<= phase_99 (+ (* 4 layer) 3)))))
 (let ((?x498 (ite $x511 1 0)))
 (let (($x509 (and (<= (* 4 layer) phase_98) (<= phase_98 (+ (* 4 layer) 3)))))
 (let ((?x535 (ite $x509 1 0)))
 (let (($x906 (and (<= (* 4 layer) phase_97) (<= phase_97 (+ (* 4 layer) 3)))))
 (let ((?x1011 (ite $x906 1 0)))
 (let (($x1153 (and (<= (* 4 layer) phase_96) (<= phase_96 (+ (* 4 layer) 3)))))
 (let ((?x1195 (ite $x1153 1 0)))
 (let (($x830 (and (<= (* 4 layer) phase_95) (<= phase_95 (+ (* 4 layer) 3)))))
 (let ((?x1133 (ite $x830 1 0)))
 (let (($x877 (and (<= (* 4 layer) phase_94) (<= phase_94 (+ (* 4 layer) 3)))))
 (let ((?x561 (ite $x877 1 0)))
 (let (($x857 (and (<= (* 4 layer) phase_93) (<= phase_93 (+ (* 4 layer) 3)))))
 (let ((?x826 (ite $x857 1 0)))
 (let (($x965 (and (<= (* 4 layer) phase_92) (<= phase_92 (+ (* 4 layer) 3)))))
 (let ((?x940 (ite $x965 1 0)))
 (let (($x1077 (and (<= (* 4 layer) phase_91) (<= phase_91 (+ (* 4 layer) 3)))))
 (let ((?x1044 (ite $x1077 1 0)))
 (let (($x1185 (and (<= (* 4 layer) phase_90) (<= phase_90 (+ (* 4 layer) 3)))))
 (let ((?x1152 (ite $x1185 1 0)))
 (let (($x1314 (and (<= (* 4 layer) phase_89) (<= phase_89 (+ (* 4 layer) 3)))))
 (let ((?x1296 (ite $x1314 1 0)))
 (let (($x1436 (and (<= (* 4 layer) phase_88) (<= phase_88 (+ (* 4 layer) 3)))))
 (let ((?x1398 (ite $x1436 1 0)))
 (let (($x1586 (and (<= (* 4 layer) phase_87) (<= phase_87 (+ (* 4 layer) 3)))))
 (let ((?x1532 (ite $x1586 1 0)))
 (let (($x1768 (and (<= (* 4 layer) phase_86) (<= phase_86 (+ (* 4 layer) 3)))))
 (let ((?x1734 (ite $x1768 1 0)))
 (let (($x2026 (and (<= (* 4 layer) phase_85) (<= phase_85 (+ (* 4 layer) 3)))))
 (let ((?x1950 (ite $x2026 1 0)))
 (let (($x2290 (and (<= (* 4 layer) phase_84) (<= phase_84 (+ (* 4 layer) 3)))))
 (let ((?x2240 (ite $x2290 1 0)))
 (let (($x2636 (and (<= (* 4 layer) phase_83) (<= phase_83 (+ (* 4 layer) 3)))))
 (let ((?x2534 (ite $x2636 1 0)))
 (let (($x7223 (and (<= (* 4 layer) phase_82) (<= phase_82 (+ (* 4 layer) 3)))))
 (let ((?x6850 (ite $x7223 1 0)))
 (let (($x7040 (and (<= (* 4 layer) phase_81) (<= phase_81 (+ (* 4 layer) 3)))))
 (let ((?x6974 (ite $x7040 1 0)))
 (let (($x7116 (and (<= (* 4 layer) phase_80) (<= phase_80 (+ (* 4 layer) 3)))))
 (let ((?x7210 (ite $x7116 1 0)))
 (let (($x6961 (and (<= (* 4 layer) phase_79) (<= phase_79 (+ (* 4 layer) 3)))))
 (let ((?x7010 (ite $x6961 1 0)))
 (let (($x6843 (and (<= (* 4 layer) phase_78) (<= phase_78 (+ (* 4 layer) 3)))))
 (let ((?x6945 (ite $x6843 1 0)))
 (let (($x6780 (and (<= (* 4 layer) phase_77) (<= phase_77 (+ (* 4 layer) 3)))))
 (let ((?x7021 (ite $x6780 1 0)))
 (let (($x6625 (and (<= (* 4 layer) phase_76) (<= phase_76 (+ (* 4 layer) 3)))))
 (let ((?x6615 (ite $x6625 1 0)))
 (let (($x6833 (and (<= (* 4 layer) phase_75) (<= phase_75 (+ (* 4 layer) 3)))))
 (let ((?x6842 (ite $x6833 1 0)))
 (let (($x6754 (and (<= (* 4 layer) phase_74) (<= phase_74 (+ (* 4 layer) 3)))))
 (let ((?x6819 (ite $x6754 1 0)))
 (let (($x6388 (and (<= (* 4 layer) phase_72) (<= phase_72 (+ (* 4 layer) 3)))))
 (let ((?x21534 (ite $x6388 1 0)))
 (let (($x3771 (and (<= (* 4 layer) phase_71) (<= phase_71 (+ (* 4 layer) 3)))))
 (let ((?x5085 (ite $x3771 1 0)))
 (let (($x3180 (and (<= (* 4 layer) phase_70) (<= phase_70 (+ (* 4 layer) 3)))))
 (let ((?x3181 (ite $x3180 1 0)))
 (let (($x25759 (and (<= (* 4 layer) phase_69) (<= phase_69 (+ (* 4 layer) 3)))))
 (let ((?x25879 (ite $x25759 1 0)))
 (let (($x25215 (and (<= (* 4 layer) phase_68) (<= phase_68 (+ (* 4 layer) 3)))))
 (let ((?x25356 (ite $x25215 1 0)))
 (let (($x24699 (and (<= (* 4 layer) phase_67) (<= phase_67 (+ (* 4 layer) 3)))))
 (let ((?x24829 (ite $x24699 1 0)))
 (let (($x24165 (and (<= (* 4 layer) phase_66) (<= phase_66 (+ (* 4 layer) 3)))))
 (let ((?x24287 (ite $x24165 1 0)))
 (let (($x21131 (and (<= (* 4 layer) phase_65) (<= phase_65 (+ (* 4 layer) 3)))))
 (let ((?x21141 (ite $x21131 1 0)))
 (let (($x21090 (and (<= (* 4 layer) phase_64) (<= phase_64 (+ (* 4 layer) 3)))))
 (let ((?x21099 (ite $x21090 1 0)))
 (let (($x9375 (and (<= (* 4 layer) phase_63) (<= phase_63 (+ (* 4 layer) 3)))))
 (let ((?x9395 (ite $x9375 1 0)))
 (let (($x9307 (and (<= (* 4 layer) phase_62) (<= phase_62 (+ (* 4 layer) 3)))))
 (let ((?x9310 (ite $x9307 1 0)))
 (let (($x7298 (and (<= (* 4 layer) phase_61) (<= phase_61 (+ (* 4 layer) 3)))))
 (let ((?x7345 (ite $x7298 1 0)))
 (let (($x7113 (and (<= (* 4 layer) phase_60) (<= phase_60 (+ (* 4 layer) 3)))))
 (let ((?x7118 (ite $x7113 1 0)))
 (let (($x7031 (and (<= (* 4 layer) phase_59) (<= phase_59 (+ (* 4 layer) 3)))))
 (let ((?x7065 (ite $x7031 1 0)))
 (let (($x6958 (and (<= (* 4 layer) phase_58) (<= phase_58 (+ (* 4 layer) 3)))))
 (let ((?x6964 (ite $x6958 1 0)))
 (let (($x6889 (and (<= (* 4 layer) phase_57) (<= phase_57 (+ (* 4 layer) 3)))))
 (let ((?x6918 (ite $x6889 1 0)))
 (let (($x6845 (and (<= (* 4 layer) phase_56) (<= phase_56 (+ (* 4 layer) 3)))))
 (let ((?x6852 (ite $x6845 1 0)))
 (let (($x6741 (and (<= (* 4 layer) phase_55) (<= phase_55 (+ (* 4 layer) 3)))))
 (let ((?x6801 (ite $x6741 1 0)))
 (let (($x6588 (and (<= (* 4 layer) phase_54) (<= phase_54 (+ (* 4 layer) 3)))))
 (let ((?x6604 (ite $x6588 1 0)))
 (let (($x6462 (and (<= (* 4 layer) phase_53) (<= phase_53 (+ (* 4 layer) 3)))))
 (let ((?x6518 (ite $x6462 1 0)))
 (let (($x6291 (and (<= (* 4 layer) phase_52) (<= phase_52 (+ (* 4 layer) 3)))))
 (let ((?x6299 (ite $x6291 1 0)))
 (let (($x6259 (and (<= (* 4 layer) phase_51) (<= phase_51 (+ (* 4 layer) 3)))))
 (let ((?x6267 (ite $x6259 1 0)))
 (let (($x6203 (and (<= (* 4 layer) phase_50) (<= phase_50 (+ (* 4 layer) 3)))))
 (let ((?x6218 (ite $x6203 1 0)))
 (let (($x6133 (and (<= (* 4 layer) phase_49) (<= phase_49 (+ (* 4 layer) 3)))))
 (let ((?x6168 (ite $x6133 1 0)))
 (let (($x6078 (and (<= (* 4 layer) phase_48) (<= phase_48 (+ (* 4 layer) 3)))))
 (let ((?x6086 (ite $x6078 1 0)))
 (let (($x6044 (and (<= (* 4 layer) phase_47) (<= phase_47 (+ (* 4 layer) 3)))))
 (let ((?x6052 (ite $x6044 1 0)))
 (let (($x6015 (and (<= (* 4 layer) phase_46) (<= phase_46 (+ (* 4 layer) 3)))))
 (let ((?x6030 (ite $x6015 1 0)))
 (let (($x5990 (and (<= (* 4 layer) phase_45) (<= phase_45 (+ (* 4 layer) 3)))))
 (let ((?x5995 (ite $x5990 1 0)))
 (let (($x5958 (and (<= (* 4 layer) phase_44) (<= phase_44 (+ (* 4 layer) 3)))))
 (let ((?x5961 (ite $x5958 1 0)))
 (let (($x5852 (and (<= (* 4 layer) phase_43) (<= phase_43 (+ (* 4 layer) 3)))))
 (let ((?x5859 (ite $x5852 1 0)))
 (let (($x5830 (and (<= (* 4 layer) phase_42) (<= phase_42 (+ (* 4 layer) 3)))))
 (let ((?x5838 (ite $x5830 1 0)))
 (let (($x5773 (and (<= (* 4 layer) phase_41) (<= phase_41 (+ (* 4 layer) 3)))))
 (let ((?x5794 (ite $x5773 1 0)))
 (let (($x5699 (and (<= (* 4 layer) phase_40) (<= phase_40 (+ (* 4 layer) 3)))))
 (let ((?x5720 (ite $x5699 1 0)))
 (let (($x5605 (and (<= (* 4 layer) phase_39) (<= phase_39 (+ (* 4 layer) 3)))))
 (let ((?x5627 (ite $x5605 1 0)))
 (let (($x5388 (and (<= (* 4 layer) phase_38) (<= phase_38 (+ (* 4 layer) 3)))))
 (let ((?x5441 (ite $x5388 1 0)))
 (let (($x5163 (and (<= (* 4 layer) phase_37) (<= phase_37 (+ (* 4 layer) 3)))))
 (let ((?x5218 (ite $x5163 1 0)))
 (let (($x4976 (and (<= (* 4 layer) phase_36) (<= phase_36 (+ (* 4 layer) 3)))))
 (let ((?x5000 (ite $x4976 1 0)))
 (let (($x4852 (and (<= (* 4 layer) phase_35) (<= phase_35 (+ (* 4 layer) 3)))))
 (let ((?x4867 (ite $x4852 1 0)))
 (let (($x4754 (and (<= (* 4 layer) phase_34) (<= phase_34 (+ (* 4 layer) 3)))))
 (let ((?x4774 (ite $x4754 1 0)))
 (let (($x4691 (and (<= (* 4 layer) phase_33) (<= phase_33 (+ (* 4 layer) 3)))))
 (let ((?x4712 (ite $x4691 1 0)))
 (let (($x4622 (and (<= (* 4 layer) phase_32) (<= phase_32 (+ (* 4 layer) 3)))))
 (let ((?x4643 (ite $x4622 1 0)))
 (let (($x4553 (and (<= (* 4 layer) phase_31) (<= phase_31 (+ (* 4 layer) 3)))))
 (let ((?x4569 (ite $x4553 1 0)))
 (let (($x4484 (and (<= (* 4 layer) phase_30) (<= phase_30 (+ (* 4 layer) 3)))))
 (let ((?x4500 (ite $x4484 1 0)))
 (let (($x4412 (and (<= (* 4 layer) phase_29) (<= phase_29 (+ (* 4 layer) 3)))))
 (let ((?x4431 (ite $x4412 1 0)))
 (let (($x4340 (and (<= (* 4 layer) phase_28) (<= phase_28 (+ (* 4 layer) 3)))))
 (let ((?x4356 (ite $x4340 1 0)))
 (let (($x4287 (and (<= (* 4 layer) phase_27) (<= phase_27 (+ (* 4 layer) 3)))))
 (let ((?x4303 (ite $x4287 1 0)))
 (let (($x4250 (and (<= (* 4 layer) phase_26) (<= phase_26 (+ (* 4 layer) 3)))))
 (let ((?x4259 (ite $x4250 1 0)))
 (let (($x4218 (and (<= (* 4 layer) phase_25) (<= phase_25 (+ (* 4 layer) 3)))))
 (let ((?x4226 (ite $x4218 1 0)))
 (let (($x4189 (and (<= (* 4 layer) phase_24) (<= phase_24 (+ (* 4 layer) 3)))))
 (let ((?x4196 (ite $x4189 1 0)))
 (let (($x4153 (and (<= (* 4 layer) phase_23) (<= phase_23 (+ (* 4 layer) 3)))))
 (let ((?x4161 (ite $x4153 1 0)))
 (let (($x4115 (and (<= (* 4 layer) phase_22) (<= phase_22 (+ (* 4 layer) 3)))))
 (let ((?x4123 (ite $x4115 1 0)))
 (let (($x4048 (and (<= (* 4 layer) phase_21) (<= phase_21 (+ (* 4 layer) 3)))))
 (let ((?x4091 (ite $x4048 1 0)))
 (let (($x4016 (and (<= (* 4 layer) phase_20) (<= phase_20 (+ (* 4 layer) 3)))))
 (let ((?x4024 (ite $x4016 1 0)))
 (let (($x3984 (and (<= (* 4 layer) phase_19) (<= phase_19 (+ (* 4 layer) 3)))))
 (let ((?x3992 (ite $x3984 1 0)))
 (let (($x3901 (and (<= (* 4 layer) phase_18) (<= phase_18 (+ (* 4 layer) 3)))))
 (let ((?x3905 (ite $x3901 1 0)))
 (let (($x3863 (and (<= (* 4 layer) phase_17) (<= phase_17 (+ (* 4 layer) 3)))))
 (let ((?x3872 (ite $x3863 1 0)))
 (let (($x2434 (and (<= (* 4 layer) phase_16) (<= phase_16 (+ (* 4 layer) 3)))))
 (let ((?x2532 (ite $x2434 1 0)))
 (let (($x2152 (and (<= (* 4 layer) phase_15) (<= phase_15 (+ (* 4 layer) 3)))))
 (let ((?x2197 (ite $x2152 1 0)))
 (let (($x1873 (and (<= (* 4 layer) phase_14) (<= phase_14 (+ (* 4 layer) 3)))))
 (let ((?x1949 (ite $x1873 1 0)))
 (let (($x1673 (and (<= (* 4 layer) phase_13) (<= phase_13 (+ (* 4 layer) 3)))))
 (let ((?x1733 (ite $x1673 1 0)))
 (let (($x1505 (and (<= (* 4 layer) phase_12) (<= phase_12 (+ (* 4 layer) 3)))))
 (let ((?x1534 (ite $x1505 1 0)))
 (let (($x1362 (and (<= (* 4 layer) phase_11) (<= phase_11 (+ (* 4 layer) 3)))))
 (let ((?x1396 (ite $x1362 1 0)))
 (let (($x1272 (and (<= (* 4 layer) phase_10) (<= phase_10 (+ (* 4 layer) 3)))))
 (let ((?x1285 (ite $x1272 1 0)))
 (let (($x1201 (and (<= (* 4 layer) phase_9) (<= phase_9 (+ (* 4 layer) 3)))))
 (let ((?x1211 (ite $x1201 1 0)))
 (let (($x1127 (and (<= (* 4 layer) phase_8) (<= phase_8 (+ (* 4 layer) 3)))))
 (let ((?x1156 (ite $x1127 1 0)))
 (let (($x1073 (and (<= (* 4 layer) phase_7) (<= phase_7 (+ (* 4 layer) 3)))))
 (let ((?x1090 (ite $x1073 1 0)))
 (let (($x1033 (and (<= (* 4 layer) phase_6) (<= phase_6 (+ (* 4 layer) 3)))))
 (let ((?x1048 (ite $x1033 1 0)))
 (let (($x992 (and (<= (* 4 layer) phase_5) (<= phase_5 (+ (* 4 layer) 3)))))
 (let ((?x996 (ite $x992 1 0)))
 (let (($x962 (and (<= (* 4 layer) phase_4) (<= phase_4 (+ (* 4 layer) 3)))))
 (let ((?x973 (ite $x962 1 0)))
 (let (($x904 (and (<= (* 4 layer) phase_3) (<= phase_3 (+ (* 4 layer) 3)))))
 (let ((?x925 (ite $x904 1 0)))
 (let (($x560 (and (<= (* 4 layer) phase_2) (<= phase_2 (+ (* 4 layer) 3)))))
 (let ((?x871 (ite $x560 1 0)))
 (let (($x534 (and (<= (* 4 layer) phase_1) (<= phase_1 (+ (* 4 layer) 3)))))
 (let ((?x837 (ite $x534 1 0)))
 (let ((?x4741 (+ ?x837 ?x871 ?x925 ?x973 ?x996 ?x1048 ?x1090 ?x1156 ?x1211 ?x1285 ?x1396 ?x1534 ?x1733 ?x1949 ?x2197 ?x2532 ?x3872 ?x3905 ?x3992 ?x4024 ?x4091 ?x4123 ?x4161 ?x4196 ?x4226 ?x4259 ?x4303 ?x4356 ?x4431 ?x4500 ?x4569 ?x4643 ?x4712 ?x4774 ?x4867 ?x5000 ?x5218 ?x5441 ?x5627 ?x5720 ?x5794 ?x5838 ?x5859 ?x5961 ?x5995 ?x6030 ?x6052 ?x6086 ?x6168 ?x6218 ?x6267 ?x6299 ?x6518 ?x6604 ?x6801 ?x6852 ?x6918 ?x6964 ?x7065 ?x7118 ?x7345 ?x9310 ?x9395 ?x21099 ?x21141 ?x24287 ?x24829 ?x25356 ?x25879 ?x3181 ?x5085 ?x21534 ?x6819 ?x6842 ?x6615 ?x7021 ?x6945 ?x7010 ?x7210 ?x6974 ?x6850 ?x2534 ?x2240 ?x1950 ?x1734 ?x1532 ?x1398 ?x1296 ?x1152 ?x1044 ?x940 ?x826 ?x561 ?x1133 ?x1195 ?x1011 ?x535 ?x498 ?x15750 ?x9319 ?x9377 ?x21121 ?x6313 ?x6276 ?x6235 ?x6194 ?x6035 ?x6132 ?x6084 ?x4753 ?x5991 ?x6064 ?x5864 ?x5779 ?x5826 ?x5797 ?x5723 ?x5614 ?x5397 ?x5172 ?x4956 ?x4789 ?x4640 ?x4625 ?x4556 ?x4487 ?x4415 ?x4343 ?x4274 ?x25783 ?x25251 ?x24714 ?x24180 ?x4243 ?x4211 ?x4170 ?x4137 ?x4100 ?x4033 ?x4001 ?x3906 ?x3874 ?x6493 ?x6656 ?x6728 ?x5879 ?x6751 ?x6858 ?x6595 ?x6767 ?x6978 ?x6504 ?x6762 ?x6813 ?x6871 ?x7117 ?x7058 ?x7213 ?x7286 ?x7090 ?x6444 ?x7138 ?x2640 ?x2483 ?x2334 ?x2195 ?x2027 ?x1912 ?x1803 ?x1702 ?x1611 ?x1507 ?x1440 ?x1380 ?x1326 ?x1283 ?x1182 ?x1128 ?x1074 ?x1020 ?x963 ?x909 ?x855 ?x1111 ?x883 ?x1028 ?x986 ?x1036 ?x1189 ?x1087 ?x890 ?x870 ?x567 ?x530 ?x514 ?x491 ?x486 ?x15813 ?x9287 ?x9330 ?x9364 ?x9399 ?x21136 ?x21115 ?x21094 ?x6308 ?x6287 ?x6271 ?x6255 ?x6228 ?x6207 ?x6189 ?x6172 ?x5501 ?x6166 ?x6021 ?x6012 ?x4391 ?x5543 ?x5944 ?x6157 ?x6144 ?x6163 ?x5967 ?x6155 ?x6140 ?x6154 ?x5414 ?x6138 ?x6102 ?x5808 ?x5786 ?x5749 ?x5712 ?x5675 ?x5576 ?x5470 ?x5359 ?x5247 ?x5136 ?x5024 ?x4915 ?x4836 ?x4766)))
 (> ?x4741 max_ffn)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
