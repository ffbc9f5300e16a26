(set-logic QF_LIA)
; 
(set-info :status unknown)
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
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 3))
(assert
 (= phase_5 6))
(assert
 (= phase_6 6))
(assert
 (= phase_7 7))
(assert
 (= phase_8 10))
(assert
 (= phase_9 10))
(assert
 (= phase_10 11))
(assert
 (= phase_11 14))
(assert
 (= phase_12 14))
(assert
 (= phase_13 15))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 7))
(assert
 (= phase_18 10))
(assert
 (= phase_19 10))
(assert
 (= phase_20 11))
(assert
 (= phase_21 14))
(assert
 (= phase_22 14))
(assert
 (= phase_23 15))
(assert
 (= phase_24 18))
(assert
 (= phase_25 18))
(assert
 (= phase_26 19))
(assert
 (= phase_28 10))
(assert
 (= phase_29 10))
(assert
 (= phase_30 11))
(assert
 (= phase_31 14))
(assert
 (= phase_32 14))
(assert
 (= phase_33 15))
(assert
 (= phase_34 18))
(assert
 (= phase_35 18))
(assert
 (= phase_36 19))
(assert
 (= phase_37 22))
(assert
 (= phase_38 22))
(assert
 (= phase_39 23))
(assert
 (= phase_41 14))
(assert
 (= phase_42 14))
(assert
 (= phase_43 15))
(assert
 (= phase_44 18))
(assert
 (= phase_45 18))
(assert
 (= phase_46 19))
(assert
 (= phase_47 22))
(assert
 (= phase_48 22))
(assert
 (= phase_49 23))
(assert
 (= phase_50 26))
(assert
 (= phase_51 26))
(assert
 (= phase_52 27))
(assert
 (= phase_54 18))
(assert
 (= phase_55 18))
(assert
 (= phase_56 19))
(assert
 (= phase_57 22))
(assert
 (= phase_58 22))
(assert
 (= phase_59 23))
(assert
 (= phase_60 26))
(assert
 (= phase_61 26))
(assert
 (= phase_62 27))
(assert
 (= phase_63 30))
(assert
 (= phase_64 30))
(assert
 (= phase_65 31))
(assert
 (= phase_67 22))
(assert
 (= phase_68 22))
(assert
 (= phase_69 23))
(assert
 (= phase_70 26))
(assert
 (= phase_71 26))
(assert
 (= phase_72 27))
(assert
 (= phase_73 30))
(assert
 (= phase_74 30))
(assert
 (= phase_75 31))
(assert
 (= phase_76 34))
(assert
 (= phase_77 34))
(assert
 (= phase_78 35))
(assert
 (= phase_80 26))
(assert
 (= phase_81 26))
(assert
 (= phase_82 27))
(assert
 (= phase_83 30))
(assert
 (= phase_84 30))
(assert
 (= phase_85 31))
(assert
 (= phase_86 34))
(assert
 (= phase_87 34))
(assert
 (= phase_88 35))
(assert
 (= phase_89 38))
(assert
 (= phase_90 38))
(assert
 (= phase_91 39))
(assert
 (= phase_93 30))
(assert
 (= phase_94 30))
(assert
 (= phase_95 31))
(assert
 (= phase_96 34))
(assert
 (= phase_97 34))
(assert
 (= phase_98 35))
(assert
 (= phase_99 38))
(assert
 (= phase_100 38))
(assert
 (= phase_101 39))
(assert
 (= phase_102 42))
(assert
 (= phase_103 42))
(assert
 (= phase_104 43))
(assert
 (= phase_106 34))
(assert
 (= phase_107 34))
(assert
 (= phase_108 35))
(assert
 (= phase_109 38))
(assert
 (= phase_110 38))
(assert
 (= phase_111 39))
(assert
 (= phase_112 42))
(assert
 (= phase_113 42))
(assert
 (= phase_114 43))
(assert
 (= phase_115 46))
(assert
 (= phase_116 46))
(assert
 (= phase_117 47))
(assert
 (= phase_119 38))
(assert
 (= phase_120 38))
(assert
 (= phase_121 39))
(assert
 (= phase_122 42))
(assert
 (= phase_123 42))
(assert
 (= phase_124 43))
(assert
 (= phase_125 46))
(assert
 (= phase_126 46))
(assert
 (= phase_127 47))
(assert
 (= phase_128 50))
(assert
 (= phase_129 50))
(assert
 (= phase_130 51))
(assert
 (= phase_132 42))
(assert
 (= phase_133 42))
(assert
 (= phase_134 43))
(assert
 (= phase_135 46))
(assert
 (= phase_136 46))
(assert
 (= phase_137 47))
(assert
 (= phase_138 50))
(assert
 (= phase_139 50))
