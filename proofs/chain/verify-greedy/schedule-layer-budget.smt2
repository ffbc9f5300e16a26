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
 (let (($x2606 (> phase_218 79)))
 (let (($x2604 (> phase_217 79)))
 (let (($x2602 (> phase_216 79)))
 (let (($x2600 (> phase_215 79)))
 (let (($x2598 (> phase_214 79)))
 (let (($x2596 (> phase_213 79)))
 (let (($x2590 (> phase_212 79)))
 (let (($x1217 (> phase_211 79)))
 (let (($x2581 (> phase_210 79)))
 (let (($x2579 (> phase_209 79)))
 (let (($x2577 (> phase_208 79)))
 (let (($x2575 (> phase_207 79)))
 (let (($x2573 (> phase_206 79)))
 (let (($x2571 (> phase_205 79)))
 (let (($x2569 (> phase_204 79)))
 (let (($x2567 (> phase_203 79)))
 (let (($x2565 (> phase_202 79)))
 (let (($x2563 (> phase_201 79)))
 (let (($x2561 (> phase_200 79)))
 (let (($x2559 (> phase_199 79)))
 (let (($x2558 (> phase_198 79)))
 (let (($x2556 (> phase_197 79)))
 (let (($x2554 (> phase_196 79)))
 (let (($x2552 (> phase_195 79)))
 (let (($x2550 (> phase_194 79)))
 (let (($x2548 (> phase_193 79)))
 (let (($x2546 (> phase_192 79)))
 (let (($x2544 (> phase_191 79)))
 (let (($x2542 (> phase_190 79)))
 (let (($x2540 (> phase_189 79)))
 (let (($x2538 (> phase_188 79)))
 (let (($x2530 (> phase_187 79)))
 (let (($x2528 (> phase_186 79)))
 (let (($x2527 (> phase_185 79)))
 (let (($x2525 (> phase_184 79)))
 (let (($x2523 (> phase_183 79)))
 (let (($x2521 (> phase_182 79)))
 (let (($x2519 (> phase_181 79)))
 (let (($x2517 (> phase_180 79)))
 (let (($x2515 (> phase_179 79)))
 (let (($x2513 (> phase_178 79)))
 (let (($x2511 (> phase_177 79)))
 (let (($x2509 (> phase_176 79)))
 (let (($x2503 (> phase_175 79)))
 (let (($x2502 (> phase_174 79)))
 (let (($x2498 (> phase_173 79)))
 (let (($x2494 (> phase_172 79)))
 (let (($x2492 (> phase_171 79)))
 (let (($x2490 (> phase_170 79)))
 (let (($x2488 (> phase_169 79)))
 (let (($x1175 (> phase_168 79)))
 (let (($x2478 (> phase_167 79)))
 (let (($x2472 (> phase_166 79)))
 (let (($x2471 (> phase_165 79)))
 (let (($x2467 (> phase_164 79)))
 (let (($x2463 (> phase_163 79)))
 (let (($x2461 (> phase_162 79)))
 (let (($x2459 (> phase_161 79)))
 (let (($x2457 (> phase_160 79)))
 (let (($x2455 (> phase_159 79)))
 (let (($x2453 (> phase_158 79)))
 (let (($x2447 (> phase_157 79)))
 (let (($x2446 (> phase_156 79)))
 (let (($x2444 (> phase_155 79)))
 (let (($x2442 (> phase_154 79)))
 (let (($x2440 (> phase_153 79)))
 (let (($x2438 (> phase_152 79)))
 (let (($x880 (> phase_151 79)))
 (let (($x2428 (> phase_150 79)))
 (let (($x2426 (> phase_149 79)))
 (let (($x2424 (> phase_148 79)))
 (let (($x2422 (> phase_147 79)))
 (let (($x2416 (> phase_146 79)))
 (let (($x2415 (> phase_145 79)))
 (let (($x2413 (> phase_144 79)))
 (let (($x2411 (> phase_143 79)))
 (let (($x2409 (> phase_142 79)))
 (let (($x2407 (> phase_141 79)))
 (let (($x2405 (> phase_140 79)))
 (let (($x2403 (> phase_139 79)))
 (let (($x2401 (> phase_138 79)))
 (let (($x2399 (> phase_137 79)))
 (let (($x2397 (> phase_136 79)))
 (let (($x2391 (> phase_135 79)))
 (let (($x2390 (> phase_134 79)))
 (let (($x2388 (> phase_133 79)))
 (let (($x2380 (> phase_132 79)))
 (let (($x2378 (> phase_131 79)))
 (let (($x2376 (> phase_130 79)))
 (let (($x2374 (> phase_129 79)))
 (let (($x2372 (> phase_128 79)))
 (let (($x2370 (> phase_127 79)))
 (let (($x2368 (> phase_126 79)))
 (let (($x2366 (> phase_125 79)))
 (let (($x2360 (> phase_124 79)))
 (let (($x2359 (> phase_123 79)))
 (let (($x2357 (> phase_122 79)))
 (let (($x2355 (> phase_121 79)))
 (let (($x2353 (> phase_120 79)))
 (let (($x2351 (> phase_119 79)))
 (let (($x2349 (> phase_118 79)))
 (let (($x2347 (> phase_117 79)))
 (let (($x2345 (> phase_116 79)))
 (let (($x2343 (> phase_115 79)))
 (let (($x2341 (> phase_114 79)))
 (let (($x2329 (> phase_113 79)))
 (let (($x2328 (> phase_112 79)))
 (let (($x2326 (> phase_111 79)))
 (let (($x2324 (> phase_110 79)))
 (let (($x2322 (> phase_109 79)))
 (let (($x2320 (> phase_108 79)))
 (let (($x2318 (> phase_107 79)))
 (let (($x2316 (> phase_106 79)))
 (let (($x2314 (> phase_105 79)))
 (let (($x2312 (> phase_104 79)))
 (let (($x2310 (> phase_103 79)))
 (let (($x2304 (> phase_102 79)))
 (let (($x2303 (> phase_101 79)))
 (let (($x2301 (> phase_100 79)))
 (let (($x2299 (> phase_99 79)))
 (let (($x2297 (> phase_98 79)))
 (let (($x2295 (> phase_97 79)))
 (let (($x2293 (> phase_96 79)))
 (let (($x2285 (> phase_95 79)))
 (let (($x2283 (> phase_94 79)))
 (let (($x2281 (> phase_93 79)))
 (let (($x2279 (> phase_92 79)))
 (let (($x2273 (> phase_91 79)))
 (let (($x2272 (> phase_90 79)))
 (let (($x2271 (> phase_89 79)))
 (let (($x2270 (> phase_88 79)))
 (let (($x2237 (> phase_87 79)))
 (let (($x2236 (> phase_86 79)))
 (let (($x2231 (> phase_85 79)))
 (let (($x2230 (> phase_84 79)))
 (let (($x2171 (> phase_83 79)))
 (let (($x2170 (> phase_82 79)))
 (let (($x2169 (> phase_81 79)))
 (let (($x2168 (> phase_80 79)))
 (let (($x2167 (> phase_79 79)))
 (let (($x2166 (> phase_78 79)))
 (let (($x2165 (> phase_77 79)))
 (let (($x2164 (> phase_76 79)))
 (let (($x2159 (> phase_75 79)))
 (let (($x2158 (> phase_74 79)))
 (let (($x2145 (> phase_73 79)))
 (let (($x2144 (> phase_72 79)))
 (let (($x2141 (> phase_71 79)))
 (let (($x2140 (> phase_70 79)))
 (let (($x2135 (> phase_69 79)))
 (let (($x2134 (> phase_68 79)))
 (let (($x2127 (> phase_67 79)))
 (let (($x2126 (> phase_66 79)))
 (let (($x2101 (> phase_65 79)))
 (let (($x2100 (> phase_64 79)))
 (let (($x2095 (> phase_63 79)))
 (let (($x2094 (> phase_62 79)))
 (let (($x2089 (> phase_61 79)))
 (let (($x2088 (> phase_60 79)))
 (let (($x2075 (> phase_59 79)))
 (let (($x2074 (> phase_58 79)))
 (let (($x2073 (> phase_57 79)))
 (let (($x1105 (> phase_56 79)))
 (let (($x2065 (> phase_55 79)))
 (let (($x2064 (> phase_54 79)))
 (let (($x2059 (> phase_53 79)))
 (let (($x2058 (> phase_52 79)))
 (let (($x2055 (> phase_51 79)))
 (let (($x2054 (> phase_50 79)))
 (let (($x2049 (> phase_49 79)))
 (let (($x2048 (> phase_48 79)))
 (let (($x2047 (> phase_47 79)))
 (let (($x2046 (> phase_46 79)))
 (let (($x2041 (> phase_45 79)))
 (let (($x2040 (> phase_44 79)))
 (let (($x2021 (> phase_43 79)))
 (let (($x2020 (> phase_42 79)))
 (let (($x2009 (> phase_41 79)))
 (let (($x2008 (> phase_40 79)))
 (let (($x2007 (> phase_39 79)))
 (let (($x2006 (> phase_38 79)))
 (let (($x1975 (> phase_37 79)))
 (let (($x1974 (> phase_36 79)))
 (let (($x1959 (> phase_35 79)))
 (let (($x1958 (> phase_34 79)))
 (let (($x1929 (> phase_33 79)))
 (let (($x1928 (> phase_32 79)))
 (let (($x1925 (> phase_31 79)))
 (let (($x1924 (> phase_30 79)))
 (let (($x1921 (> phase_29 79)))
 (let (($x1920 (> phase_28 79)))
 (let (($x1919 (> phase_27 79)))
 (let (($x1918 (> phase_26 79)))
 (let (($x1905 (> phase_25 79)))
 (let (($x1904 (> phase_24 79)))
 (let (($x1903 (> phase_23 79)))
 (let (($x1902 (> phase_22 79)))
 (let (($x1899 (> phase_21 79)))
 (let (($x1898 (> phase_20 79)))
 (let (($x1885 (> phase_19 79)))
 (let (($x1884 (> phase_18 79)))
 (let (($x1867 (> phase_17 79)))
 (let (($x1866 (> phase_16 79)))
 (let (($x838 (> phase_15 79)))
 (let (($x1834 (> phase_14 79)))
 (let (($x1817 (> phase_13 79)))
 (let (($x1816 (> phase_12 79)))
 (let (($x1787 (> phase_11 79)))
 (let (($x1786 (> phase_10 79)))
 (let (($x1773 (> phase_9 79)))
 (let (($x1206 (> phase_8 79)))
 (let (($x1763 (> phase_7 79)))
 (let (($x1762 (> phase_6 79)))
 (let (($x1761 (> phase_5 79)))
 (let (($x1760 (> phase_4 79)))
 (let (($x1755 (> phase_3 79)))
 (let (($x1754 (> phase_2 79)))
 (let (($x2269 (> phase_1 79)))
 (let (($x2268 (> phase_0 79)))
 (or $x2268 $x2269 $x1754 $x1755 $x1760 $x1761 $x1762 $x1763 $x1206 $x1773 $x1786 $x1787 $x1816 $x1817 $x1834 $x838 $x1866 $x1867 $x1884 $x1885 $x1898 $x1899 $x1902 $x1903 $x1904 $x1905 $x1918 $x1919 $x1920 $x1921 $x1924 $x1925 $x1928 $x1929 $x1958 $x1959 $x1974 $x1975 $x2006 $x2007 $x2008 $x2009 $x2020 $x2021 $x2040 $x2041 $x2046 $x2047 $x2048 $x2049 $x2054 $x2055 $x2058 $x2059 $x2064 $x2065 $x1105 $x2073 $x2074 $x2075 $x2088 $x2089 $x2094 $x2095 $x2100 $x2101 $x2126 $x2127 $x2134 $x2135 $x2140 $x2141 $x2144 $x2145 $x2158 $x2159 $x2164 $x2165 $x2166 $x2167 $x2168 $x2169 $x2170 $x2171 $x2230 $x2231 $x2236 $x2237 $x2270 $x2271 $x2272 $x2273 $x2279 $x2281 $x2283 $x2285 $x2293 $x2295 $x2297 $x2299 $x2301 $x2303 $x2304 $x2310 $x2312 $x2314 $x2316 $x2318 $x2320 $x2322 $x2324 $x2326 $x2328 $x2329 $x2341 $x2343 $x2345 $x2347 $x2349 $x2351 $x2353 $x2355 $x2357 $x2359 $x2360 $x2366 $x2368 $x2370 $x2372 $x2374 $x2376 $x2378 $x2380 $x2388 $x2390 $x2391 $x2397 $x2399 $x2401 $x2403 $x2405 $x2407 $x2409 $x2411 $x2413 $x2415 $x2416 $x2422 $x2424 $x2426 $x2428 $x880 $x2438 $x2440 $x2442 $x2444 $x2446 $x2447 $x2453 $x2455 $x2457 $x2459 $x2461 $x2463 $x2467 $x2471 $x2472 $x2478 $x1175 $x2488 $x2490 $x2492 $x2494 $x2498 $x2502 $x2503 $x2509 $x2511 $x2513 $x2515 $x2517 $x2519 $x2521 $x2523 $x2525 $x2527 $x2528 $x2530 $x2538 $x2540 $x2542 $x2544 $x2546 $x2548 $x2550 $x2552 $x2554 $x2556 $x2558 $x2559 $x2561 $x2563 $x2565 $x2567 $x2569 $x2571 $x2573 $x2575 $x2577 $x2579 $x2581 $x1217 $x2590 $x2596 $x2598 $x2600 $x2602 $x2604 $x2606)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
