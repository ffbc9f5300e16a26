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
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 6))
(assert
 (= phase_4 6))
(assert
 (= phase_5 7))
(assert
 (= phase_6 18))
(assert
 (= phase_7 18))
(assert
 (= phase_8 19))
(assert
 (= phase_9 22))
(assert
 (= phase_10 22))
(assert
 (= phase_11 23))
(assert
 (= phase_12 4))
(assert
 (= phase_13 26))
(assert
 (= phase_14 26))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 18))
(assert
 (= phase_18 22))
(assert
 (= phase_19 6))
(assert
 (= phase_20 6))
(assert
 (= phase_21 22))
(assert
 (= phase_22 26))
(assert
 (= phase_23 26))
(assert
 (= phase_24 26))
(assert
 (= phase_25 26))
(assert
 (= phase_26 26))
(assert
 (= phase_27 26))
(assert
 (= phase_28 26))
(assert
 (= phase_29 26))
(assert
 (= phase_30 26))
(assert
 (= phase_31 26))
(assert
 (= phase_32 26))
(assert
 (= phase_33 26))
(assert
 (= phase_34 26))
(assert
 (= phase_35 26))
(assert
 (= phase_36 26))
(assert
 (= phase_37 22))
(assert
 (= phase_38 24))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_41 10))
(assert
 (= phase_42 10))
(assert
 (= phase_43 11))
(assert
 (= phase_44 14))
(assert
 (= phase_45 14))
(assert
 (= phase_46 15))
(assert
 (= phase_47 18))
(assert
 (= phase_48 18))
(assert
 (= phase_49 19))
(assert
 (= phase_50 22))
(assert
 (= phase_51 22))
(assert
 (= phase_52 23))
(assert
 (= phase_53 14))
(assert
 (= phase_54 14))
(assert
 (= phase_55 15))
(assert
 (= phase_56 15))
(assert
 (= phase_57 18))
(assert
 (= phase_58 18))
(assert
 (= phase_59 19))
(assert
 (= phase_60 19))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_63 23))
(assert
 (= phase_64 23))
(assert
 (= phase_65 26))
(assert
 (= phase_66 26))
(assert
 (= phase_67 27))
(assert
 (= phase_68 27))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_71 13))
(assert
 (= phase_72 19))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_75 17))
(assert
 (= phase_76 19))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_79 19))
(assert
 (= phase_80 19))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_83 23))
(assert
 (= phase_84 23))
(assert
 (= phase_85 18))
(assert
 (= phase_86 18))
(assert
 (= phase_87 18))
(assert
 (= phase_88 21))
(assert
 (= phase_89 18))
(assert
 (= phase_90 18))
(assert
 (= phase_91 18))
(assert
 (= phase_92 21))
(assert
 (= phase_93 18))
(assert
 (= phase_94 18))
(assert
 (= phase_95 18))
(assert
 (= phase_96 21))
(assert
 (= phase_97 18))
(assert
 (= phase_98 18))
(assert
 (= phase_99 18))
(assert
 (= phase_100 21))
(assert
 (= phase_101 22))
(assert
 (= phase_102 22))
(assert
 (= phase_103 25))
(assert
 (= phase_104 22))
(assert
 (= phase_105 22))
(assert
 (= phase_106 25))
(assert
 (= phase_107 22))
(assert
 (= phase_108 22))
(assert
 (= phase_109 25))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_112 27))
(assert
 (= phase_113 30))
(assert
 (= phase_114 30))
(assert
 (= phase_115 31))
(assert
 (= phase_116 30))
(assert
 (= phase_117 30))
(assert
 (= phase_118 31))
(assert
 (= phase_119 30))
(assert
 (= phase_120 30))
(assert
 (= phase_121 31))
(assert
 (= phase_122 30))
(assert
 (= phase_123 30))
(assert
 (= phase_124 31))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_127 31))
(assert
 (= phase_128 30))
(assert
 (= phase_129 30))
(assert
 (= phase_130 31))
(assert
 (= phase_131 30))
(assert
 (= phase_132 30))