(assert
 (= phase_140 51))
(assert
 (= phase_141 54))
(assert
 (= phase_142 54))
(assert
 (= phase_143 55))
(assert
 (= phase_145 46))
(assert
 (= phase_146 46))
(assert
 (= phase_147 47))
(assert
 (= phase_148 50))
(assert
 (= phase_149 50))
(assert
 (= phase_150 51))
(assert
 (= phase_151 54))
(assert
 (= phase_152 54))
(assert
 (= phase_153 55))
(assert
 (= phase_154 58))
(assert
 (= phase_155 58))
(assert
 (= phase_156 59))
(assert
 (= phase_158 50))
(assert
 (= phase_159 50))
(assert
 (= phase_160 51))
(assert
 (= phase_161 54))
(assert
 (= phase_162 54))
(assert
 (= phase_163 55))
(assert
 (= phase_164 58))
(assert
 (= phase_165 58))
(assert
 (= phase_166 59))
(assert
 (= phase_167 62))
(assert
 (= phase_168 62))
(assert
 (= phase_169 63))
(assert
 (= phase_171 54))
(assert
 (= phase_172 54))
(assert
 (= phase_173 55))
(assert
 (= phase_174 58))
(assert
 (= phase_175 58))
(assert
 (= phase_176 59))
(assert
 (= phase_177 62))
(assert
 (= phase_178 62))
(assert
 (= phase_179 63))
(assert
 (= phase_180 66))
(assert
 (= phase_181 66))
(assert
 (= phase_182 67))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (= phase_186 59))
(assert
 (= phase_187 62))
(assert
 (= phase_188 62))
(assert
 (= phase_189 63))
(assert
 (= phase_190 66))
(assert
 (= phase_191 66))
(assert
 (= phase_192 67))
(assert
 (= phase_193 70))
(assert
 (= phase_194 70))
(assert
 (= phase_195 71))
(assert
 (= phase_200 62))
(assert
 (= phase_201 62))
(assert
 (= phase_202 62))
(assert
 (= phase_203 63))
(assert
 (= phase_204 66))
(assert
 (= phase_205 66))
(assert
 (= phase_206 66))
(assert
 (= phase_207 67))
(assert
 (= phase_208 70))
(assert
 (= phase_209 70))
(assert
 (= phase_210 70))
(assert
 (= phase_211 71))
(assert
 (= phase_212 74))
(assert
 (= phase_213 74))
(assert
 (= phase_214 74))
(assert
 (= phase_215 75))
(assert
 (= phase_216 78))
(assert
 (= phase_217 78))
(assert
 (= phase_218 79))
