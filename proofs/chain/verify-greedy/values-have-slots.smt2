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
 (let (($x8589 (> phase_218 phase_217)))
 (let ((?x14248 (ite $x8589 phase_218 phase_217)))
 (let (($x18981 (not (<= ?x14248 (+ phase_217 1)))))
 (let (($x18917 (> phase_218 phase_216)))
 (let ((?x18256 (ite $x18917 phase_218 phase_216)))
 (let (($x8568 (not (<= ?x18256 (+ phase_216 1)))))
 (let (($x15054 (> phase_215 phase_214)))
 (let ((?x15055 (ite $x15054 phase_215 phase_214)))
 (let (($x14218 (not (<= ?x15055 (+ phase_214 1)))))
 (let (($x19071 (> phase_215 phase_213)))
 (let ((?x18991 (ite $x19071 phase_215 phase_213)))
 (let (($x14217 (not (<= ?x18991 (+ phase_213 1)))))
 (let (($x18254 (> phase_215 phase_212)))
 (let ((?x19111 (ite $x18254 phase_215 phase_212)))
 (let (($x14210 (not (<= ?x19111 (+ phase_212 1)))))
 (let (($x18919 (> phase_211 phase_210)))
 (let ((?x14191 (ite $x18919 phase_211 phase_210)))
 (let (($x14196 (not (<= ?x14191 (+ phase_210 1)))))
 (let (($x14184 (> phase_211 phase_209)))
 (let ((?x14185 (ite $x14184 phase_211 phase_209)))
 (let (($x18923 (not (<= ?x14185 (+ phase_209 1)))))
 (let (($x14174 (> phase_211 phase_208)))
 (let ((?x19147 (ite $x14174 phase_211 phase_208)))
 (let (($x18252 (not (<= ?x19147 (+ phase_208 1)))))
 (let (($x583 (> phase_207 phase_206)))
 (let ((?x14505 (ite $x583 phase_207 phase_206)))
 (let (($x19113 (not (<= ?x14505 (+ phase_206 1)))))
 (let (($x15212 (> phase_207 phase_205)))
 (let ((?x15222 (ite $x15212 phase_207 phase_205)))
 (let (($x367 (not (<= ?x15222 (+ phase_205 1)))))
 (let (($x15089 (> phase_207 phase_204)))
 (let ((?x15123 (ite $x15089 phase_207 phase_204)))
 (let (($x15176 (not (<= ?x15123 (+ phase_204 1)))))
 (let (($x14933 (> phase_203 phase_202)))
 (let ((?x14998 (ite $x14933 phase_203 phase_202)))
 (let (($x15041 (not (<= ?x14998 (+ phase_202 1)))))
 (let (($x408 (> phase_203 phase_201)))
 (let ((?x687 (ite $x408 phase_203 phase_201)))
 (let (($x407 (not (<= ?x687 (+ phase_201 1)))))
 (let (($x375 (> phase_203 phase_200)))
 (let ((?x662 (ite $x375 phase_203 phase_200)))
 (let (($x2386 (not (<= ?x662 (+ phase_200 1)))))
 (let (($x696 (> phase_195 phase_194)))
 (let ((?x15567 (ite $x696 phase_195 phase_194)))
 (let (($x14665 (not (<= ?x15567 (+ phase_194 1)))))
 (let (($x14946 (> phase_195 phase_193)))
 (let ((?x592 (ite $x14946 phase_195 phase_193)))
 (let (($x2536 (not (<= ?x592 (+ phase_193 1)))))
 (let (($x1030 (> phase_192 phase_191)))
 (let ((?x1002 (ite $x1030 phase_192 phase_191)))
 (let (($x15576 (not (<= ?x1002 (+ phase_191 1)))))
 (let (($x18695 (> phase_192 phase_190)))
 (let ((?x18696 (ite $x18695 phase_192 phase_190)))
 (let (($x14260 (not (<= ?x18696 (+ phase_190 1)))))
 (let (($x14802 (> phase_189 phase_188)))
 (let ((?x14812 (ite $x14802 phase_189 phase_188)))
 (let (($x14866 (not (<= ?x14812 (+ phase_188 1)))))
 (let (($x14637 (> phase_189 phase_187)))
 (let ((?x14680 (ite $x14637 phase_189 phase_187)))
 (let (($x14741 (not (<= ?x14680 (+ phase_187 1)))))
 (let (($x18149 (> phase_186 phase_185)))
 (let ((?x18710 (ite $x18149 phase_186 phase_185)))
 (let (($x14598 (not (<= ?x18710 (+ phase_185 1)))))
 (let (($x14686 (> phase_186 phase_184)))
 (let ((?x14687 (ite $x14686 phase_186 phase_184)))
 (let (($x14662 (not (<= ?x14687 (+ phase_184 1)))))
 (let (($x18720 (> phase_182 phase_181)))
 (let ((?x14675 (ite $x18720 phase_182 phase_181)))
 (let (($x18715 (not (<= ?x14675 (+ phase_181 1)))))
 (let (($x14697 (> phase_182 phase_180)))
 (let ((?x18722 (ite $x14697 phase_182 phase_180)))
 (let (($x8916 (not (<= ?x18722 (+ phase_180 1)))))
 (let (($x8991 (> phase_179 phase_178)))
 (let ((?x18013 (ite $x8991 phase_179 phase_178)))
 (let (($x14692 (not (<= ?x18013 (+ phase_178 1)))))
 (let (($x17999 (> phase_179 phase_177)))
 (let ((?x18739 (ite $x17999 phase_179 phase_177)))
 (let (($x18012 (not (<= ?x18739 (+ phase_177 1)))))
 (let (($x18166 (> phase_176 phase_175)))
 (let ((?x18840 (ite $x18166 phase_176 phase_175)))
 (let (($x364 (not (<= ?x18840 (+ phase_175 1)))))
 (let (($x18847 (> phase_176 phase_174)))
 (let ((?x18851 (ite $x18847 phase_176 phase_174)))
 (let (($x14814 (not (<= ?x18851 (+ phase_174 1)))))
 (let (($x18855 (> phase_173 phase_172)))
 (let ((?x18267 (ite $x18855 phase_173 phase_172)))
 (let (($x14827 (not (<= ?x18267 (+ phase_172 1)))))
 (let (($x309 (> phase_173 phase_171)))
 (let ((?x18857 (ite $x309 phase_173 phase_171)))
 (let (($x329 (not (<= ?x18857 (+ phase_171 1)))))
 (let (($x14864 (> phase_169 phase_168)))
 (let ((?x14865 (ite $x14864 phase_169 phase_168)))
 (let (($x18867 (not (<= ?x14865 (+ phase_168 1)))))
 (let (($x257 (> phase_169 phase_167)))
 (let ((?x18869 (ite $x257 phase_169 phase_167)))
 (let (($x18860 (not (<= ?x18869 (+ phase_167 1)))))
 (let (($x14484 (> phase_166 phase_165)))
 (let ((?x18640 (ite $x14484 phase_166 phase_165)))
 (let (($x14979 (not (<= ?x18640 (+ phase_165 1)))))
 (let (($x14370 (> phase_166 phase_164)))
 (let ((?x14398 (ite $x14370 phase_166 phase_164)))
 (let (($x14441 (not (<= ?x14398 (+ phase_164 1)))))
 (let (($x14265 (> phase_163 phase_162)))
 (let ((?x14283 (ite $x14265 phase_163 phase_162)))
 (let (($x14326 (not (<= ?x14283 (+ phase_162 1)))))
 (let (($x18647 (> phase_163 phase_161)))
 (let ((?x15430 (ite $x18647 phase_163 phase_161)))
 (let (($x18239 (not (<= ?x15430 (+ phase_161 1)))))
 (let (($x15417 (> phase_160 phase_159)))
 (let ((?x18237 (ite $x15417 phase_160 phase_159)))
 (let (($x15583 (not (<= ?x18237 (+ phase_159 1)))))
 (let (($x18659 (> phase_160 phase_158)))
 (let ((?x14625 (ite $x18659 phase_160 phase_158)))
 (let (($x18656 (not (<= ?x14625 (+ phase_158 1)))))
 (let (($x18146 (> phase_156 phase_155)))
 (let ((?x18662 (ite $x18146 phase_156 phase_155)))
 (let (($x9399 (not (<= ?x18662 (+ phase_155 1)))))
 (let (($x15423 (> phase_156 phase_154)))
 (let ((?x15427 (ite $x15423 phase_156 phase_154)))
 (let (($x14632 (not (<= ?x15427 (+ phase_154 1)))))
 (let (($x14519 (> phase_153 phase_152)))
 (let ((?x16429 (ite $x14519 phase_153 phase_152)))
 (let (($x18144 (not (<= ?x16429 (+ phase_152 1)))))
 (let (($x15303 (> phase_153 phase_151)))
 (let ((?x712 (ite $x15303 phase_153 phase_151)))
 (let (($x15289 (not (<= ?x712 (+ phase_151 1)))))
 (let (($x14613 (> phase_150 phase_149)))
 (let ((?x14601 (ite $x14613 phase_150 phase_149)))
 (let (($x14578 (not (<= ?x14601 (+ phase_149 1)))))
 (let (($x14684 (> phase_150 phase_148)))
 (let ((?x14666 (ite $x14684 phase_150 phase_148)))
 (let (($x14630 (not (<= ?x14666 (+ phase_148 1)))))
 (let (($x622 (> phase_147 phase_146)))
 (let ((?x414 (ite $x622 phase_147 phase_146)))
 (let (($x14702 (not (<= ?x414 (+ phase_146 1)))))
 (let (($x13908 (> phase_147 phase_145)))
 (let ((?x13931 (ite $x13908 phase_147 phase_145)))
 (let (($x8456 (not (<= ?x13931 (+ phase_145 1)))))
 (let (($x14704 (> phase_143 phase_142)))
 (let ((?x16507 (ite $x14704 phase_143 phase_142)))
 (let (($x8770 (not (<= ?x16507 (+ phase_142 1)))))
 (let (($x16519 (> phase_143 phase_141)))
 (let ((?x3040 (ite $x16519 phase_143 phase_141)))
 (let (($x8738 (not (<= ?x3040 (+ phase_141 1)))))
 (let (($x14537 (> phase_140 phase_139)))
 (let ((?x14448 (ite $x14537 phase_140 phase_139)))
 (let (($x8581 (not (<= ?x14448 (+ phase_139 1)))))
 (let (($x10815 (> phase_140 phase_138)))
 (let ((?x16532 (ite $x10815 phase_140 phase_138)))
 (let (($x619 (not (<= ?x16532 (+ phase_138 1)))))
 (let (($x317 (> phase_137 phase_136)))
 (let ((?x8795 (ite $x317 phase_137 phase_136)))
 (let (($x237 (not (<= ?x8795 (+ phase_136 1)))))
 (let (($x955 (> phase_137 phase_135)))
 (let ((?x2282 (ite $x955 phase_137 phase_135)))
 (let (($x623 (not (<= ?x2282 (+ phase_135 1)))))
 (let (($x2309 (> phase_134 phase_133)))
 (let ((?x2298 (ite $x2309 phase_134 phase_133)))
 (let (($x2294 (not (<= ?x2298 (+ phase_133 1)))))
 (let (($x2302 (> phase_134 phase_132)))
 (let ((?x153 (ite $x2302 phase_134 phase_132)))
 (let (($x2313 (not (<= ?x153 (+ phase_132 1)))))
 (let (($x17630 (> phase_130 phase_129)))
 (let ((?x19936 (ite $x17630 phase_130 phase_129)))
 (let (($x1032 (not (<= ?x19936 (+ phase_129 1)))))
 (let (($x2514 (> phase_130 phase_128)))
 (let ((?x2520 (ite $x2514 phase_130 phase_128)))
 (let (($x17506 (not (<= ?x2520 (+ phase_128 1)))))
 (let (($x2477 (> phase_127 phase_126)))
 (let ((?x2489 (ite $x2477 phase_127 phase_126)))
 (let (($x2501 (not (<= ?x2489 (+ phase_126 1)))))
 (let (($x2445 (> phase_127 phase_125)))
 (let ((?x2452 (ite $x2445 phase_127 phase_125)))
 (let (($x2464 (not (<= ?x2452 (+ phase_125 1)))))
 (let (($x2408 (> phase_124 phase_123)))
 (let ((?x2414 (ite $x2408 phase_124 phase_123)))
 (let (($x2427 (not (<= ?x2414 (+ phase_123 1)))))
 (let (($x2526 (> phase_124 phase_122)))
 (let ((?x2377 (ite $x2526 phase_124 phase_122)))
 (let (($x2396 (not (<= ?x2377 (+ phase_122 1)))))
 (let (($x2609 (> phase_121 phase_120)))
 (let ((?x2611 (ite $x2609 phase_121 phase_120)))
 (let (($x926 (not (<= ?x2611 (+ phase_120 1)))))
 (let (($x2557 (> phase_121 phase_119)))
 (let ((?x2555 (ite $x2557 phase_121 phase_119)))
 (let (($x2352 (not (<= ?x2555 (+ phase_119 1)))))
 (let (($x2367 (> phase_117 phase_116)))
 (let ((?x2547 (ite $x2367 phase_117 phase_116)))
 (let (($x2551 (not (<= ?x2547 (+ phase_116 1)))))
 (let (($x2578 (> phase_117 phase_115)))
 (let ((?x2379 (ite $x2578 phase_117 phase_115)))
 (let (($x2373 (not (<= ?x2379 (+ phase_115 1)))))
 (let (($x2574 (> phase_114 phase_113)))
 (let ((?x2576 (ite $x2574 phase_114 phase_113)))
 (let (($x2582 (not (<= ?x2576 (+ phase_113 1)))))
 (let (($x2564 (> phase_114 phase_112)))
 (let ((?x2566 (ite $x2564 phase_114 phase_112)))
 (let (($x2570 (not (<= ?x2566 (+ phase_112 1)))))
 (let (($x2276 (> phase_111 phase_110)))
 (let ((?x906 (ite $x2276 phase_111 phase_110)))
 (let (($x2560 (not (<= ?x906 (+ phase_110 1)))))
 (let (($x2613 (> phase_111 phase_109)))
 (let ((?x2616 (ite $x2613 phase_111 phase_109)))
 (let (($x2280 (not (<= ?x2616 (+ phase_109 1)))))
 (let (($x2597 (> phase_108 phase_107)))
 (let ((?x2599 (ite $x2597 phase_108 phase_107)))
 (let (($x2603 (not (<= ?x2599 (+ phase_107 1)))))
 (let (($x2344 (> phase_108 phase_106)))
 (let ((?x2342 (ite $x2344 phase_108 phase_106)))
 (let (($x2593 (not (<= ?x2342 (+ phase_106 1)))))
 (let (($x2375 (> phase_104 phase_103)))
 (let ((?x2369 (ite $x2375 phase_104 phase_103)))
 (let (($x2356 (not (<= ?x2369 (+ phase_103 1)))))
 (let (($x2361 (> phase_104 phase_102)))
 (let ((?x2346 (ite $x2361 phase_104 phase_102)))
 (let (($x2394 (not (<= ?x2346 (+ phase_102 1)))))
 (let (($x2327 (> phase_101 phase_100)))
 (let ((?x2332 (ite $x2327 phase_101 phase_100)))
 (let (($x2545 (not (<= ?x2332 (+ phase_100 1)))))
 (let (($x2487 (> phase_101 phase_99)))
 (let ((?x2475 (ite $x2487 phase_101 phase_99)))
 (let (($x2462 (not (<= ?x2475 (+ phase_99 1)))))
 (let (($x2518 (> phase_98 phase_97)))
 (let ((?x2512 (ite $x2518 phase_98 phase_97)))
 (let (($x2499 (not (<= ?x2512 (+ phase_97 1)))))
 (let (($x2437 (> phase_98 phase_96)))
 (let ((?x2443 (ite $x2437 phase_98 phase_96)))
 (let (($x2456 (not (<= ?x2443 (+ phase_96 1)))))
 (let (($x2400 (> phase_95 phase_94)))
 (let ((?x2406 (ite $x2400 phase_95 phase_94)))
 (let (($x2419 (not (<= ?x2406 (+ phase_94 1)))))
 (let (($x2644 (> phase_95 phase_93)))
 (let ((?x842 (ite $x2644 phase_95 phase_93)))
 (let (($x2632 (not (<= ?x842 (+ phase_93 1)))))
 (let (($x2628 (> phase_91 phase_90)))
 (let ((?x2653 (ite $x2628 phase_91 phase_90)))
 (let (($x2649 (not (<= ?x2653 (+ phase_90 1)))))
 (let (($x2543 (> phase_91 phase_89)))
 (let ((?x2620 (ite $x2543 phase_91 phase_89)))
 (let (($x2624 (not (<= ?x2620 (+ phase_89 1)))))
 (let (($x2676 (> phase_88 phase_87)))
 (let ((?x2674 (ite $x2676 phase_88 phase_87)))
 (let (($x2529 (not (<= ?x2674 (+ phase_87 1)))))
 (let (($x2686 (> phase_88 phase_86)))
 (let ((?x2684 (ite $x2686 phase_88 phase_86)))
 (let (($x2680 (not (<= ?x2684 (+ phase_86 1)))))
 (let (($x2669 (> phase_85 phase_84)))
 (let ((?x2672 (ite $x2669 phase_85 phase_84)))
 (let (($x939 (not (<= ?x2672 (+ phase_84 1)))))
 (let (($x2659 (> phase_85 phase_83)))
 (let ((?x2661 (ite $x2659 phase_85 phase_83)))
 (let (($x2665 (not (<= ?x2661 (+ phase_83 1)))))
 (let (($x2724 (> phase_82 phase_81)))
 (let ((?x2722 (ite $x2724 phase_82 phase_81)))
 (let (($x2655 (not (<= ?x2722 (+ phase_81 1)))))
 (let (($x2734 (> phase_82 phase_80)))
 (let ((?x2732 (ite $x2734 phase_82 phase_80)))
 (let (($x2728 (not (<= ?x2732 (+ phase_80 1)))))
 (let (($x2714 (> phase_78 phase_77)))
 (let ((?x2716 (ite $x2714 phase_78 phase_77)))
 (let (($x2466 (not (<= ?x2716 (+ phase_77 1)))))
 (let (($x13169 (> phase_78 phase_76)))
 (let ((?x2706 (ite $x13169 phase_78 phase_76)))
 (let (($x2710 (not (<= ?x2706 (+ phase_76 1)))))
 (let (($x15391 (> phase_75 phase_74)))
 (let ((?x15401 (ite $x15391 phase_75 phase_74)))
 (let (($x2698 (not (<= ?x15401 (+ phase_74 1)))))
 (let (($x15338 (> phase_75 phase_73)))
 (let ((?x15348 (ite $x15338 phase_75 phase_73)))
 (let (($x15579 (not (<= ?x15348 (+ phase_73 1)))))
 (let (($x8953 (> phase_72 phase_71)))
 (let ((?x15429 (ite $x8953 phase_72 phase_71)))
 (let (($x2460 (not (<= ?x15429 (+ phase_71 1)))))
 (let (($x2742 (> phase_72 phase_70)))
 (let ((?x1841 (ite $x2742 phase_72 phase_70)))
 (let (($x1401 (not (<= ?x1841 (+ phase_70 1)))))
 (let (($x15195 (> phase_69 phase_68)))
 (let ((?x15205 (ite $x15195 phase_69 phase_68)))
 (let (($x2738 (not (<= ?x15205 (+ phase_68 1)))))
 (let (($x15142 (> phase_69 phase_67)))
 (let ((?x15152 (ite $x15142 phase_69 phase_67)))
 (let (($x15177 (not (<= ?x15152 (+ phase_67 1)))))
 (let (($x15248 (> phase_65 phase_64)))
 (let ((?x15238 (ite $x15248 phase_65 phase_64)))
 (let (($x2454 (not (<= ?x15238 (+ phase_64 1)))))
 (let (($x15294 (> phase_65 phase_63)))
 (let ((?x15286 (ite $x15294 phase_65 phase_63)))
 (let (($x15266 (not (<= ?x15286 (+ phase_63 1)))))
 (let (($x14999 (> phase_62 phase_61)))
 (let ((?x15009 (ite $x14999 phase_62 phase_61)))
 (let (($x15319 (not (<= ?x15009 (+ phase_61 1)))))
 (let (($x14948 (> phase_62 phase_60)))
 (let ((?x14956 (ite $x14948 phase_62 phase_60)))
 (let (($x14981 (not (<= ?x14956 (+ phase_60 1)))))
 (let (($x15052 (> phase_59 phase_58)))
 (let ((?x15042 (ite $x15052 phase_59 phase_58)))
 (let (($x2448 (not (<= ?x15042 (+ phase_58 1)))))
 (let (($x15106 (> phase_59 phase_57)))
 (let ((?x15571 (ite $x15106 phase_59 phase_57)))
 (let (($x15070 (not (<= ?x15571 (+ phase_57 1)))))
 (let (($x14803 (> phase_56 phase_55)))
 (let ((?x14813 (ite $x14803 phase_56 phase_55)))
 (let (($x15124 (not (<= ?x14813 (+ phase_55 1)))))
 (let (($x14752 (> phase_56 phase_54)))
 (let ((?x14762 (ite $x14752 phase_56 phase_54)))
 (let (($x14785 (not (<= ?x14762 (+ phase_54 1)))))
 (let (($x14857 (> phase_52 phase_51)))
 (let ((?x14846 (ite $x14857 phase_52 phase_51)))
 (let (($x2441 (not (<= ?x14846 (+ phase_51 1)))))
 (let (($x14910 (> phase_52 phase_50)))
 (let ((?x15565 (ite $x14910 phase_52 phase_50)))
 (let (($x14877 (not (<= ?x15565 (+ phase_50 1)))))
 (let (($x14609 (> phase_49 phase_48)))
 (let ((?x14618 (ite $x14609 phase_49 phase_48)))
 (let (($x14928 (not (<= ?x14618 (+ phase_48 1)))))
 (let (($x14556 (> phase_49 phase_47)))
 (let ((?x14566 (ite $x14556 phase_49 phase_47)))
 (let (($x14584 (not (<= ?x14566 (+ phase_47 1)))))
 (let (($x14661 (> phase_46 phase_45)))
 (let ((?x15557 (ite $x14661 phase_46 phase_45)))
 (let (($x2429 (not (<= ?x15557 (+ phase_45 1)))))
 (let (($x15560 (> phase_46 phase_44)))
 (let ((?x14699 (ite $x15560 phase_46 phase_44)))
 (let (($x14681 (not (<= ?x14699 (+ phase_44 1)))))
 (let (($x14409 (> phase_43 phase_42)))
 (let ((?x14424 (ite $x14409 phase_43 phase_42)))
 (let (($x14732 (not (<= ?x14424 (+ phase_42 1)))))
 (let (($x14355 (> phase_43 phase_41)))
 (let ((?x14371 (ite $x14355 phase_43 phase_41)))
 (let (($x14389 (not (<= ?x14371 (+ phase_41 1)))))
 (let (($x14460 (> phase_39 phase_38)))
 (let ((?x14452 (ite $x14460 phase_39 phase_38)))
 (let (($x2423 (not (<= ?x14452 (+ phase_38 1)))))
 (let (($x14513 (> phase_39 phase_37)))
 (let ((?x14503 (ite $x14513 phase_39 phase_37)))
 (let (($x14485 (not (<= ?x14503 (+ phase_37 1)))))
 (let (($x14213 (> phase_36 phase_35)))
 (let ((?x14223 (ite $x14213 phase_36 phase_35)))
 (let (($x14538 (not (<= ?x14223 (+ phase_35 1)))))
 (let (($x2497 (> phase_36 phase_34)))
 (let ((?x14170 (ite $x2497 phase_36 phase_34)))
 (let (($x14190 (not (<= ?x14170 (+ phase_34 1)))))
 (let (($x14251 (> phase_33 phase_32)))
 (let ((?x14241 (ite $x14251 phase_33 phase_32)))
 (let (($x14147 (not (<= ?x14241 (+ phase_32 1)))))
 (let (($x14304 (> phase_33 phase_31)))
 (let ((?x14294 (ite $x14304 phase_33 phase_31)))
 (let (($x14274 (not (<= ?x14294 (+ phase_31 1)))))
 (let (($x14022 (> phase_30 phase_29)))
 (let ((?x14032 (ite $x14022 phase_30 phase_29)))
 (let (($x14327 (not (<= ?x14032 (+ phase_29 1)))))
 (let (($x2504 (> phase_30 phase_28)))
 (let ((?x13979 (ite $x2504 phase_30 phase_28)))
 (let (($x13997 (not (<= ?x13979 (+ phase_28 1)))))
 (let (($x14050 (> phase_26 phase_25)))
 (let ((?x14040 (ite $x14050 phase_26 phase_25)))
 (let (($x8966 (not (<= ?x14040 (+ phase_25 1)))))
 (let (($x14108 (> phase_26 phase_24)))
 (let ((?x14093 (ite $x14108 phase_26 phase_24)))
 (let (($x14075 (not (<= ?x14093 (+ phase_24 1)))))
 (let (($x13258 (> phase_23 phase_22)))
 (let ((?x13287 (ite $x13258 phase_23 phase_22)))
 (let (($x14127 (not (<= ?x13287 (+ phase_22 1)))))
 (let (($x13143 (> phase_23 phase_21)))
 (let ((?x13170 (ite $x13143 phase_23 phase_21)))
 (let (($x2522 (not (<= ?x13170 (+ phase_21 1)))))
 (let (($x13893 (> phase_20 phase_19)))
 (let ((?x13885 (ite $x13893 phase_20 phase_19)))
 (let (($x13316 (not (<= ?x13885 (+ phase_19 1)))))
 (let (($x13940 (> phase_20 phase_18)))
 (let ((?x13932 (ite $x13940 phase_20 phase_18)))
 (let (($x13909 (not (<= ?x13932 (+ phase_18 1)))))
 (let (($x607 (> phase_17 phase_16)))
 (let ((?x2315 (ite $x607 phase_17 phase_16)))
 (let (($x12882 (not (<= ?x2315 (+ phase_16 1)))))
 (let (($x21050 (> phase_17 phase_15)))
 (let ((?x21014 (ite $x21050 phase_17 phase_15)))
 (let (($x2398 (not (<= ?x21014 (+ phase_15 1)))))
 (let (($x13037 (> phase_13 phase_12)))
 (let ((?x12967 (ite $x13037 phase_13 phase_12)))
 (let (($x10682 (not (<= ?x12967 (+ phase_12 1)))))
 (let (($x2392 (> phase_13 phase_11)))
 (let ((?x13131 (ite $x2392 phase_13 phase_11)))
 (let (($x13114 (not (<= ?x13131 (+ phase_11 1)))))
 (let (($x7609 (> phase_10 phase_9)))
 (let ((?x7787 (ite $x7609 phase_10 phase_9)))
 (let (($x7757 (not (<= ?x7787 (+ phase_9 1)))))
 (let (($x682 (> phase_10 phase_8)))
 (let ((?x721 (ite $x682 phase_10 phase_8)))
 (let (($x7267 (not (<= ?x721 (+ phase_8 1)))))
 (let (($x702 (> phase_7 phase_6)))
 (let ((?x2311 (ite $x702 phase_7 phase_6)))
 (let (($x2274 (not (<= ?x2311 (+ phase_6 1)))))
 (let (($x2491 (> phase_7 phase_5)))
 (let ((?x444 (ite $x2491 phase_7 phase_5)))
 (let (($x738 (not (<= ?x444 (+ phase_5 1)))))
 (let (($x1043 (> phase_4 phase_3)))
 (let ((?x894 (ite $x1043 phase_4 phase_3)))
 (let (($x2479 (not (<= ?x894 (+ phase_3 1)))))
 (let (($x15372 (> phase_4 phase_2)))
 (let ((?x11504 (ite $x15372 phase_4 phase_2)))
 (let (($x7658 (not (<= ?x11504 (+ phase_2 1)))))
 (or $x7658 $x2479 $x738 $x2274 $x7267 $x7757 $x13114 $x10682 $x2398 $x12882 $x13909 $x13316 $x2522 $x14127 $x14075 $x8966 $x13997 $x14327 $x14274 $x14147 $x14190 $x14538 $x14485 $x2423 $x14389 $x14732 $x14681 $x2429 $x14584 $x14928 $x14877 $x2441 $x14785 $x15124 $x15070 $x2448 $x14981 $x15319 $x15266 $x2454 $x15177 $x2738 $x1401 $x2460 $x15579 $x2698 $x2710 $x2466 $x2728 $x2655 $x2665 $x939 $x2680 $x2529 $x2624 $x2649 $x2632 $x2419 $x2456 $x2499 $x2462 $x2545 $x2394 $x2356 $x2593 $x2603 $x2280 $x2560 $x2570 $x2582 $x2373 $x2551 $x2352 $x926 $x2396 $x2427 $x2464 $x2501 $x17506 $x1032 $x2313 $x2294 $x623 $x237 $x619 $x8581 $x8738 $x8770 $x8456 $x14702 $x14630 $x14578 $x15289 $x18144 $x14632 $x9399 $x18656 $x15583 $x18239 $x14326 $x14441 $x14979 $x18860 $x18867 $x329 $x14827 $x14814 $x364 $x18012 $x14692 $x8916 $x18715 $x14662 $x14598 $x14741 $x14866 $x14260 $x15576 $x2536 $x14665 $x2386 $x407 $x15041 $x15176 $x367 $x19113 $x18252 $x18923 $x14196 $x14210 $x14217 $x14218 $x8568 $x18981))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
