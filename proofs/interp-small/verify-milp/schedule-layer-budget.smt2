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
 (let (($x1365 (> phase_200 35)))
 (let (($x1364 (> phase_199 35)))
 (let (($x1363 (> phase_198 35)))
 (let (($x1362 (> phase_197 35)))
 (let (($x1361 (> phase_196 35)))
 (let (($x1360 (> phase_195 35)))
 (let (($x1191 (> phase_194 35)))
 (let (($x1352 (> phase_193 35)))
 (let (($x1351 (> phase_192 35)))
 (let (($x1350 (> phase_191 35)))
 (let (($x1349 (> phase_190 35)))
 (let (($x1348 (> phase_189 35)))
 (let (($x1347 (> phase_188 35)))
 (let (($x1346 (> phase_187 35)))
 (let (($x1345 (> phase_186 35)))
 (let (($x1344 (> phase_185 35)))
 (let (($x1343 (> phase_184 35)))
 (let (($x1342 (> phase_183 35)))
 (let (($x1173 (> phase_182 35)))
 (let (($x1334 (> phase_181 35)))
 (let (($x1333 (> phase_180 35)))
 (let (($x1332 (> phase_179 35)))
 (let (($x1331 (> phase_178 35)))
 (let (($x1330 (> phase_177 35)))
 (let (($x1329 (> phase_176 35)))
 (let (($x1328 (> phase_175 35)))
 (let (($x1327 (> phase_174 35)))
 (let (($x1326 (> phase_173 35)))
 (let (($x1325 (> phase_172 35)))
 (let (($x1315 (> phase_171 35)))
 (let (($x1314 (> phase_170 35)))
 (let (($x1313 (> phase_169 35)))
 (let (($x1312 (> phase_168 35)))
 (let (($x1311 (> phase_167 35)))
 (let (($x1310 (> phase_166 35)))
 (let (($x1309 (> phase_165 35)))
 (let (($x895 (> phase_164 35)))
 (let (($x1301 (> phase_163 35)))
 (let (($x1300 (> phase_162 35)))
 (let (($x1299 (> phase_161 35)))
 (let (($x1298 (> phase_160 35)))
 (let (($x1297 (> phase_159 35)))
 (let (($x1296 (> phase_158 35)))
 (let (($x1295 (> phase_157 35)))
 (let (($x1285 (> phase_156 35)))
 (let (($x1284 (> phase_155 35)))
 (let (($x1283 (> phase_154 35)))
 (let (($x1282 (> phase_153 35)))
 (let (($x1281 (> phase_152 35)))
 (let (($x1280 (> phase_151 35)))
 (let (($x1096 (> phase_150 35)))
 (let (($x1272 (> phase_149 35)))
 (let (($x1271 (> phase_148 35)))
 (let (($x1270 (> phase_147 35)))
 (let (($x1269 (> phase_146 35)))
 (let (($x1268 (> phase_145 35)))
 (let (($x1267 (> phase_144 35)))
 (let (($x826 (> phase_143 35)))
 (let (($x1259 (> phase_142 35)))
 (let (($x1255 (> phase_141 35)))
 (let (($x901 (> phase_140 35)))
 (let (($x1247 (> phase_139 35)))
 (let (($x1246 (> phase_138 35)))
 (let (($x1245 (> phase_137 35)))
 (let (($x1244 (> phase_136 35)))
 (let (($x970 (> phase_135 35)))
 (let (($x1236 (> phase_134 35)))
 (let (($x1235 (> phase_133 35)))
 (let (($x1234 (> phase_132 35)))
 (let (($x1196 (> phase_131 35)))
 (let (($x1220 (> phase_130 35)))
 (let (($x1219 (> phase_129 35)))
 (let (($x541 (> phase_128 35)))
 (let (($x891 (> phase_127 35)))
 (let (($x3744 (> phase_126 35)))
 (let (($x1174 (> phase_125 35)))
 (let (($x1184 (> phase_124 35)))
 (let (($x739 (> phase_123 35)))
 (let (($x801 (> phase_122 35)))
 (let (($x800 (> phase_121 35)))
 (let (($x799 (> phase_120 35)))
 (let (($x798 (> phase_119 35)))
 (let (($x797 (> phase_118 35)))
 (let (($x796 (> phase_117 35)))
 (let (($x795 (> phase_116 35)))
 (let (($x794 (> phase_115 35)))
 (let (($x793 (> phase_114 35)))
 (let (($x792 (> phase_113 35)))
 (let (($x791 (> phase_112 35)))
 (let (($x790 (> phase_111 35)))
 (let (($x789 (> phase_110 35)))
 (let (($x788 (> phase_109 35)))
 (let (($x787 (> phase_108 35)))
 (let (($x786 (> phase_107 35)))
 (let (($x785 (> phase_106 35)))
 (let (($x784 (> phase_105 35)))
 (let (($x783 (> phase_104 35)))
 (let (($x782 (> phase_103 35)))
 (let (($x781 (> phase_102 35)))
 (let (($x780 (> phase_101 35)))
 (let (($x779 (> phase_100 35)))
 (let (($x778 (> phase_99 35)))
 (let (($x777 (> phase_98 35)))
 (let (($x776 (> phase_97 35)))
 (let (($x775 (> phase_96 35)))
 (let (($x774 (> phase_95 35)))
 (let (($x773 (> phase_94 35)))
 (let (($x772 (> phase_93 35)))
 (let (($x771 (> phase_92 35)))
 (let (($x770 (> phase_91 35)))
 (let (($x766 (> phase_90 35)))
 (let (($x765 (> phase_89 35)))
 (let (($x764 (> phase_88 35)))
 (let (($x763 (> phase_87 35)))
 (let (($x762 (> phase_86 35)))
 (let (($x761 (> phase_85 35)))
 (let (($x760 (> phase_84 35)))
 (let (($x759 (> phase_83 35)))
 (let (($x758 (> phase_82 35)))
 (let (($x757 (> phase_81 35)))
 (let (($x756 (> phase_80 35)))
 (let (($x755 (> phase_79 35)))
 (let (($x748 (> phase_78 35)))
 (let (($x747 (> phase_77 35)))
 (let (($x746 (> phase_76 35)))
 (let (($x744 (> phase_75 35)))
 (let (($x743 (> phase_74 35)))
 (let (($x742 (> phase_73 35)))
 (let (($x30996 (> phase_72 35)))
 (let (($x31004 (> phase_71 35)))
 (let (($x31003 (> phase_70 35)))
 (let (($x26657 (> phase_69 35)))
 (let (($x26662 (> phase_68 35)))
 (let (($x31087 (> phase_67 35)))
 (let (($x31086 (> phase_66 35)))
 (let (($x31079 (> phase_65 35)))
 (let (($x31074 (> phase_64 35)))
 (let (($x27303 (> phase_63 35)))
 (let (($x27302 (> phase_62 35)))
 (let (($x27290 (> phase_61 35)))
 (let (($x27295 (> phase_60 35)))
 (let (($x12911 (> phase_59 35)))
 (let (($x31092 (> phase_58 35)))
 (let (($x31091 (> phase_57 35)))
 (let (($x31085 (> phase_56 35)))
 (let (($x31078 (> phase_55 35)))
 (let (($x28464 (> phase_54 35)))
 (let (($x28463 (> phase_53 35)))
 (let (($x28451 (> phase_52 35)))
 (let (($x28456 (> phase_51 35)))
 (let (($x31182 (> phase_50 35)))
 (let (($x31181 (> phase_49 35)))
 (let (($x31175 (> phase_48 35)))
 (let (($x31169 (> phase_47 35)))
 (let (($x29098 (> phase_46 35)))
 (let (($x29097 (> phase_45 35)))
 (let (($x29085 (> phase_44 35)))
 (let (($x29090 (> phase_43 35)))
 (let (($x30319 (> phase_42 35)))
 (let (($x31118 (> phase_41 35)))
 (let (($x31117 (> phase_40 35)))
 (let (($x30045 (> phase_39 35)))
 (let (($x30033 (> phase_38 35)))
 (let (($x30038 (> phase_37 35)))
 (let (($x28676 (> phase_36 35)))
 (let (($x28675 (> phase_35 35)))
 (let (($x28663 (> phase_34 35)))
 (let (($x20938 (> phase_33 35)))
 (let (($x31172 (> phase_32 35)))
 (let (($x31171 (> phase_31 35)))
 (let (($x31165 (> phase_30 35)))
 (let (($x31158 (> phase_29 35)))
 (let (($x27725 (> phase_28 35)))
 (let (($x29826 (> phase_27 35)))
 (let (($x29831 (> phase_26 35)))
 (let (($x31156 (> phase_25 35)))
 (let (($x31155 (> phase_24 35)))
 (let (($x31154 (> phase_23 35)))
 (let (($x31001 (> phase_22 35)))
 (let (($x28887 (> phase_21 35)))
 (let (($x28886 (> phase_20 35)))
 (let (($x28557 (> phase_19 35)))
 (let (($x28562 (> phase_18 35)))
 (let (($x31187 (> phase_17 35)))
 (let (($x31174 (> phase_16 35)))
 (let (($x31097 (> phase_15 35)))
 (let (($x31096 (> phase_14 35)))
 (let (($x31090 (> phase_13 35)))
 (let (($x31084 (> phase_12 35)))
 (let (($x30958 (> phase_11 35)))
 (let (($x30957 (> phase_10 35)))
 (let (($x30945 (> phase_9 35)))
 (let (($x30950 (> phase_8 35)))
 (let (($x28147 (> phase_7 35)))
 (let (($x28146 (> phase_6 35)))
 (let (($x28134 (> phase_5 35)))
 (let (($x28139 (> phase_4 35)))
 (let (($x31071 (> phase_3 35)))
 (let (($x31070 (> phase_2 35)))
 (let (($x1794 (> phase_1 35)))
 (let (($x1793 (> phase_0 35)))
 (or $x1793 $x1794 $x31070 $x31071 $x28139 $x28134 $x28146 $x28147 $x30950 $x30945 $x30957 $x30958 $x31084 $x31090 $x31096 $x31097 $x31174 $x31187 $x28562 $x28557 $x28886 $x28887 $x31001 $x31154 $x31155 $x31156 $x29831 $x29826 $x27725 $x31158 $x31165 $x31171 $x31172 $x20938 $x28663 $x28675 $x28676 $x30038 $x30033 $x30045 $x31117 $x31118 $x30319 $x29090 $x29085 $x29097 $x29098 $x31169 $x31175 $x31181 $x31182 $x28456 $x28451 $x28463 $x28464 $x31078 $x31085 $x31091 $x31092 $x12911 $x27295 $x27290 $x27302 $x27303 $x31074 $x31079 $x31086 $x31087 $x26662 $x26657 $x31003 $x31004 $x30996 $x742 $x743 $x744 $x746 $x747 $x748 $x755 $x756 $x757 $x758 $x759 $x760 $x761 $x762 $x763 $x764 $x765 $x766 $x770 $x771 $x772 $x773 $x774 $x775 $x776 $x777 $x778 $x779 $x780 $x781 $x782 $x783 $x784 $x785 $x786 $x787 $x788 $x789 $x790 $x791 $x792 $x793 $x794 $x795 $x796 $x797 $x798 $x799 $x800 $x801 $x739 $x1184 $x1174 $x3744 $x891 $x541 $x1219 $x1220 $x1196 $x1234 $x1235 $x1236 $x970 $x1244 $x1245 $x1246 $x1247 $x901 $x1255 $x1259 $x826 $x1267 $x1268 $x1269 $x1270 $x1271 $x1272 $x1096 $x1280 $x1281 $x1282 $x1283 $x1284 $x1285 $x1295 $x1296 $x1297 $x1298 $x1299 $x1300 $x1301 $x895 $x1309 $x1310 $x1311 $x1312 $x1313 $x1314 $x1315 $x1325 $x1326 $x1327 $x1328 $x1329 $x1330 $x1331 $x1332 $x1333 $x1334 $x1173 $x1342 $x1343 $x1344 $x1345 $x1346 $x1347 $x1348 $x1349 $x1350 $x1351 $x1352 $x1191 $x1360 $x1361 $x1362 $x1363 $x1364 $x1365)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