(assert
 (= phase_133 31))
(assert
 (= phase_134 30))
(assert
 (= phase_135 30))
(assert
 (= phase_136 31))
(assert
 (= phase_137 20))
(assert
 (= phase_138 30))
(assert
 (= phase_139 30))
(assert
 (= phase_140 30))
(assert
 (= phase_141 30))
(assert
 (= phase_142 30))
(assert
 (= phase_143 30))
(assert
 (= phase_144 31))
(assert
 (= phase_145 34))
(assert
 (= phase_146 34))
(assert
 (= phase_147 26))
(assert
 (= phase_148 35))
(assert
 (= phase_149 29))
(assert
 (= phase_150 33))
(assert
 (= phase_151 35))
(assert
 (= phase_152 34))
(assert
 (= phase_153 22))
(assert
 (= phase_154 22))
(assert
 (= phase_155 22))
(assert
 (= phase_156 34))
(assert
 (= phase_157 34))
(assert
 (= phase_158 34))
(assert
 (= phase_159 34))
(assert
 (= phase_160 26))
(assert
 (= phase_161 34))
(assert
 (= phase_162 30))
(assert
 (= phase_163 35))
(assert
 (= phase_164 34))
(assert
 (= phase_165 22))
(assert
 (= phase_166 22))
(assert
 (= phase_167 22))
(assert
 (= phase_168 34))
(assert
 (= phase_169 34))
(assert
 (= phase_170 34))
(assert
 (= phase_171 34))
(assert
 (= phase_172 35))
(assert
 (= phase_173 34))
(assert
 (= phase_174 26))
(assert
 (= phase_175 22))
(assert
 (= phase_176 22))
(assert
 (= phase_177 34))
(assert
 (= phase_178 34))
(assert
 (= phase_179 34))
(assert
 (= phase_180 34))
(assert
 (= phase_181 35))
(assert
 (= phase_182 34))
(assert
 (= phase_183 30))
(assert
 (= phase_184 26))
(assert
 (= phase_185 22))
(assert
 (= phase_186 34))
(assert
 (= phase_187 34))
(assert
 (= phase_188 34))
(assert
 (= phase_189 34))
(assert
 (= phase_190 35))
(assert
 (= phase_191 29))
(assert
 (= phase_192 23))
(assert
 (= phase_193 34))
(assert
 (= phase_194 34))
(assert
 (= phase_195 34))
(assert
 (= phase_196 34))
(assert
 (= phase_197 34))
(assert
 (= phase_198 34))
(assert
 (= phase_199 34))
(assert
 (= phase_200 34))