(assert
 (let (($x160 (> phase_218 phase_217)))
 (let ((?x248 (ite $x160 phase_218 phase_217)))
 (let (($x356 (not (<= ?x248 (+ phase_217 1)))))
 (let (($x15010 (> phase_218 phase_216)))
 (let ((?x14999 (ite $x15010 phase_218 phase_216)))
 (let (($x14991 (not (<= ?x14999 (+ phase_216 1)))))
 (let (($x14287 (> phase_215 phase_214)))
 (let ((?x14288 (ite $x14287 phase_215 phase_214)))
 (let (($x15020 (not (<= ?x14288 (+ phase_214 1)))))
 (let (($x18943 (> phase_215 phase_213)))
 (let ((?x14279 (ite $x18943 phase_215 phase_213)))
 (let (($x18941 (not (<= ?x14279 (+ phase_213 1)))))
 (let (($x19047 (> phase_215 phase_212)))
 (let ((?x19100 (ite $x19047 phase_215 phase_212)))
 (let (($x14269 (not (<= ?x19100 (+ phase_212 1)))))
 (let (($x14244 (> phase_211 phase_210)))
 (let ((?x18946 (ite $x14244 phase_211 phase_210)))
 (let (($x14253 (not (<= ?x18946 (+ phase_210 1)))))
 (let (($x14230 (> phase_211 phase_209)))
 (let ((?x14237 (ite $x14230 phase_211 phase_209)))
 (let (($x18888 (not (<= ?x14237 (+ phase_209 1)))))
 (let (($x18949 (> phase_211 phase_208)))
 (let ((?x14222 (ite $x18949 phase_211 phase_208)))
 (let (($x19101 (not (<= ?x14222 (+ phase_208 1)))))
 (let (($x14921 (> phase_207 phase_206)))
 (let ((?x580 (ite $x14921 phase_207 phase_206)))
 (let (($x7791 (not (<= ?x580 (+ phase_206 1)))))
 (let (($x14972 (> phase_207 phase_205)))
 (let ((?x14956 (ite $x14972 phase_207 phase_205)))
 (let (($x14939 (not (<= ?x14956 (+ phase_205 1)))))
 (let (($x15547 (> phase_207 phase_204)))
 (let ((?x15650 (ite $x15547 phase_207 phase_204)))
 (let (($x14992 (not (<= ?x15650 (+ phase_204 1)))))
 (let (($x15549 (> phase_203 phase_202)))
 (let ((?x371 (ite $x15549 phase_203 phase_202)))
 (let (($x583 (not (<= ?x371 (+ phase_202 1)))))
 (let (($x689 (> phase_203 phase_201)))
 (let ((?x581 (ite $x689 phase_203 phase_201)))
 (let (($x369 (not (<= ?x581 (+ phase_201 1)))))
 (let (($x425 (> phase_203 phase_200)))
 (let ((?x15554 (ite $x425 phase_203 phase_200)))
 (let (($x399 (not (<= ?x15554 (+ phase_200 1)))))
 (let (($x413 (> phase_195 phase_194)))
 (let ((?x15555 (ite $x413 phase_195 phase_194)))
 (let (($x14664 (not (<= ?x15555 (+ phase_194 1)))))
 (let (($x687 (> phase_195 phase_193)))
 (let ((?x595 (ite $x687 phase_195 phase_193)))
 (let (($x15556 (not (<= ?x595 (+ phase_193 1)))))
 (let (($x15209 (> phase_192 phase_191)))
 (let ((?x18577 (ite $x15209 phase_192 phase_191)))
 (let (($x15563 (not (<= ?x18577 (+ phase_191 1)))))
 (let (($x15281 (> phase_192 phase_190)))
 (let ((?x15316 (ite $x15281 phase_192 phase_190)))
 (let (($x18580 (not (<= ?x15316 (+ phase_190 1)))))
 (let (($x15182 (> phase_189 phase_188)))
 (let ((?x15192 (ite $x15182 phase_189 phase_188)))
 (let (($x15235 (not (<= ?x15192 (+ phase_188 1)))))
 (let (($x15170 (> phase_189 phase_187)))
 (let ((?x15077 (ite $x15170 phase_189 phase_187)))
 (let (($x15121 (not (<= ?x15077 (+ phase_187 1)))))
 (let (($x15151 (> phase_186 phase_185)))
 (let ((?x15573 (ite $x15151 phase_186 phase_185)))
 (let (($x18594 (not (<= ?x15573 (+ phase_185 1)))))
 (let (($x18602 (> phase_186 phase_184)))
 (let ((?x18603 (ite $x18602 phase_186 phase_184)))
 (let (($x18218 (not (<= ?x18603 (+ phase_184 1)))))
 (let (($x15128 (> phase_182 phase_181)))
 (let ((?x18605 (ite $x15128 phase_182 phase_181)))
 (let (($x15138 (not (<= ?x18605 (+ phase_181 1)))))
 (let (($x15116 (> phase_182 phase_180)))
 (let ((?x15119 (ite $x15116 phase_182 phase_180)))
 (let (($x18608 (not (<= ?x15119 (+ phase_180 1)))))
 (let (($x18615 (> phase_179 phase_178)))
 (let ((?x15098 (ite $x18615 phase_179 phase_178)))
 (let (($x18610 (not (<= ?x15098 (+ phase_178 1)))))
 (let (($x18714 (> phase_179 phase_177)))
 (let ((?x14845 (ite $x18714 phase_179 phase_177)))
 (let (($x18710 (not (<= ?x14845 (+ phase_177 1)))))
 (let (($x18728 (> phase_176 phase_175)))
 (let ((?x18732 (ite $x18728 phase_176 phase_175)))
 (let (($x14819 (not (<= ?x18732 (+ phase_175 1)))))
 (let (($x14798 (> phase_176 phase_174)))
 (let ((?x18733 (ite $x14798 phase_176 phase_174)))
 (let (($x14802 (not (<= ?x18733 (+ phase_174 1)))))
 (let (($x14777 (> phase_173 phase_172)))
 (let ((?x14780 (ite $x14777 phase_173 phase_172)))
 (let (($x18737 (not (<= ?x14780 (+ phase_172 1)))))
 (let (($x18745 (> phase_173 phase_171)))
 (let ((?x14764 (ite $x18745 phase_173 phase_171)))
 (let (($x18739 (not (<= ?x14764 (+ phase_171 1)))))
 (let (($x14746 (> phase_169 phase_168)))
 (let ((?x18748 (ite $x14746 phase_169 phase_168)))
 (let (($x14755 (not (<= ?x18748 (+ phase_168 1)))))
 (let (($x18516 (> phase_169 phase_167)))
 (let ((?x15383 (ite $x18516 phase_169 phase_167)))
 (let (($x14741 (not (<= ?x15383 (+ phase_167 1)))))
 (let (($x14892 (> phase_166 phase_165)))
 (let ((?x14905 (ite $x14892 phase_166 phase_165)))
 (let (($x14943 (not (<= ?x14905 (+ phase_165 1)))))
 (let (($x14757 (> phase_166 phase_164)))
 (let ((?x14800 (ite $x14757 phase_166 phase_164)))
 (let (($x14843 (not (<= ?x14800 (+ phase_164 1)))))
 (let (($x18529 (> phase_163 phase_162)))
 (let ((?x15337 (ite $x18529 phase_163 phase_162)))
 (let (($x14706 (not (<= ?x15337 (+ phase_162 1)))))
 (let (($x18240 (> phase_163 phase_161)))
 (let ((?x18532 (ite $x18240 phase_163 phase_161)))
 (let (($x15334 (not (<= ?x18532 (+ phase_161 1)))))
 (let (($x15312 (> phase_160 phase_159)))
 (let ((?x15313 (ite $x15312 phase_160 phase_159)))
 (let (($x18537 (not (<= ?x15313 (+ phase_159 1)))))
 (let (($x18544 (> phase_160 phase_158)))
 (let ((?x15304 (ite $x18544 phase_160 phase_158)))
 (let (($x18539 (not (<= ?x15304 (+ phase_158 1)))))
 (let (($x18550 (> phase_156 phase_155)))
 (let ((?x18551 (ite $x18550 phase_156 phase_155)))
 (let (($x15290 (not (<= ?x18551 (+ phase_155 1)))))
 (let (($x18235 (> phase_156 phase_154)))
 (let ((?x18554 (ite $x18235 phase_156 phase_154)))
 (let (($x15280 (not (<= ?x18554 (+ phase_154 1)))))
 (let (($x8893 (> phase_153 phase_152)))
 (let ((?x15286 (ite $x8893 phase_153 phase_152)))
 (let (($x705 (not (<= ?x15286 (+ phase_152 1)))))
 (let (($x14390 (> phase_153 phase_151)))
 (let ((?x14371 (ite $x14390 phase_153 phase_151)))
 (let (($x15310 (not (<= ?x14371 (+ phase_151 1)))))
 (let (($x14443 (> phase_150 phase_149)))
 (let ((?x14432 (ite $x14443 phase_150 phase_149)))
 (let (($x14409 (not (<= ?x14432 (+ phase_149 1)))))
 (let (($x717 (> phase_150 phase_148)))
 (let ((?x14485 (ite $x717 phase_150 phase_148)))
 (let (($x14460 (not (<= ?x14485 (+ phase_148 1)))))
 (let (($x358 (> phase_147 phase_146)))
 (let ((?x16466 (ite $x358 phase_147 phase_146)))
 (let (($x15381 (not (<= ?x16466 (+ phase_146 1)))))
 (let (($x14332 (> phase_147 phase_145)))
 (let ((?x14342 (ite $x14332 phase_147 phase_145)))
 (let (($x378 (not (<= ?x14342 (+ phase_145 1)))))
 (let (($x16468 (> phase_143 phase_142)))
 (let ((?x8499 (ite $x16468 phase_143 phase_142)))
 (let (($x15016 (not (<= ?x8499 (+ phase_142 1)))))
 (let (($x2863 (> phase_143 phase_141)))
 (let ((?x14703 (ite $x2863 phase_143 phase_141)))
 (let (($x8645 (not (<= ?x14703 (+ phase_141 1)))))
 (let (($x15033 (> phase_140 phase_139)))
 (let ((?x9068 (ite $x15033 phase_140 phase_139)))
 (let (($x14070 (not (<= ?x9068 (+ phase_139 1)))))
 (let (($x622 (> phase_140 phase_138)))
 (let ((?x418 (ite $x622 phase_140 phase_138)))
 (let (($x16493 (not (<= ?x418 (+ phase_138 1)))))
 (let (($x355 (> phase_137 phase_136)))
 (let ((?x8456 (ite $x355 phase_137 phase_136)))
 (let (($x313 (not (<= ?x8456 (+ phase_136 1)))))
 (let (($x2504 (> phase_137 phase_135)))
 (let ((?x2500 (ite $x2504 phase_137 phase_135)))
 (let (($x15034 (not (<= ?x2500 (+ phase_135 1)))))
 (let (($x2522 (> phase_134 phase_133)))
 (let ((?x2510 (ite $x2522 phase_134 phase_133)))
 (let (($x2506 (not (<= ?x2510 (+ phase_133 1)))))
 (let (($x2514 (> phase_134 phase_132)))
 (let ((?x157 (ite $x2514 phase_134 phase_132)))
 (let (($x2526 (not (<= ?x157 (+ phase_132 1)))))
 (let (($x17056 (> phase_130 phase_129)))
 (let ((?x17203 (ite $x17056 phase_130 phase_129)))
 (let (($x4806 (not (<= ?x17203 (+ phase_129 1)))))
 (let (($x2740 (> phase_130 phase_128)))
 (let ((?x2752 (ite $x2740 phase_130 phase_128)))
 (let (($x16746 (not (<= ?x2752 (+ phase_128 1)))))
 (let (($x2705 (> phase_127 phase_126)))
 (let ((?x2714 (ite $x2705 phase_127 phase_126)))
 (let (($x2726 (not (<= ?x2714 (+ phase_126 1)))))
 (let (($x2662 (> phase_127 phase_125)))
 (let ((?x2670 (ite $x2662 phase_127 phase_125)))
 (let (($x2682 (not (<= ?x2670 (+ phase_125 1)))))
 (let (($x2624 (> phase_124 phase_123)))
 (let ((?x2630 (ite $x2624 phase_124 phase_123)))
 (let (($x2650 (not (<= ?x2630 (+ phase_123 1)))))
 (let (($x2758 (> phase_124 phase_122)))
 (let ((?x2598 (ite $x2758 phase_124 phase_122)))
 (let (($x2612 (not (<= ?x2598 (+ phase_122 1)))))
 (let (($x2841 (> phase_121 phase_120)))
 (let ((?x2844 (ite $x2841 phase_121 phase_120)))
 (let (($x2766 (not (<= ?x2844 (+ phase_120 1)))))
 (let (($x2784 (> phase_121 phase_119)))
 (let ((?x2782 (ite $x2784 phase_121 phase_119)))
 (let (($x2566 (not (<= ?x2782 (+ phase_119 1)))))
 (let (($x2582 (> phase_117 phase_116)))
 (let ((?x2774 (ite $x2582 phase_117 phase_116)))
 (let (($x2778 (not (<= ?x2774 (+ phase_116 1)))))
 (let (($x2812 (> phase_117 phase_115)))
 (let ((?x2600 (ite $x2812 phase_117 phase_115)))
 (let (($x2594 (not (<= ?x2600 (+ phase_115 1)))))
 (let (($x2808 (> phase_114 phase_113)))
 (let ((?x2810 (ite $x2808 phase_114 phase_113)))
 (let (($x2816 (not (<= ?x2810 (+ phase_113 1)))))
 (let (($x2792 (> phase_114 phase_112)))
 (let ((?x2794 (ite $x2792 phase_114 phase_112)))
 (let (($x2798 (not (<= ?x2794 (+ phase_112 1)))))
 (let (($x2494 (> phase_111 phase_110)))
 (let ((?x4807 (ite $x2494 phase_111 phase_110)))
 (let (($x2788 (not (<= ?x4807 (+ phase_110 1)))))
 (let (($x2846 (> phase_111 phase_109)))
 (let ((?x2851 (ite $x2846 phase_111 phase_109)))
 (let (($x2498 (not (<= ?x2851 (+ phase_109 1)))))
 (let (($x2826 (> phase_108 phase_107)))
 (let ((?x2828 (ite $x2826 phase_108 phase_107)))
 (let (($x2832 (not (<= ?x2828 (+ phase_107 1)))))
 (let (($x2558 (> phase_108 phase_106)))
 (let ((?x2556 (ite $x2558 phase_108 phase_106)))
 (let (($x2822 (not (<= ?x2556 (+ phase_106 1)))))
 (let (($x2596 (> phase_104 phase_103)))
 (let ((?x2590 (ite $x2596 phase_104 phase_103)))
 (let (($x2570 (not (<= ?x2590 (+ phase_103 1)))))
 (let (($x2576 (> phase_104 phase_102)))
 (let ((?x2560 (ite $x2576 phase_104 phase_102)))
 (let (($x2610 (not (<= ?x2560 (+ phase_102 1)))))
 (let (($x2546 (> phase_101 phase_100)))
 (let ((?x2552 (ite $x2546 phase_101 phase_100)))
 (let (($x2772 (not (<= ?x2552 (+ phase_100 1)))))
 (let (($x2711 (> phase_101 phase_99)))
 (let ((?x2702 (ite $x2711 phase_101 phase_99)))
 (let (($x2680 (not (<= ?x2702 (+ phase_99 1)))))
 (let (($x2744 (> phase_98 phase_97)))
 (let ((?x2738 (ite $x2744 phase_98 phase_97)))
 (let (($x2724 (not (<= ?x2738 (+ phase_97 1)))))
 (let (($x2654 (> phase_98 phase_96)))
 (let ((?x2660 (ite $x2654 phase_98 phase_96)))
 (let (($x2674 (not (<= ?x2660 (+ phase_96 1)))))
 (let (($x2616 (> phase_95 phase_94)))
 (let ((?x2622 (ite $x2616 phase_95 phase_94)))
 (let (($x842 (not (<= ?x2622 (+ phase_94 1)))))
 (let (($x2887 (> phase_95 phase_93)))
 (let ((?x2885 (ite $x2887 phase_95 phase_93)))
 (let (($x2881 (not (<= ?x2885 (+ phase_93 1)))))
 (let (($x2875 (> phase_91 phase_90)))
 (let ((?x2897 (ite $x2875 phase_91 phase_90)))
 (let (($x2893 (not (<= ?x2897 (+ phase_90 1)))))
 (let (($x2770 (> phase_91 phase_89)))
 (let ((?x2857 (ite $x2770 phase_91 phase_89)))
 (let (($x2869 (not (<= ?x2857 (+ phase_89 1)))))
 (let (($x2927 (> phase_88 phase_87)))
 (let ((?x2925 (ite $x2927 phase_88 phase_87)))
 (let (($x2762 (not (<= ?x2925 (+ phase_87 1)))))
 (let (($x2937 (> phase_88 phase_86)))
 (let ((?x2935 (ite $x2937 phase_88 phase_86)))
 (let (($x2931 (not (<= ?x2935 (+ phase_86 1)))))
 (let (($x2913 (> phase_85 phase_84)))
 (let ((?x2923 (ite $x2913 phase_85 phase_84)))
 (let (($x2941 (not (<= ?x2923 (+ phase_84 1)))))
 (let (($x2903 (> phase_85 phase_83)))
 (let ((?x2905 (ite $x2903 phase_85 phase_83)))
 (let (($x2909 (not (<= ?x2905 (+ phase_83 1)))))
 (let (($x2973 (> phase_82 phase_81)))
 (let ((?x2971 (ite $x2973 phase_82 phase_81)))
 (let (($x2899 (not (<= ?x2971 (+ phase_81 1)))))
 (let (($x2989 (> phase_82 phase_80)))
 (let ((?x2987 (ite $x2989 phase_82 phase_80)))
 (let (($x2983 (not (<= ?x2987 (+ phase_80 1)))))
 (let (($x2963 (> phase_78 phase_77)))
 (let ((?x2965 (ite $x2963 phase_78 phase_77)))
 (let (($x2684 (not (<= ?x2965 (+ phase_77 1)))))
 (let (($x13169 (> phase_78 phase_76)))
 (let ((?x2955 (ite $x13169 phase_78 phase_76)))
 (let (($x2959 (not (<= ?x2955 (+ phase_76 1)))))
 (let (($x15407 (> phase_75 phase_74)))
 (let ((?x15417 (ite $x15407 phase_75 phase_74)))
 (let (($x2943 (not (<= ?x15417 (+ phase_74 1)))))
 (let (($x15356 (> phase_75 phase_73)))
 (let ((?x15364 (ite $x15356 phase_75 phase_73)))
 (let (($x15389 (not (<= ?x15364 (+ phase_73 1)))))
 (let (($x1364 (> phase_72 phase_71)))
 (let ((?x1256 (ite $x1364 phase_72 phase_71)))
 (let (($x2678 (not (<= ?x1256 (+ phase_71 1)))))
 (let (($x2997 (> phase_72 phase_70)))
 (let ((?x2436 (ite $x2997 phase_72 phase_70)))
 (let (($x1772 (not (<= ?x2436 (+ phase_70 1)))))
 (let (($x15211 (> phase_69 phase_68)))
 (let ((?x15221 (ite $x15211 phase_69 phase_68)))
 (let (($x2993 (not (<= ?x15221 (+ phase_68 1)))))
 (let (($x15165 (> phase_69 phase_67)))
 (let ((?x15173 (ite $x15165 phase_69 phase_67)))
 (let (($x15193 (not (<= ?x15173 (+ phase_67 1)))))
 (let (($x15264 (> phase_65 phase_64)))
 (let ((?x15254 (ite $x15264 phase_65 phase_64)))
 (let (($x2672 (not (<= ?x15254 (+ phase_64 1)))))
 (let (($x15317 (> phase_65 phase_63)))
 (let ((?x15307 (ite $x15317 phase_65 phase_63)))
 (let (($x15282 (not (<= ?x15307 (+ phase_63 1)))))
 (let (($x15017 (> phase_62 phase_61)))
 (let ((?x15570 (ite $x15017 phase_62 phase_61)))
 (let (($x15336 (not (<= ?x15570 (+ phase_61 1)))))
 (let (($x14969 (> phase_62 phase_60)))
 (let ((?x14979 (ite $x14969 phase_62 phase_60)))
 (let (($x14997 (not (<= ?x14979 (+ phase_60 1)))))
 (let (($x15068 (> phase_59 phase_58)))
 (let ((?x15058 (ite $x15068 phase_59 phase_58)))
 (let (($x2666 (not (<= ?x15058 (+ phase_58 1)))))
 (let (($x15122 (> phase_59 phase_57)))
 (let ((?x15112 (ite $x15122 phase_59 phase_57)))
 (let (($x15088 (not (<= ?x15112 (+ phase_57 1)))))
 (let (($x14821 (> phase_56 phase_55)))
 (let ((?x14829 (ite $x14821 phase_56 phase_55)))
 (let (($x15140 (not (<= ?x14829 (+ phase_55 1)))))
 (let (($x14768 (> phase_56 phase_54)))
 (let ((?x14783 (ite $x14768 phase_56 phase_54)))
 (let (($x14801 (not (<= ?x14783 (+ phase_54 1)))))
 (let (($x14873 (> phase_52 phase_51)))
 (let ((?x14865 (ite $x14873 phase_52 phase_51)))
 (let (($x2658 (not (<= ?x14865 (+ phase_51 1)))))
 (let (($x14926 (> phase_52 phase_50)))
 (let ((?x14916 (ite $x14926 phase_52 phase_50)))
 (let (($x14893 (not (<= ?x14916 (+ phase_50 1)))))
 (let (($x14626 (> phase_49 phase_48)))
 (let ((?x14636 (ite $x14626 phase_49 phase_48)))
 (let (($x14944 (not (<= ?x14636 (+ phase_48 1)))))
 (let (($x14572 (> phase_49 phase_47)))
 (let ((?x14582 (ite $x14572 phase_49 phase_47)))
 (let (($x14605 (not (<= ?x14582 (+ phase_47 1)))))
 (let (($x14679 (> phase_46 phase_45)))
 (let ((?x14669 (ite $x14679 phase_46 phase_45)))
 (let (($x2652 (not (<= ?x14669 (+ phase_45 1)))))
 (let (($x14730 (> phase_46 phase_44)))
 (let ((?x14720 (ite $x14730 phase_46 phase_44)))
 (let (($x14697 (not (<= ?x14720 (+ phase_44 1)))))
 (let (($x14430 (> phase_43 phase_42)))
 (let ((?x14440 (ite $x14430 phase_43 phase_42)))
 (let (($x14750 (not (<= ?x14440 (+ phase_42 1)))))
 (let (($x14377 (> phase_43 phase_41)))
 (let ((?x14387 (ite $x14377 phase_43 phase_41)))
 (let (($x14407 (not (<= ?x14387 (+ phase_41 1)))))
 (let (($x14483 (> phase_39 phase_38)))
 (let ((?x14468 (ite $x14483 phase_39 phase_38)))
 (let (($x2646 (not (<= ?x14468 (+ phase_38 1)))))
 (let (($x14529 (> phase_39 phase_37)))
 (let ((?x14521 (ite $x14529 phase_39 phase_37)))
 (let (($x14501 (not (<= ?x14521 (+ phase_37 1)))))
 (let (($x14229 (> phase_36 phase_35)))
 (let ((?x14239 (ite $x14229 phase_36 phase_35)))
 (let (($x14554 (not (<= ?x14239 (+ phase_35 1)))))
 (let (($x2722 (> phase_36 phase_34)))
 (let ((?x14186 (ite $x2722 phase_36 phase_34)))
 (let (($x14211 (not (<= ?x14186 (+ phase_34 1)))))
 (let (($x14272 (> phase_33 phase_32)))
 (let ((?x14262 (ite $x14272 phase_33 phase_32)))
 (let (($x14168 (not (<= ?x14262 (+ phase_32 1)))))
 (let (($x14325 (> phase_33 phase_31)))
 (let ((?x14315 (ite $x14325 phase_33 phase_31)))
 (let (($x14292 (not (<= ?x14315 (+ phase_31 1)))))
 (let (($x14038 (> phase_30 phase_29)))
 (let ((?x14048 (ite $x14038 phase_30 phase_29)))
 (let (($x14343 (not (<= ?x14048 (+ phase_29 1)))))
 (let (($x2730 (> phase_30 phase_28)))
 (let ((?x13995 (ite $x2730 phase_30 phase_28)))
 (let (($x14020 (not (<= ?x13995 (+ phase_28 1)))))
 (let (($x14071 (> phase_26 phase_25)))
 (let ((?x14063 (ite $x14071 phase_26 phase_25)))
 (let (($x13977 (not (<= ?x14063 (+ phase_25 1)))))
 (let (($x14125 (> phase_26 phase_24)))
 (let ((?x14115 (ite $x14125 phase_26 phase_24)))
 (let (($x14091 (not (<= ?x14115 (+ phase_24 1)))))
 (let (($x13305 (> phase_23 phase_22)))
 (let ((?x463 (ite $x13305 phase_23 phase_22)))
 (let (($x14143 (not (<= ?x463 (+ phase_22 1)))))
 (let (($x13189 (> phase_23 phase_21)))
 (let ((?x13218 (ite $x13189 phase_23 phase_21)))
 (let (($x2754 (not (<= ?x13218 (+ phase_21 1)))))
 (let (($x13907 (> phase_20 phase_19)))
 (let ((?x13899 (ite $x13907 phase_20 phase_19)))
 (let (($x13883 (not (<= ?x13899 (+ phase_19 1)))))
 (let (($x13954 (> phase_20 phase_18)))
 (let ((?x13946 (ite $x13954 phase_20 phase_18)))
 (let (($x13930 (not (<= ?x13946 (+ phase_18 1)))))
 (let (($x12901 (> phase_17 phase_16)))
 (let ((?x2528 (ite $x12901 phase_17 phase_16)))
 (let (($x21005 (not (<= ?x2528 (+ phase_16 1)))))
 (let (($x10311 (> phase_17 phase_15)))
 (let ((?x21074 (ite $x10311 phase_17 phase_15)))
 (let (($x2614 (not (<= ?x21074 (+ phase_15 1)))))
 (let (($x8695 (> phase_13 phase_12)))
 (let ((?x13061 (ite $x8695 phase_13 phase_12)))
 (let (($x8196 (not (<= ?x13061 (+ phase_12 1)))))
 (let (($x2608 (> phase_13 phase_11)))
 (let ((?x9387 (ite $x2608 phase_13 phase_11)))
 (let (($x13166 (not (<= ?x9387 (+ phase_11 1)))))
 (let (($x7656 (> phase_10 phase_9)))
 (let ((?x7834 (ite $x7656 phase_10 phase_9)))
 (let (($x7171 (not (<= ?x7834 (+ phase_9 1)))))
 (let (($x616 (> phase_10 phase_8)))
 (let ((?x655 (ite $x616 phase_10 phase_8)))
 (let (($x730 (not (<= ?x655 (+ phase_8 1)))))
 (let (($x639 (> phase_7 phase_6)))
 (let ((?x2524 (ite $x639 phase_7 phase_6)))
 (let (($x2492 (not (<= ?x2524 (+ phase_6 1)))))
 (let (($x2716 (> phase_7 phase_5)))
 (let ((?x711 (ite $x2716 phase_7 phase_5)))
 (let (($x675 (not (<= ?x711 (+ phase_5 1)))))
 (let (($x7845 (> phase_4 phase_3)))
 (let ((?x1101 (ite $x7845 phase_4 phase_3)))
 (let (($x2708 (not (<= ?x1101 (+ phase_3 1)))))
 (let (($x13284 (> phase_4 phase_2)))
 (let ((?x14260 (ite $x13284 phase_4 phase_2)))
 (let (($x12432 (not (<= ?x14260 (+ phase_2 1)))))
 (or $x12432 $x2708 $x675 $x2492 $x730 $x7171 $x13166 $x8196 $x2614 $x21005 $x13930 $x13883 $x2754 $x14143 $x14091 $x13977 $x14020 $x14343 $x14292 $x14168 $x14211 $x14554 $x14501 $x2646 $x14407 $x14750 $x14697 $x2652 $x14605 $x14944 $x14893 $x2658 $x14801 $x15140 $x15088 $x2666 $x14997 $x15336 $x15282 $x2672 $x15193 $x2993 $x1772 $x2678 $x15389 $x2943 $x2959 $x2684 $x2983 $x2899 $x2909 $x2941 $x2931 $x2762 $x2869 $x2893 $x2881 $x842 $x2674 $x2724 $x2680 $x2772 $x2610 $x2570 $x2822 $x2832 $x2498 $x2788 $x2798 $x2816 $x2594 $x2778 $x2566 $x2766 $x2612 $x2650 $x2682 $x2726 $x16746 $x4806 $x2526 $x2506 $x15034 $x313 $x16493 $x14070 $x8645 $x15016 $x378 $x15381 $x14460 $x14409 $x15310 $x705 $x15280 $x15290 $x18539 $x18537 $x15334 $x14706 $x14843 $x14943 $x14741 $x14755 $x18739 $x18737 $x14802 $x14819 $x18710 $x18610 $x18608 $x15138 $x18218 $x18594 $x15121 $x15235 $x18580 $x15563 $x15556 $x14664 $x399 $x369 $x583 $x14992 $x14939 $x7791 $x19101 $x18888 $x14253 $x14269 $x18941 $x15020 $x14991 $x356))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
