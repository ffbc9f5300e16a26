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
 (= phase_4 5))
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
 (= phase_14 4))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 9))
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
 (= phase_27 8))
(assert
 (= phase_28 10))
(assert
 (= phase_29 10))
(assert
 (= phase_30 13))
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
 (= phase_40 12))
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
 (= phase_53 16))
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
 (= phase_66 20))
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
 (= phase_79 24))
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
 (= phase_92 28))
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
 (= phase_105 32))
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
 (= phase_118 36))
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
 (= phase_131 40))
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
 (= phase_144 44))
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
 (= phase_157 48))
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
 (= phase_169 65))
(assert
 (= phase_170 52))
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
 (= phase_182 69))
(assert
 (= phase_183 56))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (= phase_186 61))
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
 (= phase_196 72))
(assert
 (= phase_197 72))
(assert
 (= phase_198 68))
(assert
 (= phase_199 72))
(assert
 (= phase_200 74))
(assert
 (= phase_201 74))
(assert
 (= phase_202 74))
(assert
 (= phase_203 75))
(assert
 (= phase_204 74))
(assert
 (= phase_205 74))
(assert
 (= phase_206 74))
(assert
 (= phase_207 75))
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
 (let (($x2251 (> phase_218 79)))
 (let (($x2250 (> phase_217 79)))
 (let (($x2249 (> phase_216 79)))
 (let (($x2248 (> phase_215 79)))
 (let (($x2247 (> phase_214 79)))
 (let (($x1134 (> phase_213 79)))
 (let (($x2236 (> phase_212 79)))
 (let (($x2235 (> phase_211 79)))
 (let (($x2234 (> phase_210 79)))
 (let (($x2233 (> phase_209 79)))
 (let (($x2232 (> phase_208 79)))
 (let (($x2231 (> phase_207 79)))
 (let (($x2228 (> phase_206 79)))
 (let (($x2222 (> phase_205 79)))
 (let (($x2221 (> phase_204 79)))
 (let (($x2220 (> phase_203 79)))
 (let (($x2219 (> phase_202 79)))
 (let (($x2215 (> phase_201 79)))
 (let (($x2214 (> phase_200 79)))
 (let (($x2213 (> phase_199 79)))
 (let (($x2212 (> phase_198 79)))
 (let (($x2211 (> phase_197 79)))
 (let (($x2210 (> phase_196 79)))
 (let (($x2209 (> phase_195 79)))
 (let (($x2208 (> phase_194 79)))
 (let (($x2207 (> phase_193 79)))
 (let (($x2206 (> phase_192 79)))
 (let (($x2205 (> phase_191 79)))
 (let (($x2204 (> phase_190 79)))
 (let (($x2203 (> phase_189 79)))
 (let (($x2202 (> phase_188 79)))
 (let (($x1013 (> phase_187 79)))
 (let (($x2194 (> phase_186 79)))
 (let (($x2193 (> phase_185 79)))
 (let (($x2192 (> phase_184 79)))
 (let (($x2191 (> phase_183 79)))
 (let (($x2190 (> phase_182 79)))
 (let (($x2189 (> phase_181 79)))
 (let (($x2188 (> phase_180 79)))
 (let (($x2187 (> phase_179 79)))
 (let (($x2186 (> phase_178 79)))
 (let (($x2184 (> phase_177 79)))
 (let (($x2183 (> phase_176 79)))
 (let (($x2182 (> phase_175 79)))
 (let (($x2181 (> phase_174 79)))
 (let (($x2180 (> phase_173 79)))
 (let (($x2179 (> phase_172 79)))
 (let (($x2178 (> phase_171 79)))
 (let (($x2177 (> phase_170 79)))
 (let (($x2176 (> phase_169 79)))
 (let (($x2175 (> phase_168 79)))
 (let (($x2171 (> phase_167 79)))
 (let (($x2170 (> phase_166 79)))
 (let (($x2169 (> phase_165 79)))
 (let (($x2168 (> phase_164 79)))
 (let (($x2167 (> phase_163 79)))
 (let (($x2166 (> phase_162 79)))
 (let (($x2165 (> phase_161 79)))
 (let (($x2164 (> phase_160 79)))
 (let (($x2163 (> phase_159 79)))
 (let (($x2162 (> phase_158 79)))
 (let (($x2161 (> phase_157 79)))
 (let (($x2160 (> phase_156 79)))
 (let (($x2159 (> phase_155 79)))
 (let (($x2158 (> phase_154 79)))
 (let (($x889 (> phase_153 79)))
 (let (($x2150 (> phase_152 79)))
 (let (($x2149 (> phase_151 79)))
 (let (($x2148 (> phase_150 79)))
 (let (($x2147 (> phase_149 79)))
 (let (($x2146 (> phase_148 79)))
 (let (($x2145 (> phase_147 79)))
 (let (($x2141 (> phase_146 79)))
 (let (($x2140 (> phase_145 79)))
 (let (($x2139 (> phase_144 79)))
 (let (($x2138 (> phase_143 79)))
 (let (($x2137 (> phase_142 79)))
 (let (($x2136 (> phase_141 79)))
 (let (($x2135 (> phase_140 79)))
 (let (($x2134 (> phase_139 79)))
 (let (($x2133 (> phase_138 79)))
 (let (($x2132 (> phase_137 79)))
 (let (($x2131 (> phase_136 79)))
 (let (($x2130 (> phase_135 79)))
 (let (($x2129 (> phase_134 79)))
 (let (($x2128 (> phase_133 79)))
 (let (($x2127 (> phase_132 79)))
 (let (($x2126 (> phase_131 79)))
 (let (($x2125 (> phase_130 79)))
 (let (($x2124 (> phase_129 79)))
 (let (($x2123 (> phase_128 79)))
 (let (($x2121 (> phase_127 79)))
 (let (($x2120 (> phase_126 79)))
 (let (($x2119 (> phase_125 79)))
 (let (($x2118 (> phase_124 79)))
 (let (($x2117 (> phase_123 79)))
 (let (($x2116 (> phase_122 79)))
 (let (($x2115 (> phase_121 79)))
 (let (($x2102 (> phase_120 79)))
 (let (($x2101 (> phase_119 79)))
 (let (($x2100 (> phase_118 79)))
 (let (($x2099 (> phase_117 79)))
 (let (($x2098 (> phase_116 79)))
 (let (($x2097 (> phase_115 79)))
 (let (($x2096 (> phase_114 79)))
 (let (($x2095 (> phase_113 79)))
 (let (($x2094 (> phase_112 79)))
 (let (($x2093 (> phase_111 79)))
 (let (($x2092 (> phase_110 79)))
 (let (($x2091 (> phase_109 79)))
 (let (($x2090 (> phase_108 79)))
 (let (($x2089 (> phase_107 79)))
 (let (($x2088 (> phase_106 79)))
 (let (($x2087 (> phase_105 79)))
 (let (($x2086 (> phase_104 79)))
 (let (($x2085 (> phase_103 79)))
 (let (($x2081 (> phase_102 79)))
 (let (($x2080 (> phase_101 79)))
 (let (($x2079 (> phase_100 79)))
 (let (($x2078 (> phase_99 79)))
 (let (($x2077 (> phase_98 79)))
 (let (($x2076 (> phase_97 79)))
 (let (($x2074 (> phase_96 79)))
 (let (($x2073 (> phase_95 79)))
 (let (($x1105 (> phase_94 79)))
 (let (($x2065 (> phase_93 79)))
 (let (($x2064 (> phase_92 79)))
 (let (($x2057 (> phase_91 79)))
 (let (($x2056 (> phase_90 79)))
 (let (($x2055 (> phase_89 79)))
 (let (($x2054 (> phase_88 79)))
 (let (($x2053 (> phase_87 79)))
 (let (($x2052 (> phase_86 79)))
 (let (($x2043 (> phase_85 79)))
 (let (($x2042 (> phase_84 79)))
 (let (($x2041 (> phase_83 79)))
 (let (($x2040 (> phase_82 79)))
 (let (($x2039 (> phase_81 79)))
 (let (($x2038 (> phase_80 79)))
 (let (($x2037 (> phase_79 79)))
 (let (($x2036 (> phase_78 79)))
 (let (($x2035 (> phase_77 79)))
 (let (($x2034 (> phase_76 79)))
 (let (($x2033 (> phase_75 79)))
 (let (($x2032 (> phase_74 79)))
 (let (($x1121 (> phase_73 79)))
 (let (($x2023 (> phase_72 79)))
 (let (($x2022 (> phase_71 79)))
 (let (($x2021 (> phase_70 79)))
 (let (($x2020 (> phase_69 79)))
 (let (($x2019 (> phase_68 79)))
 (let (($x2018 (> phase_67 79)))
 (let (($x2015 (> phase_66 79)))
 (let (($x2014 (> phase_65 79)))
 (let (($x2013 (> phase_64 79)))
 (let (($x2009 (> phase_63 79)))
 (let (($x2008 (> phase_62 79)))
 (let (($x2007 (> phase_61 79)))
 (let (($x2006 (> phase_60 79)))
 (let (($x2005 (> phase_59 79)))
 (let (($x2002 (> phase_58 79)))
 (let (($x2001 (> phase_57 79)))
 (let (($x2000 (> phase_56 79)))
 (let (($x1999 (> phase_55 79)))
 (let (($x1998 (> phase_54 79)))
 (let (($x1997 (> phase_53 79)))
 (let (($x1996 (> phase_52 79)))
 (let (($x1995 (> phase_51 79)))
 (let (($x1994 (> phase_50 79)))
 (let (($x1972 (> phase_49 79)))
 (let (($x1971 (> phase_48 79)))
 (let (($x1970 (> phase_47 79)))
 (let (($x1969 (> phase_46 79)))
 (let (($x1968 (> phase_45 79)))
 (let (($x1966 (> phase_44 79)))
 (let (($x1937 (> phase_43 79)))
 (let (($x1936 (> phase_42 79)))
 (let (($x1933 (> phase_41 79)))
 (let (($x1932 (> phase_40 79)))
 (let (($x1931 (> phase_39 79)))
 (let (($x1930 (> phase_38 79)))
 (let (($x1929 (> phase_37 79)))
 (let (($x1905 (> phase_36 79)))
 (let (($x1904 (> phase_35 79)))
 (let (($x1903 (> phase_34 79)))
 (let (($x1902 (> phase_33 79)))
 (let (($x1901 (> phase_32 79)))
 (let (($x1900 (> phase_31 79)))
 (let (($x1894 (> phase_30 79)))
 (let (($x1893 (> phase_29 79)))
 (let (($x1892 (> phase_28 79)))
 (let (($x1888 (> phase_27 79)))
 (let (($x1887 (> phase_26 79)))
 (let (($x1886 (> phase_25 79)))
 (let (($x1882 (> phase_24 79)))
 (let (($x1881 (> phase_23 79)))
 (let (($x1880 (> phase_22 79)))
 (let (($x1879 (> phase_21 79)))
 (let (($x1878 (> phase_20 79)))
 (let (($x1086 (> phase_19 79)))
 (let (($x1869 (> phase_18 79)))
 (let (($x1868 (> phase_17 79)))
 (let (($x1867 (> phase_16 79)))
 (let (($x1866 (> phase_15 79)))
 (let (($x1865 (> phase_14 79)))
 (let (($x1864 (> phase_13 79)))
 (let (($x1863 (> phase_12 79)))
 (let (($x1862 (> phase_11 79)))
 (let (($x1861 (> phase_10 79)))
 (let (($x1860 (> phase_9 79)))
 (let (($x1859 (> phase_8 79)))
 (let (($x1858 (> phase_7 79)))
 (let (($x1857 (> phase_6 79)))
 (let (($x1856 (> phase_5 79)))
 (let (($x1855 (> phase_4 79)))
 (let (($x1854 (> phase_3 79)))
 (let (($x1853 (> phase_2 79)))
 (let (($x2574 (> phase_1 79)))
 (let (($x2573 (> phase_0 79)))
 (or $x2573 $x2574 $x1853 $x1854 $x1855 $x1856 $x1857 $x1858 $x1859 $x1860 $x1861 $x1862 $x1863 $x1864 $x1865 $x1866 $x1867 $x1868 $x1869 $x1086 $x1878 $x1879 $x1880 $x1881 $x1882 $x1886 $x1887 $x1888 $x1892 $x1893 $x1894 $x1900 $x1901 $x1902 $x1903 $x1904 $x1905 $x1929 $x1930 $x1931 $x1932 $x1933 $x1936 $x1937 $x1966 $x1968 $x1969 $x1970 $x1971 $x1972 $x1994 $x1995 $x1996 $x1997 $x1998 $x1999 $x2000 $x2001 $x2002 $x2005 $x2006 $x2007 $x2008 $x2009 $x2013 $x2014 $x2015 $x2018 $x2019 $x2020 $x2021 $x2022 $x2023 $x1121 $x2032 $x2033 $x2034 $x2035 $x2036 $x2037 $x2038 $x2039 $x2040 $x2041 $x2042 $x2043 $x2052 $x2053 $x2054 $x2055 $x2056 $x2057 $x2064 $x2065 $x1105 $x2073 $x2074 $x2076 $x2077 $x2078 $x2079 $x2080 $x2081 $x2085 $x2086 $x2087 $x2088 $x2089 $x2090 $x2091 $x2092 $x2093 $x2094 $x2095 $x2096 $x2097 $x2098 $x2099 $x2100 $x2101 $x2102 $x2115 $x2116 $x2117 $x2118 $x2119 $x2120 $x2121 $x2123 $x2124 $x2125 $x2126 $x2127 $x2128 $x2129 $x2130 $x2131 $x2132 $x2133 $x2134 $x2135 $x2136 $x2137 $x2138 $x2139 $x2140 $x2141 $x2145 $x2146 $x2147 $x2148 $x2149 $x2150 $x889 $x2158 $x2159 $x2160 $x2161 $x2162 $x2163 $x2164 $x2165 $x2166 $x2167 $x2168 $x2169 $x2170 $x2171 $x2175 $x2176 $x2177 $x2178 $x2179 $x2180 $x2181 $x2182 $x2183 $x2184 $x2186 $x2187 $x2188 $x2189 $x2190 $x2191 $x2192 $x2193 $x2194 $x1013 $x2202 $x2203 $x2204 $x2205 $x2206 $x2207 $x2208 $x2209 $x2210 $x2211 $x2212 $x2213 $x2214 $x2215 $x2219 $x2220 $x2221 $x2222 $x2228 $x2231 $x2232 $x2233 $x2234 $x2235 $x2236 $x1134 $x2247 $x2248 $x2249 $x2250 $x2251)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