(assert
 (let (($x11802 (not (and (>= phase_200 0) (= (mod phase_200 4) 2)))))
 (let (($x11749 (not (and (>= phase_199 0) (= (mod phase_199 4) 2)))))
 (let (($x11480 (not (and (>= phase_198 0) (= (mod phase_198 4) 2)))))
 (let (($x12030 (not (and (>= phase_197 0) (= (mod phase_197 4) 2)))))
 (let (($x12247 (not (and (>= phase_196 0) (= (mod phase_196 4) 2)))))
 (let (($x11905 (not (and (>= phase_195 0) (= (mod phase_195 4) 2)))))
 (let (($x9051 (not (and (>= phase_194 0) (= (mod phase_194 4) 2)))))
 (let (($x12003 (not (and (>= phase_193 0) (= (mod phase_193 4) 2)))))
 (let (($x11674 (not (and (>= phase_192 0) (= (mod phase_192 2) 1)))))
 (let (($x12010 (not (and (>= phase_191 0) (= (mod phase_191 2) 1)))))
 (let (($x19558 (not (and (>= phase_190 0) (= (mod phase_190 2) 1)))))
 (let (($x12516 (not (and (>= phase_189 0) (= (mod phase_189 4) 2)))))
 (let (($x12337 (not (and (>= phase_188 0) (= (mod phase_188 4) 2)))))
 (let (($x12558 (not (and (>= phase_187 0) (= (mod phase_187 4) 2)))))
 (let (($x12378 (not (and (>= phase_186 0) (= (mod phase_186 4) 2)))))
 (let (($x12141 (not (and (>= phase_185 0) (= (mod phase_185 4) 2)))))
 (let (($x9016 (not (and (>= phase_184 0) (= (mod phase_184 4) 2)))))
 (let (($x12372 (not (and (>= phase_183 0) (= (mod phase_183 4) 2)))))
 (let (($x12176 (not (and (>= phase_182 0) (= (mod phase_182 4) 2)))))
 (let (($x12261 (not (and (>= phase_181 0) (= (mod phase_181 2) 1)))))
 (let (($x12524 (not (and (>= phase_180 0) (= (mod phase_180 4) 2)))))
 (let (($x12912 (not (and (>= phase_179 0) (= (mod phase_179 4) 2)))))
 (let (($x12478 (not (and (>= phase_178 0) (= (mod phase_178 4) 2)))))
 (let (($x12680 (not (and (>= phase_177 0) (= (mod phase_177 4) 2)))))
 (let (($x12909 (not (and (>= phase_176 0) (= (mod phase_176 4) 2)))))
 (let (($x12471 (not (and (>= phase_175 0) (= (mod phase_175 4) 2)))))
 (let (($x8929 (not (and (>= phase_174 0) (= (mod phase_174 4) 2)))))
 (let (($x1222 (not (and (>= phase_173 0) (= (mod phase_173 4) 2)))))
 (let (($x12840 (not (and (>= phase_172 0) (= (mod phase_172 2) 1)))))
 (let (($x11568 (not (and (>= phase_171 0) (= (mod phase_171 4) 2)))))
 (let (($x1221 (not (and (>= phase_170 0) (= (mod phase_170 4) 2)))))
 (let (($x12822 (not (and (>= phase_169 0) (= (mod phase_169 4) 2)))))
 (let (($x12737 (not (and (>= phase_168 0) (= (mod phase_168 4) 2)))))
 (let (($x12743 (not (and (>= phase_167 0) (= (mod phase_167 4) 2)))))
 (let (($x6701 (not (and (>= phase_166 0) (= (mod phase_166 4) 2)))))
 (let (($x11482 (not (and (>= phase_165 0) (= (mod phase_165 4) 2)))))
 (let (($x11964 (not (and (>= phase_164 0) (= (mod phase_164 4) 2)))))
 (let (($x10789 (not (and (>= phase_163 0) (= (mod phase_163 2) 1)))))
 (let (($x11195 (not (and (>= phase_162 0) (= (mod phase_162 4) 2)))))
 (let (($x10912 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x10600 (not (and (>= phase_160 0) (= (mod phase_160 4) 2)))))
 (let (($x623 (not (and (>= phase_159 0) (= (mod phase_159 4) 2)))))
 (let (($x21052 (not (and (>= phase_158 0) (= (mod phase_158 4) 2)))))
 (let (($x21043 (not (and (>= phase_157 0) (= (mod phase_157 4) 2)))))
 (let (($x21034 (not (and (>= phase_156 0) (= (mod phase_156 4) 2)))))
 (let (($x21028 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x21019 (not (and (>= phase_154 0) (= (mod phase_154 4) 2)))))
 (let (($x21010 (not (and (>= phase_153 0) (= (mod phase_153 4) 2)))))
 (let (($x20998 (not (and (>= phase_152 0) (= (mod phase_152 4) 2)))))
 (let (($x20989 (not (and (>= phase_151 0) (= (mod phase_151 2) 1)))))
 (let (($x20980 (not (and (>= phase_150 0) (= (mod phase_150 2) 1)))))
 (let (($x20971 (not (and (>= phase_149 0) (= (mod phase_149 2) 1)))))
 (let (($x20965 (not (and (>= phase_148 0) (= (mod phase_148 2) 1)))))
 (let (($x20956 (not (and (>= phase_147 0) (= (mod phase_147 4) 2)))))
 (let (($x20950 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x629 (not (and (>= phase_145 0) (= (mod phase_145 4) 2)))))
 (let (($x638 (not (and (>= phase_144 0) (= (mod phase_144 2) 1)))))
 (let (($x647 (not (and (>= phase_143 0) (= (mod phase_143 4) 2)))))
 (let (($x656 (not (and (>= phase_142 0) (= (mod phase_142 4) 2)))))
 (let (($x665 (not (and (>= phase_141 0) (= (mod phase_141 4) 2)))))
 (let (($x677 (not (and (>= phase_140 0) (= (mod phase_140 4) 2)))))
 (let (($x686 (not (and (>= phase_139 0) (= (mod phase_139 4) 2)))))
 (let (($x695 (not (and (>= phase_138 0) (= (mod phase_138 4) 2)))))
 (let (($x707 (not (and (>= phase_137 0) (= (mod phase_137 4) 0)))))
 (let (($x716 (not (and (>= phase_136 0) (= (mod phase_136 2) 1)))))
 (let (($x725 (not (and (>= phase_135 0) (= (mod phase_135 4) 2)))))
 (let (($x734 (not (and (>= phase_134 0) (= (mod phase_134 4) 2)))))
 (let (($x19126 (not (and (>= phase_133 0) (= (mod phase_133 2) 1)))))
 (let (($x19130 (not (and (>= phase_132 0) (= (mod phase_132 4) 2)))))
 (let (($x19136 (not (and (>= phase_131 0) (= (mod phase_131 4) 2)))))
 (let (($x19142 (not (and (>= phase_130 0) (= (mod phase_130 2) 1)))))
 (let (($x19148 (not (and (>= phase_129 0) (= (mod phase_129 4) 2)))))
 (let (($x19154 (not (and (>= phase_128 0) (= (mod phase_128 4) 2)))))
 (let (($x19160 (not (and (>= phase_127 0) (= (mod phase_127 2) 1)))))
 (let (($x19167 (not (and (>= phase_126 0) (= (mod phase_126 4) 2)))))
 (let (($x19173 (not (and (>= phase_125 0) (= (mod phase_125 4) 2)))))
 (let (($x19179 (not (and (>= phase_124 0) (= (mod phase_124 2) 1)))))
 (let (($x19185 (not (and (>= phase_123 0) (= (mod phase_123 4) 2)))))
 (let (($x19191 (not (and (>= phase_122 0) (= (mod phase_122 4) 2)))))
 (let (($x19197 (not (and (>= phase_121 0) (= (mod phase_121 2) 1)))))
 (let (($x19203 (not (and (>= phase_120 0) (= (mod phase_120 4) 2)))))
 (let (($x19209 (not (and (>= phase_119 0) (= (mod phase_119 4) 2)))))
 (let (($x19215 (not (and (>= phase_118 0) (= (mod phase_118 2) 1)))))
 (let (($x19221 (not (and (>= phase_117 0) (= (mod phase_117 4) 2)))))
 (let (($x19227 (not (and (>= phase_116 0) (= (mod phase_116 4) 2)))))
 (let (($x19233 (not (and (>= phase_115 0) (= (mod phase_115 2) 1)))))
 (let (($x19239 (not (and (>= phase_114 0) (= (mod phase_114 4) 2)))))
 (let (($x19245 (not (and (>= phase_113 0) (= (mod phase_113 4) 2)))))
 (let (($x19122 (not (and (>= phase_112 0) (= (mod phase_112 2) 1)))))
 (let (($x1704 (not (and (>= phase_111 0) (= (mod phase_111 4) 2)))))
 (let (($x1698 (not (and (>= phase_110 0) (= (mod phase_110 4) 2)))))
 (let (($x1692 (not (and (>= phase_109 0) (= (mod phase_109 2) 1)))))
 (let (($x1686 (not (and (>= phase_108 0) (= (mod phase_108 4) 2)))))
 (let (($x615 (not (and (>= phase_107 0) (= (mod phase_107 4) 2)))))
 (let (($x606 (not (and (>= phase_106 0) (= (mod phase_106 2) 1)))))
 (let (($x597 (not (and (>= phase_105 0) (= (mod phase_105 4) 2)))))
 (let (($x588 (not (and (>= phase_104 0) (= (mod phase_104 4) 2)))))
 (let (($x579 (not (and (>= phase_103 0) (= (mod phase_103 2) 1)))))
 (let (($x570 (not (and (>= phase_102 0) (= (mod phase_102 4) 2)))))
 (let (($x561 (not (and (>= phase_101 0) (= (mod phase_101 4) 2)))))
 (let (($x552 (not (and (>= phase_100 0) (= (mod phase_100 2) 1)))))
 (let (($x10004 (not (and (>= phase_99 0) (= (mod phase_99 4) 2)))))
 (let (($x12745 (not (and (>= phase_98 0) (= (mod phase_98 4) 2)))))
 (let (($x12154 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x11867 (not (and (>= phase_96 0) (= (mod phase_96 2) 1)))))
 (let (($x10863 (not (and (>= phase_95 0) (= (mod phase_95 4) 2)))))
 (let (($x9719 (not (and (>= phase_94 0) (= (mod phase_94 4) 2)))))
 (let (($x8860 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x13520 (not (and (>= phase_92 0) (= (mod phase_92 2) 1)))))
 (let (($x13850 (not (and (>= phase_91 0) (= (mod phase_91 4) 2)))))
 (let (($x14214 (not (and (>= phase_90 0) (= (mod phase_90 4) 2)))))
 (let (($x14728 (not (and (>= phase_89 0) (= (mod phase_89 4) 2)))))
 (let (($x19121 (not (and (>= phase_88 0) (= (mod phase_88 2) 1)))))
 (let (($x9680 (not (and (>= phase_87 0) (= (mod phase_87 4) 2)))))
 (let (($x8380 (not (and (>= phase_86 0) (= (mod phase_86 4) 2)))))
 (let (($x10664 (not (and (>= phase_85 0) (= (mod phase_85 4) 2)))))
 (let (($x9826 (not (and (>= phase_84 0) (= (mod phase_84 2) 1)))))
 (let (($x10409 (not (and (>= phase_83 0) (= (mod phase_83 2) 1)))))
 (let (($x10757 (not (and (>= phase_82 0) (= (mod phase_82 4) 2)))))
 (let (($x12193 (not (and (>= phase_81 0) (= (mod phase_81 4) 2)))))
 (let (($x11067 (not (and (>= phase_80 0) (= (mod phase_80 2) 1)))))
 (let (($x8823 (not (and (>= phase_79 0) (= (mod phase_79 2) 1)))))
 (let (($x19802 (not (and (>= phase_78 0) (= (mod phase_78 4) 2)))))
 (let (($x1107 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x1142 (not (and (>= phase_76 0) (= (mod phase_76 2) 1)))))
 (let (($x870 (not (and (>= phase_75 0) (= (mod phase_75 2) 1)))))
 (let (($x953 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x1032 (not (and (>= phase_73 0) (= (mod phase_73 4) 2)))))
 (let (($x1115 (not (and (>= phase_72 0) (= (mod phase_72 2) 1)))))
 (let (($x1593 (not (and (>= phase_71 0) (= (mod phase_71 2) 1)))))
 (let (($x1441 (not (and (>= phase_70 0) (= (mod phase_70 4) 2)))))
 (let (($x1323 (not (and (>= phase_69 0) (= (mod phase_69 4) 2)))))
 (let (($x1242 (not (and (>= phase_68 0) (= (mod phase_68 2) 1)))))
 (let (($x613 (not (and (>= phase_67 0) (= (mod phase_67 2) 1)))))
 (let (($x604 (not (and (>= phase_66 0) (= (mod phase_66 4) 2)))))
 (let (($x595 (not (and (>= phase_65 0) (= (mod phase_65 4) 2)))))
 (let (($x1131 (not (and (>= phase_64 0) (= (mod phase_64 2) 1)))))
 (let (($x921 (not (and (>= phase_63 0) (= (mod phase_63 2) 1)))))
 (let (($x1155 (not (and (>= phase_62 0) (= (mod phase_62 4) 2)))))
 (let (($x622 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x631 (not (and (>= phase_60 0) (= (mod phase_60 2) 1)))))
 (let (($x640 (not (and (>= phase_59 0) (= (mod phase_59 2) 1)))))
 (let (($x649 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x658 (not (and (>= phase_57 0) (= (mod phase_57 4) 2)))))
 (let (($x667 (not (and (>= phase_56 0) (= (mod phase_56 2) 1)))))
 (let (($x676 (not (and (>= phase_55 0) (= (mod phase_55 2) 1)))))
 (let (($x685 (not (and (>= phase_54 0) (= (mod phase_54 4) 2)))))
 (let (($x694 (not (and (>= phase_53 0) (= (mod phase_53 4) 2)))))
 (let (($x703 (not (and (>= phase_52 0) (= (mod phase_52 2) 1)))))
 (let (($x712 (not (and (>= phase_51 0) (= (mod phase_51 4) 2)))))
 (let (($x721 (not (and (>= phase_50 0) (= (mod phase_50 4) 2)))))
 (let (($x730 (not (and (>= phase_49 0) (= (mod phase_49 2) 1)))))
 (let (($x457 (not (and (>= phase_48 0) (= (mod phase_48 4) 2)))))
 (let (($x426 (not (and (>= phase_47 0) (= (mod phase_47 4) 2)))))
 (let (($x409 (not (and (>= phase_46 0) (= (mod phase_46 2) 1)))))
 (let (($x415 (not (and (>= phase_45 0) (= (mod phase_45 4) 2)))))
 (let (($x421 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x389 (not (and (>= phase_43 0) (= (mod phase_43 2) 1)))))
 (let (($x395 (not (and (>= phase_42 0) (= (mod phase_42 4) 2)))))
 (let (($x401 (not (and (>= phase_41 0) (= (mod phase_41 4) 2)))))
 (let (($x369 (not (and (>= phase_40 0) (= (mod phase_40 4) 0)))))
 (let (($x375 (not (and (>= phase_39 0) (= (mod phase_39 4) 0)))))
 (let (($x381 (not (and (>= phase_38 0) (= (mod phase_38 4) 0)))))
 (let (($x349 (not (and (>= phase_37 0) (= (mod phase_37 4) 2)))))
 (let (($x355 (not (and (>= phase_36 0) (= (mod phase_36 4) 2)))))
 (let (($x361 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x329 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x335 (not (and (>= phase_33 0) (= (mod phase_33 4) 2)))))
 (let (($x341 (not (and (>= phase_32 0) (= (mod phase_32 4) 2)))))
 (let (($x328 (not (and (>= phase_31 0) (= (mod phase_31 4) 2)))))
 (let (($x315 (not (and (>= phase_30 0) (= (mod phase_30 4) 2)))))
 (let (($x321 (not (and (>= phase_29 0) (= (mod phase_29 4) 2)))))
 (let (($x327 (not (and (>= phase_28 0) (= (mod phase_28 4) 2)))))
 (let (($x295 (not (and (>= phase_27 0) (= (mod phase_27 4) 2)))))
 (let (($x301 (not (and (>= phase_26 0) (= (mod phase_26 4) 2)))))
 (let (($x307 (not (and (>= phase_25 0) (= (mod phase_25 4) 2)))))
 (let (($x275 (not (and (>= phase_24 0) (= (mod phase_24 4) 2)))))
 (let (($x281 (not (and (>= phase_23 0) (= (mod phase_23 4) 2)))))
 (let (($x287 (not (and (>= phase_22 0) (= (mod phase_22 4) 2)))))
 (let (($x255 (not (and (>= phase_21 0) (= (mod phase_21 4) 2)))))
 (let (($x261 (not (and (>= phase_20 0) (= (mod phase_20 4) 2)))))
 (let (($x267 (not (and (>= phase_19 0) (= (mod phase_19 4) 2)))))
 (let (($x235 (not (and (>= phase_18 0) (= (mod phase_18 4) 2)))))
 (let (($x241 (not (and (>= phase_17 0) (= (mod phase_17 4) 2)))))
 (let (($x247 (not (and (>= phase_16 0) (= (mod phase_16 4) 2)))))
 (let (($x215 (not (and (>= phase_15 0) (= (mod phase_15 4) 2)))))
 (let (($x221 (not (and (>= phase_14 0) (= (mod phase_14 4) 2)))))
 (let (($x227 (not (and (>= phase_13 0) (= (mod phase_13 4) 2)))))
 (let (($x214 (not (and (>= phase_12 0) (= (mod phase_12 4) 0)))))
 (let (($x201 (not (and (>= phase_11 0) (= (mod phase_11 2) 1)))))
 (let (($x207 (not (and (>= phase_10 0) (= (mod phase_10 4) 2)))))
 (let (($x213 (not (and (>= phase_9 0) (= (mod phase_9 4) 2)))))
 (let (($x181 (not (and (>= phase_8 0) (= (mod phase_8 2) 1)))))
 (let (($x187 (not (and (>= phase_7 0) (= (mod phase_7 4) 2)))))
 (let (($x193 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x161 (not (and (>= phase_5 0) (= (mod phase_5 2) 1)))))
 (let (($x167 (not (and (>= phase_4 0) (= (mod phase_4 4) 2)))))
 (let (($x173 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x141 (not (and (>= phase_2 0) (= (mod phase_2 4) 2)))))
 (let (($x147 (not (and (>= phase_1 0) (= (mod phase_1 4) 2)))))
 (let (($x153 (not (and (>= phase_0 0) (= (mod phase_0 4) 0)))))
 (or $x153 $x147 $x141 $x173 $x167 $x161 $x193 $x187 $x181 $x213 $x207 $x201 $x214 $x227 $x221 $x215 $x247 $x241 $x235 $x267 $x261 $x255 $x287 $x281 $x275 $x307 $x301 $x295 $x327 $x321 $x315 $x328 $x341 $x335 $x329 $x361 $x355 $x349 $x381 $x375 $x369 $x401 $x395 $x389 $x421 $x415 $x409 $x426 $x457 $x730 $x721 $x712 $x703 $x694 $x685 $x676 $x667 $x658 $x649 $x640 $x631 $x622 $x1155 $x921 $x1131 $x595 $x604 $x613 $x1242 $x1323 $x1441 $x1593 $x1115 $x1032 $x953 $x870 $x1142 $x1107 $x19802 $x8823 $x11067 $x12193 $x10757 $x10409 $x9826 $x10664 $x8380 $x9680 $x19121 $x14728 $x14214 $x13850 $x13520 $x8860 $x9719 $x10863 $x11867 $x12154 $x12745 $x10004 $x552 $x561 $x570 $x579 $x588 $x597 $x606 $x615 $x1686 $x1692 $x1698 $x1704 $x19122 $x19245 $x19239 $x19233 $x19227 $x19221 $x19215 $x19209 $x19203 $x19197 $x19191 $x19185 $x19179 $x19173 $x19167 $x19160 $x19154 $x19148 $x19142 $x19136 $x19130 $x19126 $x734 $x725 $x716 $x707 $x695 $x686 $x677 $x665 $x656 $x647 $x638 $x629 $x20950 $x20956 $x20965 $x20971 $x20980 $x20989 $x20998 $x21010 $x21019 $x21028 $x21034 $x21043 $x21052 $x623 $x10600 $x10912 $x11195 $x10789 $x11964 $x11482 $x6701 $x12743 $x12737 $x12822 $x1221 $x11568 $x12840 $x1222 $x8929 $x12471 $x12909 $x12680 $x12478 $x12912 $x12524 $x12261 $x12176 $x12372 $x9016 $x12141 $x12378 $x12558 $x12337 $x12516 $x19558 $x12010 $x11674 $x12003 $x9051 $x11905 $x12247 $x12030 $x11480 $x11749 $x11802)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
