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
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
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
 (= phase_14 0))
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
 (= phase_27 0))
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
 (= phase_40 0))
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
 (= phase_53 0))
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
 (= phase_66 0))
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
 (= phase_79 0))
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
 (= phase_92 0))
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
 (= phase_105 0))
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
 (= phase_118 0))
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
 (= phase_131 0))
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
 (= phase_144 0))
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
 (= phase_157 0))
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
 (= phase_170 0))
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
 (= phase_183 0))
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
 (= phase_196 0))
(assert
 (= phase_197 0))
(assert
 (= phase_198 0))
(assert
 (= phase_199 0))
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
 (let (($x13330 (not (and (>= phase_218 0) (= (mod phase_218 2) 1)))))
 (let (($x13324 (not (and (>= phase_217 0) (= (mod phase_217 4) 2)))))
 (let (($x13317 (not (and (>= phase_216 0) (= (mod phase_216 4) 2)))))
 (let (($x13306 (not (and (>= phase_215 0) (= (mod phase_215 2) 1)))))
 (let (($x13300 (not (and (>= phase_214 0) (= (mod phase_214 4) 2)))))
 (let (($x13294 (not (and (>= phase_213 0) (= (mod phase_213 4) 2)))))
 (let (($x13288 (not (and (>= phase_212 0) (= (mod phase_212 4) 2)))))
 (let (($x13277 (not (and (>= phase_211 0) (= (mod phase_211 2) 1)))))
 (let (($x13271 (not (and (>= phase_210 0) (= (mod phase_210 4) 2)))))
 (let (($x13265 (not (and (>= phase_209 0) (= (mod phase_209 4) 2)))))
 (let (($x13259 (not (and (>= phase_208 0) (= (mod phase_208 4) 2)))))
 (let (($x13248 (not (and (>= phase_207 0) (= (mod phase_207 2) 1)))))
 (let (($x13242 (not (and (>= phase_206 0) (= (mod phase_206 4) 2)))))
 (let (($x13236 (not (and (>= phase_205 0) (= (mod phase_205 4) 2)))))
 (let (($x13230 (not (and (>= phase_204 0) (= (mod phase_204 4) 2)))))
 (let (($x13219 (not (and (>= phase_203 0) (= (mod phase_203 2) 1)))))
 (let (($x13213 (not (and (>= phase_202 0) (= (mod phase_202 4) 2)))))
 (let (($x13207 (not (and (>= phase_201 0) (= (mod phase_201 4) 2)))))
 (let (($x13196 (not (and (>= phase_200 0) (= (mod phase_200 4) 2)))))
 (let (($x13190 (not (and (>= phase_199 0) (= (mod phase_199 4) 0)))))
 (let (($x13184 (not (and (>= phase_198 0) (= (mod phase_198 4) 0)))))
 (let (($x7589 (not (and (>= phase_197 0) (= (mod phase_197 4) 0)))))
 (let (($x13167 (not (and (>= phase_196 0) (= (mod phase_196 4) 0)))))
 (let (($x13161 (not (and (>= phase_195 0) (= (mod phase_195 2) 1)))))
 (let (($x13155 (not (and (>= phase_194 0) (= (mod phase_194 4) 2)))))
 (let (($x13144 (not (and (>= phase_193 0) (= (mod phase_193 4) 2)))))
 (let (($x13138 (not (and (>= phase_192 0) (= (mod phase_192 2) 1)))))
 (let (($x13132 (not (and (>= phase_191 0) (= (mod phase_191 4) 2)))))
 (let (($x13121 (not (and (>= phase_190 0) (= (mod phase_190 4) 2)))))
 (let (($x13115 (not (and (>= phase_189 0) (= (mod phase_189 2) 1)))))
 (let (($x12909 (not (and (>= phase_188 0) (= (mod phase_188 4) 2)))))
 (let (($x13098 (not (and (>= phase_187 0) (= (mod phase_187 4) 2)))))
 (let (($x13092 (not (and (>= phase_186 0) (= (mod phase_186 2) 1)))))
 (let (($x13073 (not (and (>= phase_185 0) (= (mod phase_185 4) 2)))))
 (let (($x13062 (not (and (>= phase_184 0) (= (mod phase_184 4) 2)))))
 (let (($x13056 (not (and (>= phase_183 0) (= (mod phase_183 4) 0)))))
 (let (($x13044 (not (and (>= phase_182 0) (= (mod phase_182 2) 1)))))
 (let (($x13038 (not (and (>= phase_181 0) (= (mod phase_181 4) 2)))))
 (let (($x13027 (not (and (>= phase_180 0) (= (mod phase_180 4) 2)))))
 (let (($x13021 (not (and (>= phase_179 0) (= (mod phase_179 2) 1)))))
 (let (($x12984 (not (and (>= phase_178 0) (= (mod phase_178 4) 2)))))
 (let (($x12961 (not (and (>= phase_177 0) (= (mod phase_177 4) 2)))))
 (let (($x7943 (not (and (>= phase_176 0) (= (mod phase_176 2) 1)))))
 (let (($x8606 (not (and (>= phase_175 0) (= (mod phase_175 4) 2)))))
 (let (($x8625 (not (and (>= phase_174 0) (= (mod phase_174 4) 2)))))
 (let (($x8536 (not (and (>= phase_173 0) (= (mod phase_173 2) 1)))))
 (let (($x8581 (not (and (>= phase_172 0) (= (mod phase_172 4) 2)))))
 (let (($x8716 (not (and (>= phase_171 0) (= (mod phase_171 4) 2)))))
 (let (($x8669 (not (and (>= phase_170 0) (= (mod phase_170 4) 0)))))
 (let (($x8766 (not (and (>= phase_169 0) (= (mod phase_169 2) 1)))))
 (let (($x8818 (not (and (>= phase_168 0) (= (mod phase_168 4) 2)))))
 (let (($x7799 (not (and (>= phase_167 0) (= (mod phase_167 4) 2)))))
 (let (($x646 (not (and (>= phase_166 0) (= (mod phase_166 2) 1)))))
 (let (($x21074 (not (and (>= phase_165 0) (= (mod phase_165 4) 2)))))
 (let (($x21065 (not (and (>= phase_164 0) (= (mod phase_164 4) 2)))))
 (let (($x21056 (not (and (>= phase_163 0) (= (mod phase_163 2) 1)))))
 (let (($x21050 (not (and (>= phase_162 0) (= (mod phase_162 4) 2)))))
 (let (($x21041 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x21032 (not (and (>= phase_160 0) (= (mod phase_160 2) 1)))))
 (let (($x21023 (not (and (>= phase_159 0) (= (mod phase_159 4) 2)))))
 (let (($x21014 (not (and (>= phase_158 0) (= (mod phase_158 4) 2)))))
 (let (($x21005 (not (and (>= phase_157 0) (= (mod phase_157 4) 0)))))
 (let (($x20996 (not (and (>= phase_156 0) (= (mod phase_156 2) 1)))))
 (let (($x20990 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x20981 (not (and (>= phase_154 0) (= (mod phase_154 4) 2)))))
 (let (($x20972 (not (and (>= phase_153 0) (= (mod phase_153 2) 1)))))
 (let (($x20963 (not (and (>= phase_152 0) (= (mod phase_152 4) 2)))))
 (let (($x20954 (not (and (>= phase_151 0) (= (mod phase_151 4) 2)))))
 (let (($x12882 (not (and (>= phase_150 0) (= (mod phase_150 2) 1)))))
 (let (($x12901 (not (and (>= phase_149 0) (= (mod phase_149 4) 2)))))
 (let (($x12916 (not (and (>= phase_148 0) (= (mod phase_148 4) 2)))))
 (let (($x12956 (not (and (>= phase_147 0) (= (mod phase_147 2) 1)))))
 (let (($x12941 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x12945 (not (and (>= phase_145 0) (= (mod phase_145 4) 2)))))
 (let (($x589 (not (and (>= phase_144 0) (= (mod phase_144 4) 0)))))
 (let (($x598 (not (and (>= phase_143 0) (= (mod phase_143 2) 1)))))
 (let (($x607 (not (and (>= phase_142 0) (= (mod phase_142 4) 2)))))
 (let (($x616 (not (and (>= phase_141 0) (= (mod phase_141 4) 2)))))
 (let (($x625 (not (and (>= phase_140 0) (= (mod phase_140 2) 1)))))
 (let (($x634 (not (and (>= phase_139 0) (= (mod phase_139 4) 2)))))
 (let (($x643 (not (and (>= phase_138 0) (= (mod phase_138 4) 2)))))
 (let (($x655 (not (and (>= phase_137 0) (= (mod phase_137 2) 1)))))
 (let (($x664 (not (and (>= phase_136 0) (= (mod phase_136 4) 2)))))
 (let (($x673 (not (and (>= phase_135 0) (= (mod phase_135 4) 2)))))
 (let (($x682 (not (and (>= phase_134 0) (= (mod phase_134 2) 1)))))
 (let (($x691 (not (and (>= phase_133 0) (= (mod phase_133 4) 2)))))
 (let (($x700 (not (and (>= phase_132 0) (= (mod phase_132 4) 2)))))
 (let (($x709 (not (and (>= phase_131 0) (= (mod phase_131 4) 0)))))
 (let (($x721 (not (and (>= phase_130 0) (= (mod phase_130 2) 1)))))
 (let (($x730 (not (and (>= phase_129 0) (= (mod phase_129 4) 2)))))
 (let (($x739 (not (and (>= phase_128 0) (= (mod phase_128 4) 2)))))
 (let (($x748 (not (and (>= phase_127 0) (= (mod phase_127 2) 1)))))
 (let (($x757 (not (and (>= phase_126 0) (= (mod phase_126 4) 2)))))
 (let (($x577 (not (and (>= phase_125 0) (= (mod phase_125 4) 2)))))
 (let (($x574 (not (and (>= phase_124 0) (= (mod phase_124 2) 1)))))
 (let (($x7804 (not (and (>= phase_123 0) (= (mod phase_123 4) 2)))))
 (let (($x7267 (not (and (>= phase_122 0) (= (mod phase_122 4) 2)))))
 (let (($x7656 (not (and (>= phase_121 0) (= (mod phase_121 2) 1)))))
 (let (($x7634 (not (and (>= phase_120 0) (= (mod phase_120 4) 2)))))
 (let (($x7224 (not (and (>= phase_119 0) (= (mod phase_119 4) 2)))))
 (let (($x7657 (not (and (>= phase_118 0) (= (mod phase_118 4) 0)))))
 (let (($x7235 (not (and (>= phase_117 0) (= (mod phase_117 2) 1)))))
 (let (($x7613 (not (and (>= phase_116 0) (= (mod phase_116 4) 2)))))
 (let (($x7730 (not (and (>= phase_115 0) (= (mod phase_115 4) 2)))))
 (let (($x7467 (not (and (>= phase_114 0) (= (mod phase_114 2) 1)))))
 (let (($x7470 (not (and (>= phase_113 0) (= (mod phase_113 4) 2)))))
 (let (($x7383 (not (and (>= phase_112 0) (= (mod phase_112 4) 2)))))
 (let (($x7230 (not (and (>= phase_111 0) (= (mod phase_111 2) 1)))))
 (let (($x7684 (not (and (>= phase_110 0) (= (mod phase_110 4) 2)))))
 (let (($x7757 (not (and (>= phase_109 0) (= (mod phase_109 4) 2)))))
 (let (($x7750 (not (and (>= phase_108 0) (= (mod phase_108 2) 1)))))
 (let (($x7676 (not (and (>= phase_107 0) (= (mod phase_107 4) 2)))))
 (let (($x9402 (not (and (>= phase_106 0) (= (mod phase_106 4) 2)))))
 (let (($x9399 (not (and (>= phase_105 0) (= (mod phase_105 4) 0)))))
 (let (($x9389 (not (and (>= phase_104 0) (= (mod phase_104 2) 1)))))
 (let (($x9375 (not (and (>= phase_103 0) (= (mod phase_103 4) 2)))))
 (let (($x8820 (not (and (>= phase_102 0) (= (mod phase_102 4) 2)))))
 (let (($x12948 (not (and (>= phase_101 0) (= (mod phase_101 2) 1)))))
 (let (($x13131 (not (and (>= phase_100 0) (= (mod phase_100 4) 2)))))
 (let (($x13284 (not (and (>= phase_99 0) (= (mod phase_99 4) 2)))))
 (let (($x13474 (not (and (>= phase_98 0) (= (mod phase_98 2) 1)))))
 (let (($x13700 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x13962 (not (and (>= phase_96 0) (= (mod phase_96 4) 2)))))
 (let (($x14260 (not (and (>= phase_95 0) (= (mod phase_95 2) 1)))))
 (let (($x14594 (not (and (>= phase_94 0) (= (mod phase_94 4) 2)))))
 (let (($x14965 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x15372 (not (and (>= phase_92 0) (= (mod phase_92 4) 0)))))
 (let (($x8924 (not (and (>= phase_91 0) (= (mod phase_91 2) 1)))))
 (let (($x12804 (not (and (>= phase_90 0) (= (mod phase_90 4) 2)))))
 (let (($x10974 (not (and (>= phase_89 0) (= (mod phase_89 4) 2)))))
 (let (($x10863 (not (and (>= phase_88 0) (= (mod phase_88 2) 1)))))
 (let (($x10331 (not (and (>= phase_87 0) (= (mod phase_87 4) 2)))))
 (let (($x7963 (not (and (>= phase_86 0) (= (mod phase_86 4) 2)))))
 (let (($x9049 (not (and (>= phase_85 0) (= (mod phase_85 2) 1)))))
 (let (($x8253 (not (and (>= phase_84 0) (= (mod phase_84 4) 2)))))
 (let (($x7658 (not (and (>= phase_83 0) (= (mod phase_83 4) 2)))))
 (let (($x9064 (not (and (>= phase_82 0) (= (mod phase_82 2) 1)))))
 (let (($x1101 (not (and (>= phase_81 0) (= (mod phase_81 4) 2)))))
 (let (($x944 (not (and (>= phase_80 0) (= (mod phase_80 4) 2)))))
 (let (($x1154 (not (and (>= phase_79 0) (= (mod phase_79 4) 0)))))
 (let (($x1043 (not (and (>= phase_78 0) (= (mod phase_78 2) 1)))))
 (let (($x872 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x859 (not (and (>= phase_76 0) (= (mod phase_76 4) 2)))))
 (let (($x1183 (not (and (>= phase_75 0) (= (mod phase_75 2) 1)))))
 (let (($x894 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x981 (not (and (>= phase_73 0) (= (mod phase_73 4) 2)))))
 (let (($x1056 (not (and (>= phase_72 0) (= (mod phase_72 2) 1)))))
 (let (($x1143 (not (and (>= phase_71 0) (= (mod phase_71 4) 2)))))
 (let (($x1265 (not (and (>= phase_70 0) (= (mod phase_70 4) 2)))))
 (let (($x1346 (not (and (>= phase_69 0) (= (mod phase_69 2) 1)))))
 (let (($x1464 (not (and (>= phase_68 0) (= (mod phase_68 4) 2)))))
 (let (($x621 (not (and (>= phase_67 0) (= (mod phase_67 4) 2)))))
 (let (($x630 (not (and (>= phase_66 0) (= (mod phase_66 4) 0)))))
 (let (($x639 (not (and (>= phase_65 0) (= (mod phase_65 2) 1)))))
 (let (($x648 (not (and (>= phase_64 0) (= (mod phase_64 4) 2)))))
 (let (($x657 (not (and (>= phase_63 0) (= (mod phase_63 4) 2)))))
 (let (($x666 (not (and (>= phase_62 0) (= (mod phase_62 2) 1)))))
 (let (($x675 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x684 (not (and (>= phase_60 0) (= (mod phase_60 4) 2)))))
 (let (($x693 (not (and (>= phase_59 0) (= (mod phase_59 2) 1)))))
 (let (($x702 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x711 (not (and (>= phase_57 0) (= (mod phase_57 4) 2)))))
 (let (($x720 (not (and (>= phase_56 0) (= (mod phase_56 2) 1)))))
 (let (($x729 (not (and (>= phase_55 0) (= (mod phase_55 4) 2)))))
 (let (($x738 (not (and (>= phase_54 0) (= (mod phase_54 4) 2)))))
 (let (($x747 (not (and (>= phase_53 0) (= (mod phase_53 4) 0)))))
 (let (($x756 (not (and (>= phase_52 0) (= (mod phase_52 2) 1)))))
 (let (($x492 (not (and (>= phase_51 0) (= (mod phase_51 4) 2)))))
 (let (($x444 (not (and (>= phase_50 0) (= (mod phase_50 4) 2)))))
 (let (($x431 (not (and (>= phase_49 0) (= (mod phase_49 2) 1)))))
 (let (($x437 (not (and (>= phase_48 0) (= (mod phase_48 4) 2)))))
 (let (($x443 (not (and (>= phase_47 0) (= (mod phase_47 4) 2)))))
 (let (($x411 (not (and (>= phase_46 0) (= (mod phase_46 2) 1)))))
 (let (($x417 (not (and (>= phase_45 0) (= (mod phase_45 4) 2)))))
 (let (($x423 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x391 (not (and (>= phase_43 0) (= (mod phase_43 2) 1)))))
 (let (($x397 (not (and (>= phase_42 0) (= (mod phase_42 4) 2)))))
 (let (($x403 (not (and (>= phase_41 0) (= (mod phase_41 4) 2)))))
 (let (($x371 (not (and (>= phase_40 0) (= (mod phase_40 4) 0)))))
 (let (($x377 (not (and (>= phase_39 0) (= (mod phase_39 2) 1)))))
 (let (($x383 (not (and (>= phase_38 0) (= (mod phase_38 4) 2)))))
 (let (($x351 (not (and (>= phase_37 0) (= (mod phase_37 4) 2)))))
 (let (($x357 (not (and (>= phase_36 0) (= (mod phase_36 2) 1)))))
 (let (($x363 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x331 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x337 (not (and (>= phase_33 0) (= (mod phase_33 2) 1)))))
 (let (($x343 (not (and (>= phase_32 0) (= (mod phase_32 4) 2)))))
 (let (($x330 (not (and (>= phase_31 0) (= (mod phase_31 4) 2)))))
 (let (($x317 (not (and (>= phase_30 0) (= (mod phase_30 2) 1)))))
 (let (($x323 (not (and (>= phase_29 0) (= (mod phase_29 4) 2)))))
 (let (($x329 (not (and (>= phase_28 0) (= (mod phase_28 4) 2)))))
 (let (($x297 (not (and (>= phase_27 0) (= (mod phase_27 4) 0)))))
 (let (($x303 (not (and (>= phase_26 0) (= (mod phase_26 2) 1)))))
 (let (($x309 (not (and (>= phase_25 0) (= (mod phase_25 4) 2)))))
 (let (($x277 (not (and (>= phase_24 0) (= (mod phase_24 4) 2)))))
 (let (($x283 (not (and (>= phase_23 0) (= (mod phase_23 2) 1)))))
 (let (($x289 (not (and (>= phase_22 0) (= (mod phase_22 4) 2)))))
 (let (($x257 (not (and (>= phase_21 0) (= (mod phase_21 4) 2)))))
 (let (($x263 (not (and (>= phase_20 0) (= (mod phase_20 2) 1)))))
 (let (($x269 (not (and (>= phase_19 0) (= (mod phase_19 4) 2)))))
 (let (($x237 (not (and (>= phase_18 0) (= (mod phase_18 4) 2)))))
 (let (($x243 (not (and (>= phase_17 0) (= (mod phase_17 2) 1)))))
 (let (($x249 (not (and (>= phase_16 0) (= (mod phase_16 4) 2)))))
 (let (($x217 (not (and (>= phase_15 0) (= (mod phase_15 4) 2)))))
 (let (($x223 (not (and (>= phase_14 0) (= (mod phase_14 4) 0)))))
 (let (($x229 (not (and (>= phase_13 0) (= (mod phase_13 2) 1)))))
 (let (($x216 (not (and (>= phase_12 0) (= (mod phase_12 4) 2)))))
 (let (($x203 (not (and (>= phase_11 0) (= (mod phase_11 4) 2)))))
 (let (($x209 (not (and (>= phase_10 0) (= (mod phase_10 2) 1)))))
 (let (($x215 (not (and (>= phase_9 0) (= (mod phase_9 4) 2)))))
 (let (($x183 (not (and (>= phase_8 0) (= (mod phase_8 4) 2)))))
 (let (($x189 (not (and (>= phase_7 0) (= (mod phase_7 2) 1)))))
 (let (($x195 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x163 (not (and (>= phase_5 0) (= (mod phase_5 4) 2)))))
 (let (($x169 (not (and (>= phase_4 0) (= (mod phase_4 2) 1)))))
 (let (($x175 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x143 (not (and (>= phase_2 0) (= (mod phase_2 4) 2)))))
 (let (($x149 (not (and (>= phase_1 0) (= (mod phase_1 4) 0)))))
 (let (($x155 (not (and (>= phase_0 0) (= (mod phase_0 4) 0)))))
 (or $x155 $x149 $x143 $x175 $x169 $x163 $x195 $x189 $x183 $x215 $x209 $x203 $x216 $x229 $x223 $x217 $x249 $x243 $x237 $x269 $x263 $x257 $x289 $x283 $x277 $x309 $x303 $x297 $x329 $x323 $x317 $x330 $x343 $x337 $x331 $x363 $x357 $x351 $x383 $x377 $x371 $x403 $x397 $x391 $x423 $x417 $x411 $x443 $x437 $x431 $x444 $x492 $x756 $x747 $x738 $x729 $x720 $x711 $x702 $x693 $x684 $x675 $x666 $x657 $x648 $x639 $x630 $x621 $x1464 $x1346 $x1265 $x1143 $x1056 $x981 $x894 $x1183 $x859 $x872 $x1043 $x1154 $x944 $x1101 $x9064 $x7658 $x8253 $x9049 $x7963 $x10331 $x10863 $x10974 $x12804 $x8924 $x15372 $x14965 $x14594 $x14260 $x13962 $x13700 $x13474 $x13284 $x13131 $x12948 $x8820 $x9375 $x9389 $x9399 $x9402 $x7676 $x7750 $x7757 $x7684 $x7230 $x7383 $x7470 $x7467 $x7730 $x7613 $x7235 $x7657 $x7224 $x7634 $x7656 $x7267 $x7804 $x574 $x577 $x757 $x748 $x739 $x730 $x721 $x709 $x700 $x691 $x682 $x673 $x664 $x655 $x643 $x634 $x625 $x616 $x607 $x598 $x589 $x12945 $x12941 $x12956 $x12916 $x12901 $x12882 $x20954 $x20963 $x20972 $x20981 $x20990 $x20996 $x21005 $x21014 $x21023 $x21032 $x21041 $x21050 $x21056 $x21065 $x21074 $x646 $x7799 $x8818 $x8766 $x8669 $x8716 $x8581 $x8536 $x8625 $x8606 $x7943 $x12961 $x12984 $x13021 $x13027 $x13038 $x13044 $x13056 $x13062 $x13073 $x13092 $x13098 $x12909 $x13115 $x13121 $x13132 $x13138 $x13144 $x13155 $x13161 $x13167 $x7589 $x13184 $x13190 $x13196 $x13207 $x13213 $x13219 $x13230 $x13236 $x13242 $x13248 $x13259 $x13265 $x13271 $x13277 $x13288 $x13294 $x13300 $x13306 $x13317 $x13324 $x13330)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
