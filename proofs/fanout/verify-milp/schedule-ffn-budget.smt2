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
 (let (($x1702 (and (<= (* 4 layer) phase_279) (<= phase_279 (+ (* 4 layer) 3)))))
 (let ((?x3224 (ite $x1702 1 0)))
 (let (($x6677 (and (<= (* 4 layer) phase_278) (<= phase_278 (+ (* 4 layer) 3)))))
 (let ((?x990 (ite $x6677 1 0)))
 (let (($x6884 (and (<= (* 4 layer) phase_276) (<= phase_276 (+ (* 4 layer) 3)))))
 (let ((?x7047 (ite $x6884 1 0)))
 (let (($x6717 (and (<= (* 4 layer) phase_275) (<= phase_275 (+ (* 4 layer) 3)))))
 (let ((?x6864 (ite $x6717 1 0)))
 (let (($x6421 (and (<= (* 4 layer) phase_273) (<= phase_273 (+ (* 4 layer) 3)))))
 (let ((?x6369 (ite $x6421 1 0)))
 (let (($x4513 (and (<= (* 4 layer) phase_272) (<= phase_272 (+ (* 4 layer) 3)))))
 (let ((?x5131 (ite $x4513 1 0)))
 (let (($x5327 (and (<= (* 4 layer) phase_270) (<= phase_270 (+ (* 4 layer) 3)))))
 (let ((?x5028 (ite $x5327 1 0)))
 (let (($x3960 (and (<= (* 4 layer) phase_269) (<= phase_269 (+ (* 4 layer) 3)))))
 (let ((?x3969 (ite $x3960 1 0)))
 (let (($x21864 (and (<= (* 4 layer) phase_267) (<= phase_267 (+ (* 4 layer) 3)))))
 (let ((?x3985 (ite $x21864 1 0)))
 (let (($x12679 (and (<= (* 4 layer) phase_266) (<= phase_266 (+ (* 4 layer) 3)))))
 (let ((?x21294 (ite $x12679 1 0)))
 (let (($x21290 (and (<= (* 4 layer) phase_264) (<= phase_264 (+ (* 4 layer) 3)))))
 (let ((?x21457 (ite $x21290 1 0)))
 (let (($x12668 (and (<= (* 4 layer) phase_263) (<= phase_263 (+ (* 4 layer) 3)))))
 (let ((?x21716 (ite $x12668 1 0)))
 (let (($x12505 (and (<= (* 4 layer) phase_261) (<= phase_261 (+ (* 4 layer) 3)))))
 (let ((?x12714 (ite $x12505 1 0)))
 (let (($x21825 (and (<= (* 4 layer) phase_260) (<= phase_260 (+ (* 4 layer) 3)))))
 (let ((?x21381 (ite $x21825 1 0)))
 (let (($x29859 (and (<= (* 4 layer) phase_258) (<= phase_258 (+ (* 4 layer) 3)))))
 (let ((?x11356 (ite $x29859 1 0)))
 (let (($x6961 (and (<= (* 4 layer) phase_257) (<= phase_257 (+ (* 4 layer) 3)))))
 (let ((?x1202 (ite $x6961 1 0)))
 (let (($x29879 (and (<= (* 4 layer) phase_255) (<= phase_255 (+ (* 4 layer) 3)))))
 (let ((?x1325 (ite $x29879 1 0)))
 (let (($x29893 (and (<= (* 4 layer) phase_254) (<= phase_254 (+ (* 4 layer) 3)))))
 (let ((?x29861 (ite $x29893 1 0)))
 (let (($x29874 (and (<= (* 4 layer) phase_252) (<= phase_252 (+ (* 4 layer) 3)))))
 (let ((?x1038 (ite $x29874 1 0)))
 (let (($x29892 (and (<= (* 4 layer) phase_251) (<= phase_251 (+ (* 4 layer) 3)))))
 (let ((?x29843 (ite $x29892 1 0)))
 (let (($x9977 (and (<= (* 4 layer) phase_249) (<= phase_249 (+ (* 4 layer) 3)))))
 (let ((?x29868 (ite $x9977 1 0)))
 (let (($x29900 (and (<= (* 4 layer) phase_248) (<= phase_248 (+ (* 4 layer) 3)))))
 (let ((?x3830 (ite $x29900 1 0)))
 (let (($x29618 (and (<= (* 4 layer) phase_246) (<= phase_246 (+ (* 4 layer) 3)))))
 (let ((?x915 (ite $x29618 1 0)))
 (let (($x29890 (and (<= (* 4 layer) phase_245) (<= phase_245 (+ (* 4 layer) 3)))))
 (let ((?x7049 (ite $x29890 1 0)))
 (let (($x2975 (and (<= (* 4 layer) phase_243) (<= phase_243 (+ (* 4 layer) 3)))))
 (let ((?x6771 (ite $x2975 1 0)))
 (let (($x29899 (and (<= (* 4 layer) phase_242) (<= phase_242 (+ (* 4 layer) 3)))))
 (let ((?x3551 (ite $x29899 1 0)))
 (let (($x2917 (and (<= (* 4 layer) phase_240) (<= phase_240 (+ (* 4 layer) 3)))))
 (let ((?x6951 (ite $x2917 1 0)))
 (let (($x1803 (and (<= (* 4 layer) phase_239) (<= phase_239 (+ (* 4 layer) 3)))))
 (let ((?x2747 (ite $x1803 1 0)))
 (let (($x1875 (and (<= (* 4 layer) phase_237) (<= phase_237 (+ (* 4 layer) 3)))))
 (let ((?x2433 (ite $x1875 1 0)))
 (let (($x29916 (and (<= (* 4 layer) phase_236) (<= phase_236 (+ (* 4 layer) 3)))))
 (let ((?x1735 (ite $x29916 1 0)))
 (let (($x29896 (and (<= (* 4 layer) phase_234) (<= phase_234 (+ (* 4 layer) 3)))))
 (let ((?x29842 (ite $x29896 1 0)))
 (let (($x29910 (and (<= (* 4 layer) phase_233) (<= phase_233 (+ (* 4 layer) 3)))))
 (let ((?x6741 (ite $x29910 1 0)))
 (let (($x29931 (and (<= (* 4 layer) phase_231) (<= phase_231 (+ (* 4 layer) 3)))))
 (let ((?x29919 (ite $x29931 1 0)))
 (let (($x29951 (and (<= (* 4 layer) phase_230) (<= phase_230 (+ (* 4 layer) 3)))))
 (let ((?x29939 (ite $x29951 1 0)))
 (let (($x29958 (and (<= (* 4 layer) phase_228) (<= phase_228 (+ (* 4 layer) 3)))))
 (let ((?x29944 (ite $x29958 1 0)))
 (let (($x29971 (and (<= (* 4 layer) phase_227) (<= phase_227 (+ (* 4 layer) 3)))))
 (let ((?x29964 (ite $x29971 1 0)))
 (let (($x29991 (and (<= (* 4 layer) phase_225) (<= phase_225 (+ (* 4 layer) 3)))))
 (let ((?x29984 (ite $x29991 1 0)))
 (let (($x30010 (and (<= (* 4 layer) phase_224) (<= phase_224 (+ (* 4 layer) 3)))))
 (let ((?x30004 (ite $x30010 1 0)))
 (let (($x30026 (and (<= (* 4 layer) phase_222) (<= phase_222 (+ (* 4 layer) 3)))))
 (let ((?x30022 (ite $x30026 1 0)))
 (let (($x30048 (and (<= (* 4 layer) phase_221) (<= phase_221 (+ (* 4 layer) 3)))))
 (let ((?x30040 (ite $x30048 1 0)))
 (let (($x30051 (and (<= (* 4 layer) phase_219) (<= phase_219 (+ (* 4 layer) 3)))))
 (let ((?x30047 (ite $x30051 1 0)))
 (let (($x30581 (and (<= (* 4 layer) phase_218) (<= phase_218 (+ (* 4 layer) 3)))))
 (let ((?x30060 (ite $x30581 1 0)))
 (let (($x30070 (and (<= (* 4 layer) phase_216) (<= phase_216 (+ (* 4 layer) 3)))))
 (let ((?x30568 (ite $x30070 1 0)))
 (let (($x30090 (and (<= (* 4 layer) phase_215) (<= phase_215 (+ (* 4 layer) 3)))))
 (let ((?x30079 (ite $x30090 1 0)))
 (let (($x30110 (and (<= (* 4 layer) phase_213) (<= phase_213 (+ (* 4 layer) 3)))))
 (let ((?x30098 (ite $x30110 1 0)))
 (let (($x30130 (and (<= (* 4 layer) phase_212) (<= phase_212 (+ (* 4 layer) 3)))))
 (let ((?x30120 (ite $x30130 1 0)))
 (let (($x30137 (and (<= (* 4 layer) phase_210) (<= phase_210 (+ (* 4 layer) 3)))))
 (let ((?x30123 (ite $x30137 1 0)))
 (let (($x30150 (and (<= (* 4 layer) phase_209) (<= phase_209 (+ (* 4 layer) 3)))))
 (let ((?x30143 (ite $x30150 1 0)))
 (let (($x30157 (and (<= (* 4 layer) phase_207) (<= phase_207 (+ (* 4 layer) 3)))))
 (let ((?x30163 (ite $x30157 1 0)))
 (let (($x30189 (and (<= (* 4 layer) phase_206) (<= phase_206 (+ (* 4 layer) 3)))))
 (let ((?x30183 (ite $x30189 1 0)))
 (let (($x30194 (and (<= (* 4 layer) phase_204) (<= phase_204 (+ (* 4 layer) 3)))))
 (let ((?x30190 (ite $x30194 1 0)))
 (let (($x30214 (and (<= (* 4 layer) phase_203) (<= phase_203 (+ (* 4 layer) 3)))))
 (let ((?x30203 (ite $x30214 1 0)))
 (let (($x30234 (and (<= (* 4 layer) phase_201) (<= phase_201 (+ (* 4 layer) 3)))))
 (let ((?x30223 (ite $x30234 1 0)))
 (let (($x30252 (and (<= (* 4 layer) phase_200) (<= phase_200 (+ (* 4 layer) 3)))))
 (let ((?x30242 (ite $x30252 1 0)))
 (let (($x30270 (and (<= (* 4 layer) phase_198) (<= phase_198 (+ (* 4 layer) 3)))))
 (let ((?x30258 (ite $x30270 1 0)))
 (let (($x30288 (and (<= (* 4 layer) phase_197) (<= phase_197 (+ (* 4 layer) 3)))))
 (let ((?x30280 (ite $x30288 1 0)))
 (let (($x30304 (and (<= (* 4 layer) phase_195) (<= phase_195 (+ (* 4 layer) 3)))))
 (let ((?x30296 (ite $x30304 1 0)))
 (let (($x30320 (and (<= (* 4 layer) phase_194) (<= phase_194 (+ (* 4 layer) 3)))))
 (let ((?x30312 (ite $x30320 1 0)))
 (let (($x30336 (and (<= (* 4 layer) phase_192) (<= phase_192 (+ (* 4 layer) 3)))))
 (let ((?x30328 (ite $x30336 1 0)))
 (let (($x30354 (and (<= (* 4 layer) phase_191) (<= phase_191 (+ (* 4 layer) 3)))))
 (let ((?x30344 (ite $x30354 1 0)))
 (let (($x30361 (and (<= (* 4 layer) phase_189) (<= phase_189 (+ (* 4 layer) 3)))))
 (let ((?x30347 (ite $x30361 1 0)))
 (let (($x30377 (and (<= (* 4 layer) phase_188) (<= phase_188 (+ (* 4 layer) 3)))))
 (let ((?x30365 (ite $x30377 1 0)))
 (let (($x30390 (and (<= (* 4 layer) phase_186) (<= phase_186 (+ (* 4 layer) 3)))))
 (let ((?x30383 (ite $x30390 1 0)))
 (let (($x30406 (and (<= (* 4 layer) phase_185) (<= phase_185 (+ (* 4 layer) 3)))))
 (let ((?x30401 (ite $x30406 1 0)))
 (let (($x30422 (and (<= (* 4 layer) phase_183) (<= phase_183 (+ (* 4 layer) 3)))))
 (let ((?x30417 (ite $x30422 1 0)))
 (let (($x30429 (and (<= (* 4 layer) phase_182) (<= phase_182 (+ (* 4 layer) 3)))))
 (let ((?x30435 (ite $x30429 1 0)))
 (let (($x29093 (and (<= (* 4 layer) phase_181) (<= phase_181 (+ (* 4 layer) 3)))))
 (let ((?x29880 (ite $x29093 1 0)))
 (let (($x21459 (and (<= (* 4 layer) phase_180) (<= phase_180 (+ (* 4 layer) 3)))))
 (let ((?x945 (ite $x21459 1 0)))
 (let (($x7688 (and (<= (* 4 layer) phase_179) (<= phase_179 (+ (* 4 layer) 3)))))
 (let ((?x3690 (ite $x7688 1 0)))
 (let (($x2979 (and (<= (* 4 layer) phase_178) (<= phase_178 (+ (* 4 layer) 3)))))
 (let ((?x8071 (ite $x2979 1 0)))
 (let (($x6681 (and (<= (* 4 layer) phase_177) (<= phase_177 (+ (* 4 layer) 3)))))
 (let ((?x21355 (ite $x6681 1 0)))
 (let (($x8012 (and (<= (* 4 layer) phase_176) (<= phase_176 (+ (* 4 layer) 3)))))
 (let ((?x12830 (ite $x8012 1 0)))
 (let (($x3922 (and (<= (* 4 layer) phase_175) (<= phase_175 (+ (* 4 layer) 3)))))
 (let ((?x7259 (ite $x3922 1 0)))
 (let (($x2337 (and (<= (* 4 layer) phase_174) (<= phase_174 (+ (* 4 layer) 3)))))
 (let ((?x12012 (ite $x2337 1 0)))
 (let (($x7986 (and (<= (* 4 layer) phase_173) (<= phase_173 (+ (* 4 layer) 3)))))
 (let ((?x6526 (ite $x7986 1 0)))
 (let (($x6442 (and (<= (* 4 layer) phase_172) (<= phase_172 (+ (* 4 layer) 3)))))
 (let ((?x7737 (ite $x6442 1 0)))
 (let (($x17558 (and (<= (* 4 layer) phase_171) (<= phase_171 (+ (* 4 layer) 3)))))
 (let ((?x6509 (ite $x17558 1 0)))
 (let (($x6972 (and (<= (* 4 layer) phase_170) (<= phase_170 (+ (* 4 layer) 3)))))
 (let ((?x21384 (ite $x6972 1 0)))
 (let (($x6686 (and (<= (* 4 layer) phase_169) (<= phase_169 (+ (* 4 layer) 3)))))
 (let ((?x7615 (ite $x6686 1 0)))
 (let (($x6691 (and (<= (* 4 layer) phase_168) (<= phase_168 (+ (* 4 layer) 3)))))
 (let ((?x6576 (ite $x6691 1 0)))
 (let (($x7544 (and (<= (* 4 layer) phase_167) (<= phase_167 (+ (* 4 layer) 3)))))
 (let ((?x21269 (ite $x7544 1 0)))
 (let (($x3944 (and (<= (* 4 layer) phase_166) (<= phase_166 (+ (* 4 layer) 3)))))
 (let ((?x7020 (ite $x3944 1 0)))
 (let (($x934 (and (<= (* 4 layer) phase_165) (<= phase_165 (+ (* 4 layer) 3)))))
 (let ((?x10422 (ite $x934 1 0)))
 (let (($x7304 (and (<= (* 4 layer) phase_164) (<= phase_164 (+ (* 4 layer) 3)))))
 (let ((?x2584 (ite $x7304 1 0)))
 (let (($x21523 (and (<= (* 4 layer) phase_163) (<= phase_163 (+ (* 4 layer) 3)))))
 (let ((?x8037 (ite $x21523 1 0)))
 (let (($x6315 (and (<= (* 4 layer) phase_162) (<= phase_162 (+ (* 4 layer) 3)))))
 (let ((?x21395 (ite $x6315 1 0)))
 (let (($x7441 (and (<= (* 4 layer) phase_161) (<= phase_161 (+ (* 4 layer) 3)))))
 (let ((?x3036 (ite $x7441 1 0)))
 (let (($x6388 (and (<= (* 4 layer) phase_160) (<= phase_160 (+ (* 4 layer) 3)))))
 (let ((?x7604 (ite $x6388 1 0)))
 (let (($x21318 (and (<= (* 4 layer) phase_159) (<= phase_159 (+ (* 4 layer) 3)))))
 (let ((?x6341 (ite $x21318 1 0)))
 (let (($x7851 (and (<= (* 4 layer) phase_158) (<= phase_158 (+ (* 4 layer) 3)))))
 (let ((?x12361 (ite $x7851 1 0)))
 (let (($x21789 (and (<= (* 4 layer) phase_157) (<= phase_157 (+ (* 4 layer) 3)))))
 (let ((?x7806 (ite $x21789 1 0)))
 (let (($x6635 (and (<= (* 4 layer) phase_156) (<= phase_156 (+ (* 4 layer) 3)))))
 (let ((?x21753 (ite $x6635 1 0)))
 (let (($x6996 (and (<= (* 4 layer) phase_155) (<= phase_155 (+ (* 4 layer) 3)))))
 (let ((?x2636 (ite $x6996 1 0)))
 (let (($x10879 (and (<= (* 4 layer) phase_154) (<= phase_154 (+ (* 4 layer) 3)))))
 (let ((?x6897 (ite $x10879 1 0)))
 (let (($x4695 (and (<= (* 4 layer) phase_153) (<= phase_153 (+ (* 4 layer) 3)))))
 (let ((?x6431 (ite $x4695 1 0)))
 (let (($x28229 (and (<= (* 4 layer) phase_152) (<= phase_152 (+ (* 4 layer) 3)))))
 (let ((?x2068 (ite $x28229 1 0)))
 (let (($x28271 (and (<= (* 4 layer) phase_151) (<= phase_151 (+ (* 4 layer) 3)))))
 (let ((?x28252 (ite $x28271 1 0)))
 (let (($x28294 (and (<= (* 4 layer) phase_150) (<= phase_150 (+ (* 4 layer) 3)))))
 (let ((?x28278 (ite $x28294 1 0)))
 (let (($x33190 (and (<= (* 4 layer) phase_149) (<= phase_149 (+ (* 4 layer) 3)))))
 (let ((?x28319 (ite $x33190 1 0)))
 (let (($x28382 (and (<= (* 4 layer) phase_148) (<= phase_148 (+ (* 4 layer) 3)))))
 (let ((?x28370 (ite $x28382 1 0)))
 (let (($x28418 (and (<= (* 4 layer) phase_146) (<= phase_146 (+ (* 4 layer) 3)))))
 (let ((?x28402 (ite $x28418 1 0)))
 (let (($x23154 (and (<= (* 4 layer) phase_145) (<= phase_145 (+ (* 4 layer) 3)))))
 (let ((?x28444 (ite $x23154 1 0)))
 (let (($x4309 (and (<= (* 4 layer) phase_144) (<= phase_144 (+ (* 4 layer) 3)))))
 (let ((?x4287 (ite $x4309 1 0)))
 (let (($x4421 (and (<= (* 4 layer) phase_143) (<= phase_143 (+ (* 4 layer) 3)))))
 (let ((?x4399 (ite $x4421 1 0)))
 (let (($x4564 (and (<= (* 4 layer) phase_142) (<= phase_142 (+ (* 4 layer) 3)))))
 (let ((?x4548 (ite $x4564 1 0)))
 (let (($x4633 (and (<= (* 4 layer) phase_141) (<= phase_141 (+ (* 4 layer) 3)))))
 (let ((?x4617 (ite $x4633 1 0)))
 (let (($x4707 (and (<= (* 4 layer) phase_140) (<= phase_140 (+ (* 4 layer) 3)))))
 (let ((?x4686 (ite $x4707 1 0)))
 (let (($x4776 (and (<= (* 4 layer) phase_139) (<= phase_139 (+ (* 4 layer) 3)))))
 (let ((?x4760 (ite $x4776 1 0)))
 (let (($x4845 (and (<= (* 4 layer) phase_138) (<= phase_138 (+ (* 4 layer) 3)))))
 (let ((?x4829 (ite $x4845 1 0)))
 (let (($x4914 (and (<= (* 4 layer) phase_137) (<= phase_137 (+ (* 4 layer) 3)))))
 (let ((?x4898 (ite $x4914 1 0)))
 (let (($x4990 (and (<= (* 4 layer) phase_136) (<= phase_136 (+ (* 4 layer) 3)))))
 (let ((?x4969 (ite $x4990 1 0)))
 (let (($x2385 (and (<= (* 4 layer) phase_135) (<= phase_135 (+ (* 4 layer) 3)))))
 (let ((?x1530 (ite $x2385 1 0)))
 (let (($x6428 (and (<= (* 4 layer) phase_134) (<= phase_134 (+ (* 4 layer) 3)))))
 (let ((?x6123 (ite $x6428 1 0)))
 (let (($x10766 (and (<= (* 4 layer) phase_133) (<= phase_133 (+ (* 4 layer) 3)))))
 (let ((?x6839 (ite $x10766 1 0)))
 (let (($x21333 (and (<= (* 4 layer) phase_132) (<= phase_132 (+ (* 4 layer) 3)))))
 (let ((?x20948 (ite $x21333 1 0)))
 (let (($x5047 (and (<= (* 4 layer) phase_131) (<= phase_131 (+ (* 4 layer) 3)))))
 (let ((?x5010 (ite $x5047 1 0)))
 (let (($x6181 (and (<= (* 4 layer) phase_130) (<= phase_130 (+ (* 4 layer) 3)))))
 (let ((?x6114 (ite $x6181 1 0)))
 (let (($x9365 (and (<= (* 4 layer) phase_129) (<= phase_129 (+ (* 4 layer) 3)))))
 (let ((?x21113 (ite $x9365 1 0)))
 (let (($x6957 (and (<= (* 4 layer) phase_128) (<= phase_128 (+ (* 4 layer) 3)))))
 (let ((?x1076 (ite $x6957 1 0)))
 (let (($x4923 (and (<= (* 4 layer) phase_127) (<= phase_127 (+ (* 4 layer) 3)))))
 (let ((?x4195 (ite $x4923 1 0)))
 (let (($x12828 (and (<= (* 4 layer) phase_126) (<= phase_126 (+ (* 4 layer) 3)))))
 (let ((?x21397 (ite $x12828 1 0)))
 (let (($x21827 (and (<= (* 4 layer) phase_125) (<= phase_125 (+ (* 4 layer) 3)))))
 (let ((?x12577 (ite $x21827 1 0)))
 (let (($x1274 (and (<= (* 4 layer) phase_124) (<= phase_124 (+ (* 4 layer) 3)))))
 (let ((?x1986 (ite $x1274 1 0)))
 (let (($x6615 (and (<= (* 4 layer) phase_123) (<= phase_123 (+ (* 4 layer) 3)))))
 (let ((?x6866 (ite $x6615 1 0)))
 (let (($x6487 (and (<= (* 4 layer) phase_122) (<= phase_122 (+ (* 4 layer) 3)))))
 (let ((?x6423 (ite $x6487 1 0)))
 (let (($x5909 (and (<= (* 4 layer) phase_121) (<= phase_121 (+ (* 4 layer) 3)))))
 (let ((?x5132 (ite $x5909 1 0)))
 (let (($x21277 (and (<= (* 4 layer) phase_120) (<= phase_120 (+ (* 4 layer) 3)))))
 (let ((?x21347 (ite $x21277 1 0)))
 (let (($x21536 (and (<= (* 4 layer) phase_119) (<= phase_119 (+ (* 4 layer) 3)))))
 (let ((?x21229 (ite $x21536 1 0)))
 (let (($x21850 (and (<= (* 4 layer) phase_118) (<= phase_118 (+ (* 4 layer) 3)))))
 (let ((?x21228 (ite $x21850 1 0)))
 (let (($x10533 (and (<= (* 4 layer) phase_117) (<= phase_117 (+ (* 4 layer) 3)))))
 (let ((?x21690 (ite $x10533 1 0)))
 (let (($x20512 (and (<= (* 4 layer) phase_116) (<= phase_116 (+ (* 4 layer) 3)))))
 (let ((?x21688 (ite $x20512 1 0)))
 (let (($x8124 (and (<= (* 4 layer) phase_115) (<= phase_115 (+ (* 4 layer) 3)))))
 (let ((?x9941 (ite $x8124 1 0)))
 (let (($x1048 (and (<= (* 4 layer) phase_114) (<= phase_114 (+ (* 4 layer) 3)))))
 (let ((?x1073 (ite $x1048 1 0)))
 (let (($x3824 (and (<= (* 4 layer) phase_113) (<= phase_113 (+ (* 4 layer) 3)))))
 (let ((?x3554 (ite $x3824 1 0)))
 (let (($x1033 (and (<= (* 4 layer) phase_112) (<= phase_112 (+ (* 4 layer) 3)))))
 (let ((?x920 (ite $x1033 1 0)))
 (let (($x31498 (and (<= (* 4 layer) phase_111) (<= phase_111 (+ (* 4 layer) 3)))))
 (let ((?x31507 (ite $x31498 1 0)))
 (let (($x6736 (and (<= (* 4 layer) phase_109) (<= phase_109 (+ (* 4 layer) 3)))))
 (let ((?x7044 (ite $x6736 1 0)))
 (let (($x1313 (and (<= (* 4 layer) phase_108) (<= phase_108 (+ (* 4 layer) 3)))))
 (let ((?x1534 (ite $x1313 1 0)))
 (let (($x29926 (and (<= (* 4 layer) phase_107) (<= phase_107 (+ (* 4 layer) 3)))))
 (let ((?x29933 (ite $x29926 1 0)))
 (let (($x29966 (and (<= (* 4 layer) phase_106) (<= phase_106 (+ (* 4 layer) 3)))))
 (let ((?x29954 (ite $x29966 1 0)))
 (let (($x30006 (and (<= (* 4 layer) phase_105) (<= phase_105 (+ (* 4 layer) 3)))))
 (let ((?x29993 (ite $x30006 1 0)))
 (let (($x30029 (and (<= (* 4 layer) phase_104) (<= phase_104 (+ (* 4 layer) 3)))))
 (let ((?x30016 (ite $x30029 1 0)))
 (let (($x30049 (and (<= (* 4 layer) phase_103) (<= phase_103 (+ (* 4 layer) 3)))))
 (let ((?x30054 (ite $x30049 1 0)))
 (let (($x30080 (and (<= (* 4 layer) phase_102) (<= phase_102 (+ (* 4 layer) 3)))))
 (let ((?x30073 (ite $x30080 1 0)))
 (let (($x30105 (and (<= (* 4 layer) phase_101) (<= phase_101 (+ (* 4 layer) 3)))))
 (let ((?x30100 (ite $x30105 1 0)))
 (let (($x30145 (and (<= (* 4 layer) phase_100) (<= phase_100 (+ (* 4 layer) 3)))))
 (let ((?x30133 (ite $x30145 1 0)))
 (let (($x30172 (and (<= (* 4 layer) phase_99) (<= phase_99 (+ (* 4 layer) 3)))))
 (let ((?x30174 (ite $x30172 1 0)))
 (let (($x30205 (and (<= (* 4 layer) phase_98) (<= phase_98 (+ (* 4 layer) 3)))))
 (let ((?x30197 (ite $x30205 1 0)))
 (let (($x30246 (and (<= (* 4 layer) phase_97) (<= phase_97 (+ (* 4 layer) 3)))))
 (let ((?x30237 (ite $x30246 1 0)))
 (let (($x30265 (and (<= (* 4 layer) phase_96) (<= phase_96 (+ (* 4 layer) 3)))))
 (let ((?x30260 (ite $x30265 1 0)))
 (let (($x30299 (and (<= (* 4 layer) phase_95) (<= phase_95 (+ (* 4 layer) 3)))))
 (let ((?x30289 (ite $x30299 1 0)))
 (let (($x30331 (and (<= (* 4 layer) phase_94) (<= phase_94 (+ (* 4 layer) 3)))))
 (let ((?x30321 (ite $x30331 1 0)))
 (let (($x30367 (and (<= (* 4 layer) phase_93) (<= phase_93 (+ (* 4 layer) 3)))))
 (let ((?x30357 (ite $x30367 1 0)))
 (let (($x30403 (and (<= (* 4 layer) phase_92) (<= phase_92 (+ (* 4 layer) 3)))))
 (let ((?x30392 (ite $x30403 1 0)))
 (let (($x30437 (and (<= (* 4 layer) phase_91) (<= phase_91 (+ (* 4 layer) 3)))))
 (let ((?x30424 (ite $x30437 1 0)))
 (let (($x1003 (and (<= (* 4 layer) phase_90) (<= phase_90 (+ (* 4 layer) 3)))))
 (let ((?x30445 (ite $x1003 1 0)))
 (let (($x6396 (and (<= (* 4 layer) phase_89) (<= phase_89 (+ (* 4 layer) 3)))))
 (let ((?x12810 (ite $x6396 1 0)))
 (let (($x7836 (and (<= (* 4 layer) phase_88) (<= phase_88 (+ (* 4 layer) 3)))))
 (let ((?x840 (ite $x7836 1 0)))
 (let (($x21222 (and (<= (* 4 layer) phase_87) (<= phase_87 (+ (* 4 layer) 3)))))
 (let ((?x7593 (ite $x21222 1 0)))
 (let (($x21855 (and (<= (* 4 layer) phase_86) (<= phase_86 (+ (* 4 layer) 3)))))
 (let ((?x6808 (ite $x21855 1 0)))
 (let (($x7415 (and (<= (* 4 layer) phase_85) (<= phase_85 (+ (* 4 layer) 3)))))
 (let ((?x6587 (ite $x7415 1 0)))
 (let (($x6238 (and (<= (* 4 layer) phase_84) (<= phase_84 (+ (* 4 layer) 3)))))
 (let ((?x7755 (ite $x6238 1 0)))
 (let (($x21590 (and (<= (* 4 layer) phase_83) (<= phase_83 (+ (* 4 layer) 3)))))
 (let ((?x6700 (ite $x21590 1 0)))
 (let (($x7556 (and (<= (* 4 layer) phase_82) (<= phase_82 (+ (* 4 layer) 3)))))
 (let ((?x21181 (ite $x7556 1 0)))
 (let (($x12638 (and (<= (* 4 layer) phase_81) (<= phase_81 (+ (* 4 layer) 3)))))
 (let ((?x7655 (ite $x12638 1 0)))
 (let (($x5133 (and (<= (* 4 layer) phase_80) (<= phase_80 (+ (* 4 layer) 3)))))
 (let ((?x3947 (ite $x5133 1 0)))
 (let (($x7052 (and (<= (* 4 layer) phase_79) (<= phase_79 (+ (* 4 layer) 3)))))
 (let ((?x18935 (ite $x7052 1 0)))
 (let (($x12567 (and (<= (* 4 layer) phase_78) (<= phase_78 (+ (* 4 layer) 3)))))
 (let ((?x7542 (ite $x12567 1 0)))
 (let (($x9831 (and (<= (* 4 layer) phase_77) (<= phase_77 (+ (* 4 layer) 3)))))
 (let ((?x875 (ite $x9831 1 0)))
 (let (($x7854 (and (<= (* 4 layer) phase_76) (<= phase_76 (+ (* 4 layer) 3)))))
 (let ((?x6325 (ite $x7854 1 0)))
 (let (($x28292 (and (<= (* 4 layer) phase_75) (<= phase_75 (+ (* 4 layer) 3)))))
 (let ((?x28253 (ite $x28292 1 0)))
 (let (($x33188 (and (<= (* 4 layer) phase_74) (<= phase_74 (+ (* 4 layer) 3)))))
 (let ((?x33178 (ite $x33188 1 0)))
 (let (($x28434 (and (<= (* 4 layer) phase_72) (<= phase_72 (+ (* 4 layer) 3)))))
 (let ((?x28407 (ite $x28434 1 0)))
 (let (($x21179 (and (<= (* 4 layer) phase_71) (<= phase_71 (+ (* 4 layer) 3)))))
 (let ((?x21509 (ite $x21179 1 0)))
 (let (($x3033 (and (<= (* 4 layer) phase_70) (<= phase_70 (+ (* 4 layer) 3)))))
 (let ((?x3034 (ite $x3033 1 0)))
 (let (($x33214 (and (<= (* 4 layer) phase_69) (<= phase_69 (+ (* 4 layer) 3)))))
 (let ((?x33224 (ite $x33214 1 0)))
 (let (($x30572 (and (<= (* 4 layer) phase_68) (<= phase_68 (+ (* 4 layer) 3)))))
 (let ((?x33135 (ite $x30572 1 0)))
 (let (($x30425 (and (<= (* 4 layer) phase_67) (<= phase_67 (+ (* 4 layer) 3)))))
 (let ((?x30430 (ite $x30425 1 0)))
 (let (($x30393 (and (<= (* 4 layer) phase_66) (<= phase_66 (+ (* 4 layer) 3)))))
 (let ((?x30404 (ite $x30393 1 0)))
 (let (($x30350 (and (<= (* 4 layer) phase_65) (<= phase_65 (+ (* 4 layer) 3)))))
 (let ((?x30363 (ite $x30350 1 0)))
 (let (($x30322 (and (<= (* 4 layer) phase_64) (<= phase_64 (+ (* 4 layer) 3)))))
 (let ((?x30332 (ite $x30322 1 0)))
 (let (($x30290 (and (<= (* 4 layer) phase_63) (<= phase_63 (+ (* 4 layer) 3)))))
 (let ((?x30300 (ite $x30290 1 0)))
 (let (($x30261 (and (<= (* 4 layer) phase_62) (<= phase_62 (+ (* 4 layer) 3)))))
 (let ((?x30266 (ite $x30261 1 0)))
 (let (($x30230 (and (<= (* 4 layer) phase_61) (<= phase_61 (+ (* 4 layer) 3)))))
 (let ((?x30238 (ite $x30230 1 0)))
 (let (($x30193 (and (<= (* 4 layer) phase_60) (<= phase_60 (+ (* 4 layer) 3)))))
 (let ((?x30198 (ite $x30193 1 0)))
 (let (($x30166 (and (<= (* 4 layer) phase_59) (<= phase_59 (+ (* 4 layer) 3)))))
 (let ((?x30173 (ite $x30166 1 0)))
 (let (($x30126 (and (<= (* 4 layer) phase_58) (<= phase_58 (+ (* 4 layer) 3)))))
 (let ((?x30146 (ite $x30126 1 0)))
 (let (($x30101 (and (<= (* 4 layer) phase_57) (<= phase_57 (+ (* 4 layer) 3)))))
 (let ((?x30106 (ite $x30101 1 0)))
 (let (($x30075 (and (<= (* 4 layer) phase_56) (<= phase_56 (+ (* 4 layer) 3)))))
 (let ((?x30081 (ite $x30075 1 0)))
 (let (($x30043 (and (<= (* 4 layer) phase_55) (<= phase_55 (+ (* 4 layer) 3)))))
 (let ((?x30055 (ite $x30043 1 0)))
 (let (($x30007 (and (<= (* 4 layer) phase_54) (<= phase_54 (+ (* 4 layer) 3)))))
 (let ((?x30017 (ite $x30007 1 0)))
 (let (($x29987 (and (<= (* 4 layer) phase_53) (<= phase_53 (+ (* 4 layer) 3)))))
 (let ((?x29994 (ite $x29987 1 0)))
 (let (($x29947 (and (<= (* 4 layer) phase_52) (<= phase_52 (+ (* 4 layer) 3)))))
 (let ((?x29955 (ite $x29947 1 0)))
 (let (($x29921 (and (<= (* 4 layer) phase_51) (<= phase_51 (+ (* 4 layer) 3)))))
 (let ((?x29927 (ite $x29921 1 0)))
 (let (($x29850 (and (<= (* 4 layer) phase_50) (<= phase_50 (+ (* 4 layer) 3)))))
 (let ((?x29854 (ite $x29850 1 0)))
 (let (($x28317 (and (<= (* 4 layer) phase_49) (<= phase_49 (+ (* 4 layer) 3)))))
 (let ((?x28359 (ite $x28317 1 0)))
 (let (($x22014 (and (<= (* 4 layer) phase_48) (<= phase_48 (+ (* 4 layer) 3)))))
 (let ((?x28241 (ite $x22014 1 0)))
 (let (($x21890 (and (<= (* 4 layer) phase_47) (<= phase_47 (+ (* 4 layer) 3)))))
 (let ((?x21907 (ite $x21890 1 0)))
 (let (($x21752 (and (<= (* 4 layer) phase_46) (<= phase_46 (+ (* 4 layer) 3)))))
 (let ((?x21778 (ite $x21752 1 0)))
 (let (($x21686 (and (<= (* 4 layer) phase_45) (<= phase_45 (+ (* 4 layer) 3)))))
 (let ((?x21703 (ite $x21686 1 0)))
 (let (($x21641 (and (<= (* 4 layer) phase_44) (<= phase_44 (+ (* 4 layer) 3)))))
 (let ((?x21667 (ite $x21641 1 0)))
 (let (($x21447 (and (<= (* 4 layer) phase_43) (<= phase_43 (+ (* 4 layer) 3)))))
 (let ((?x21448 (ite $x21447 1 0)))
 (let (($x21309 (and (<= (* 4 layer) phase_42) (<= phase_42 (+ (* 4 layer) 3)))))
 (let ((?x21368 (ite $x21309 1 0)))
 (let (($x21204 (and (<= (* 4 layer) phase_41) (<= phase_41 (+ (* 4 layer) 3)))))
 (let ((?x21215 (ite $x21204 1 0)))
 (let (($x21100 (and (<= (* 4 layer) phase_40) (<= phase_40 (+ (* 4 layer) 3)))))
 (let ((?x21165 (ite $x21100 1 0)))
 (let (($x17380 (and (<= (* 4 layer) phase_39) (<= phase_39 (+ (* 4 layer) 3)))))
 (let ((?x18373 (ite $x17380 1 0)))
 (let (($x12788 (and (<= (* 4 layer) phase_38) (<= phase_38 (+ (* 4 layer) 3)))))
 (let ((?x12791 (ite $x12788 1 0)))
 (let (($x12576 (and (<= (* 4 layer) phase_37) (<= phase_37 (+ (* 4 layer) 3)))))
 (let ((?x12608 (ite $x12576 1 0)))
 (let (($x12071 (and (<= (* 4 layer) phase_36) (<= phase_36 (+ (* 4 layer) 3)))))
 (let ((?x12258 (ite $x12071 1 0)))
 (let (($x9395 (and (<= (* 4 layer) phase_35) (<= phase_35 (+ (* 4 layer) 3)))))
 (let ((?x10891 (ite $x9395 1 0)))
 (let (($x7919 (and (<= (* 4 layer) phase_34) (<= phase_34 (+ (* 4 layer) 3)))))
 (let ((?x7959 (ite $x7919 1 0)))
 (let (($x7785 (and (<= (* 4 layer) phase_33) (<= phase_33 (+ (* 4 layer) 3)))))
 (let ((?x7827 (ite $x7785 1 0)))
 (let (($x7532 (and (<= (* 4 layer) phase_32) (<= phase_32 (+ (* 4 layer) 3)))))
 (let ((?x7538 (ite $x7532 1 0)))
 (let (($x7337 (and (<= (* 4 layer) phase_31) (<= phase_31 (+ (* 4 layer) 3)))))
 (let ((?x7352 (ite $x7337 1 0)))
 (let (($x7078 (and (<= (* 4 layer) phase_30) (<= phase_30 (+ (* 4 layer) 3)))))
 (let ((?x7118 (ite $x7078 1 0)))
 (let (($x6986 (and (<= (* 4 layer) phase_29) (<= phase_29 (+ (* 4 layer) 3)))))
 (let ((?x7004 (ite $x6986 1 0)))
 (let (($x6886 (and (<= (* 4 layer) phase_28) (<= phase_28 (+ (* 4 layer) 3)))))
 (let ((?x6912 (ite $x6886 1 0)))
 (let (($x6751 (and (<= (* 4 layer) phase_27) (<= phase_27 (+ (* 4 layer) 3)))))
 (let ((?x6798 (ite $x6751 1 0)))
 (let (($x6668 (and (<= (* 4 layer) phase_26) (<= phase_26 (+ (* 4 layer) 3)))))
 (let ((?x6687 (ite $x6668 1 0)))
 (let (($x6652 (and (<= (* 4 layer) phase_25) (<= phase_25 (+ (* 4 layer) 3)))))
 (let ((?x6653 (ite $x6652 1 0)))
 (let (($x6543 (and (<= (* 4 layer) phase_24) (<= phase_24 (+ (* 4 layer) 3)))))
 (let ((?x6572 (ite $x6543 1 0)))
 (let (($x6407 (and (<= (* 4 layer) phase_23) (<= phase_23 (+ (* 4 layer) 3)))))
 (let ((?x6448 (ite $x6407 1 0)))
 (let (($x6377 (and (<= (* 4 layer) phase_22) (<= phase_22 (+ (* 4 layer) 3)))))
 (let ((?x6390 (ite $x6377 1 0)))
 (let (($x6283 (and (<= (* 4 layer) phase_21) (<= phase_21 (+ (* 4 layer) 3)))))
 (let ((?x6322 (ite $x6283 1 0)))
 (let (($x5844 (and (<= (* 4 layer) phase_20) (<= phase_20 (+ (* 4 layer) 3)))))
 (let ((?x6111 (ite $x5844 1 0)))
 (let (($x5073 (and (<= (* 4 layer) phase_19) (<= phase_19 (+ (* 4 layer) 3)))))
 (let ((?x5110 (ite $x5073 1 0)))
 (let (($x4977 (and (<= (* 4 layer) phase_18) (<= phase_18 (+ (* 4 layer) 3)))))
 (let ((?x4988 (ite $x4977 1 0)))
 (let (($x4912 (and (<= (* 4 layer) phase_17) (<= phase_17 (+ (* 4 layer) 3)))))
 (let ((?x4935 (ite $x4912 1 0)))
 (let (($x4843 (and (<= (* 4 layer) phase_16) (<= phase_16 (+ (* 4 layer) 3)))))
 (let ((?x4859 (ite $x4843 1 0)))
 (let (($x4774 (and (<= (* 4 layer) phase_15) (<= phase_15 (+ (* 4 layer) 3)))))
 (let ((?x4790 (ite $x4774 1 0)))
 (let (($x4705 (and (<= (* 4 layer) phase_14) (<= phase_14 (+ (* 4 layer) 3)))))
 (let ((?x4721 (ite $x4705 1 0)))
 (let (($x4638 (and (<= (* 4 layer) phase_13) (<= phase_13 (+ (* 4 layer) 3)))))
 (let ((?x4652 (ite $x4638 1 0)))
 (let (($x4599 (and (<= (* 4 layer) phase_12) (<= phase_12 (+ (* 4 layer) 3)))))
 (let ((?x4615 (ite $x4599 1 0)))
 (let (($x4546 (and (<= (* 4 layer) phase_11) (<= phase_11 (+ (* 4 layer) 3)))))
 (let ((?x4562 (ite $x4546 1 0)))
 (let (($x4420 (and (<= (* 4 layer) phase_10) (<= phase_10 (+ (* 4 layer) 3)))))
 (let ((?x4461 (ite $x4420 1 0)))
 (let (($x4308 (and (<= (* 4 layer) phase_9) (<= phase_9 (+ (* 4 layer) 3)))))
 (let ((?x4337 (ite $x4308 1 0)))
 (let (($x3900 (and (<= (* 4 layer) phase_8) (<= phase_8 (+ (* 4 layer) 3)))))
 (let ((?x3977 (ite $x3900 1 0)))
 (let (($x3787 (and (<= (* 4 layer) phase_7) (<= phase_7 (+ (* 4 layer) 3)))))
 (let ((?x3790 (ite $x3787 1 0)))
 (let (($x3773 (and (<= (* 4 layer) phase_6) (<= phase_6 (+ (* 4 layer) 3)))))
 (let ((?x3776 (ite $x3773 1 0)))
 (let (($x3035 (and (<= (* 4 layer) phase_5) (<= phase_5 (+ (* 4 layer) 3)))))
 (let ((?x3223 (ite $x3035 1 0)))
 (let (($x2382 (and (<= (* 4 layer) phase_4) (<= phase_4 (+ (* 4 layer) 3)))))
 (let ((?x2586 (ite $x2382 1 0)))
 (let (($x1703 (and (<= (* 4 layer) phase_3) (<= phase_3 (+ (* 4 layer) 3)))))
 (let ((?x1801 (ite $x1703 1 0)))
 (let (($x1264 (and (<= (* 4 layer) phase_2) (<= phase_2 (+ (* 4 layer) 3)))))
 (let ((?x1343 (ite $x1264 1 0)))
 (let (($x1074 (and (<= (* 4 layer) phase_1) (<= phase_1 (+ (* 4 layer) 3)))))
 (let ((?x1314 (ite $x1074 1 0)))
 (let ((?x3098 (+ ?x1314 ?x1343 ?x1801 ?x2586 ?x3223 ?x3776 ?x3790 ?x3977 ?x4337 ?x4461 ?x4562 ?x4615 ?x4652 ?x4721 ?x4790 ?x4859 ?x4935 ?x4988 ?x5110 ?x6111 ?x6322 ?x6390 ?x6448 ?x6572 ?x6653 ?x6687 ?x6798 ?x6912 ?x7004 ?x7118 ?x7352 ?x7538 ?x7827 ?x7959 ?x10891 ?x12258 ?x12608 ?x12791 ?x18373 ?x21165 ?x21215 ?x21368 ?x21448 ?x21667 ?x21703 ?x21778 ?x21907 ?x28241 ?x28359 ?x29854 ?x29927 ?x29955 ?x29994 ?x30017 ?x30055 ?x30081 ?x30106 ?x30146 ?x30173 ?x30198 ?x30238 ?x30266 ?x30300 ?x30332 ?x30363 ?x30404 ?x30430 ?x33135 ?x33224 ?x3034 ?x21509 ?x28407 ?x33178 ?x28253 ?x6325 ?x875 ?x7542 ?x18935 ?x3947 ?x7655 ?x21181 ?x6700 ?x7755 ?x6587 ?x6808 ?x7593 ?x840 ?x12810 ?x30445 ?x30424 ?x30392 ?x30357 ?x30321 ?x30289 ?x30260 ?x30237 ?x30197 ?x30174 ?x30133 ?x30100 ?x30073 ?x30054 ?x30016 ?x29993 ?x29954 ?x29933 ?x1534 ?x7044 ?x31507 ?x920 ?x3554 ?x1073 ?x9941 ?x21688 ?x21690 ?x21228 ?x21229 ?x21347 ?x5132 ?x6423 ?x6866 ?x1986 ?x12577 ?x21397 ?x4195 ?x1076 ?x21113 ?x6114 ?x5010 ?x20948 ?x6839 ?x6123 ?x1530 ?x4969 ?x4898 ?x4829 ?x4760 ?x4686 ?x4617 ?x4548 ?x4399 ?x4287 ?x28444 ?x28402 ?x28370 ?x28319 ?x28278 ?x28252 ?x2068 ?x6431 ?x6897 ?x2636 ?x21753 ?x7806 ?x12361 ?x6341 ?x7604 ?x3036 ?x21395 ?x8037 ?x2584 ?x10422 ?x7020 ?x21269 ?x6576 ?x7615 ?x21384 ?x6509 ?x7737 ?x6526 ?x12012 ?x7259 ?x12830 ?x21355 ?x8071 ?x3690 ?x945 ?x29880 ?x30435 ?x30417 ?x30401 ?x30383 ?x30365 ?x30347 ?x30344 ?x30328 ?x30312 ?x30296 ?x30280 ?x30258 ?x30242 ?x30223 ?x30203 ?x30190 ?x30183 ?x30163 ?x30143 ?x30123 ?x30120 ?x30098 ?x30079 ?x30568 ?x30060 ?x30047 ?x30040 ?x30022 ?x30004 ?x29984 ?x29964 ?x29944 ?x29939 ?x29919 ?x6741 ?x29842 ?x1735 ?x2433 ?x2747 ?x6951 ?x3551 ?x6771 ?x7049 ?x915 ?x3830 ?x29868 ?x29843 ?x1038 ?x29861 ?x1325 ?x1202 ?x11356 ?x21381 ?x12714 ?x21716 ?x21457 ?x21294 ?x3985 ?x3969 ?x5028 ?x5131 ?x6369 ?x6864 ?x7047 ?x990 ?x3224)))
 (> ?x3098 max_ffn)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
