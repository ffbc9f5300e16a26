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
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 8))
(assert
 (= phase_5 10))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 3))
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 3))
(assert
 (= phase_12 0))
(assert
 (= phase_13 7))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 0))
(assert
 (= phase_19 0))
(assert
 (= phase_20 0))
(assert
 (= phase_21 0))
(assert
 (= phase_22 0))
(assert
 (= phase_23 0))
(assert
 (= phase_24 0))
(assert
 (= phase_25 0))
(assert
 (= phase_26 0))
(assert
 (= phase_27 0))
(assert
 (= phase_28 0))
(assert
 (= phase_29 0))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_33 3))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (= phase_37 3))
(assert
 (= phase_38 2))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_41 3))
(assert
 (= phase_42 2))
(assert
 (= phase_43 2))
(assert
 (= phase_44 2))
(assert
 (= phase_45 3))
(assert
 (= phase_46 6))
(assert
 (= phase_47 6))
(assert
 (= phase_48 7))
(assert
 (= phase_49 6))
(assert
 (= phase_50 6))
(assert
 (= phase_51 6))
(assert
 (= phase_52 7))
(assert
 (= phase_53 6))
(assert
 (= phase_54 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 7))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_60 7))
(assert
 (= phase_61 6))
(assert
 (= phase_62 6))
(assert
 (= phase_63 6))
(assert
 (= phase_64 7))
(assert
 (= phase_65 10))
(assert
 (= phase_66 10))
(assert
 (= phase_67 11))
(assert
 (= phase_68 6))
(assert
 (= phase_69 6))
(assert
 (= phase_70 6))
(assert
 (= phase_71 7))
(assert
 (= phase_72 6))
(assert
 (= phase_73 6))
(assert
 (= phase_74 6))
(assert
 (= phase_75 7))
(assert
 (= phase_76 6))
(assert
 (= phase_77 6))
(assert
 (= phase_78 6))
(assert
 (= phase_79 7))
(assert
 (= phase_80 6))
(assert
 (= phase_81 6))
(assert
 (= phase_82 6))
(assert
 (= phase_83 7))
(assert
 (= phase_84 10))
(assert
 (= phase_85 10))
(assert
 (= phase_86 11))
(assert
 (= phase_87 2))
(assert
 (= phase_88 2))
(assert
 (= phase_89 2))
(assert
 (= phase_90 3))
(assert
 (= phase_91 2))
(assert
 (= phase_92 2))
(assert
 (= phase_93 2))
(assert
 (= phase_94 3))
(assert
 (= phase_95 2))
(assert
 (= phase_96 2))
(assert
 (= phase_97 2))
(assert
 (= phase_98 3))
(assert
 (= phase_99 2))
(assert
 (= phase_100 2))
(assert
 (= phase_101 2))
(assert
 (= phase_102 3))
(assert
 (= phase_103 6))
(assert
 (= phase_104 6))
(assert
 (= phase_105 7))
(assert
 (= phase_106 2))
(assert
 (= phase_107 2))
(assert
 (= phase_108 2))
(assert
 (= phase_109 3))
(assert
 (= phase_110 4))
(assert
 (= phase_111 4))
(assert
 (= phase_112 4))
(assert
 (= phase_113 4))
(assert
 (= phase_114 4))
(assert
 (= phase_115 4))
(assert
 (= phase_116 4))
(assert
 (= phase_117 4))
(assert
 (= phase_118 4))
(assert
 (= phase_119 4))
(assert
 (= phase_120 4))
(assert
 (= phase_121 4))
(assert
 (= phase_122 4))
(assert
 (= phase_123 4))
(assert
 (= phase_124 4))
(assert
 (= phase_125 8))
(assert
 (= phase_126 4))
(assert
 (= phase_127 8))
(assert
 (= phase_128 10))
(assert
 (= phase_129 4))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (= phase_132 4))
(assert
 (= phase_133 8))
(assert
 (= phase_134 10))
(assert
 (= phase_135 4))
(assert
 (= phase_136 8))
(assert
 (= phase_137 10))
(assert
 (= phase_138 4))
(assert
 (= phase_139 8))
(assert
 (= phase_140 10))
(assert
 (= phase_141 4))
(assert
 (= phase_142 8))
(assert
 (= phase_143 10))
(assert
 (= phase_144 4))
(assert
 (= phase_145 8))
(assert
 (= phase_146 10))
(assert
 (= phase_147 4))
(assert
 (= phase_148 8))
(assert
 (= phase_149 10))
(assert
 (= phase_150 4))
(assert
 (= phase_151 8))
(assert
 (= phase_152 10))
(assert
 (= phase_153 4))
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (= phase_156 4))
(assert
 (= phase_157 8))
(assert
 (= phase_158 10))
(assert
 (= phase_159 4))
(assert
 (= phase_160 8))
(assert
 (= phase_161 10))
(assert
 (= phase_162 4))
(assert
 (= phase_163 8))
(assert
 (= phase_164 10))
(assert
 (= phase_165 4))
(assert
 (= phase_166 8))
(assert
 (= phase_167 10))
(assert
 (= phase_168 4))
(assert
 (= phase_169 8))
(assert
 (= phase_170 10))
(assert
 (let (($x19580 (> phase_170 11)))
 (let (($x19578 (> phase_169 11)))
 (let (($x19576 (> phase_168 11)))
 (let (($x19574 (> phase_167 11)))
 (let (($x19573 (> phase_166 11)))
 (let (($x19572 (> phase_165 11)))
 (let (($x19571 (> phase_164 11)))
 (let (($x19570 (> phase_163 11)))
 (let (($x19569 (> phase_162 11)))
 (let (($x19568 (> phase_161 11)))
 (let (($x19567 (> phase_160 11)))
 (let (($x19566 (> phase_159 11)))
 (let (($x19565 (> phase_158 11)))
 (let (($x19564 (> phase_157 11)))
 (let (($x19563 (> phase_156 11)))
 (let (($x19562 (> phase_155 11)))
 (let (($x19561 (> phase_154 11)))
 (let (($x19560 (> phase_153 11)))
 (let (($x19558 (> phase_152 11)))
 (let (($x19557 (> phase_151 11)))
 (let (($x19555 (> phase_150 11)))
 (let (($x19553 (> phase_149 11)))
 (let (($x19551 (> phase_148 11)))
 (let (($x19549 (> phase_147 11)))
 (let (($x19547 (> phase_146 11)))
 (let (($x19545 (> phase_145 11)))
 (let (($x19543 (> phase_144 11)))
 (let (($x19541 (> phase_143 11)))
 (let (($x19539 (> phase_142 11)))
 (let (($x19537 (> phase_141 11)))
 (let (($x19535 (> phase_140 11)))
 (let (($x19534 (> phase_139 11)))
 (let (($x19533 (> phase_138 11)))
 (let (($x19528 (> phase_137 11)))
 (let (($x19527 (> phase_136 11)))
 (let (($x19526 (> phase_135 11)))
 (let (($x19524 (> phase_134 11)))
 (let (($x19515 (> phase_133 11)))
 (let (($x19514 (> phase_132 11)))
 (let (($x19511 (> phase_131 11)))
 (let (($x19510 (> phase_130 11)))
 (let (($x19507 (> phase_129 11)))
 (let (($x19506 (> phase_128 11)))
 (let (($x19499 (> phase_127 11)))
 (let (($x19498 (> phase_126 11)))
 (let (($x19497 (> phase_125 11)))
 (let (($x19496 (> phase_124 11)))
 (let (($x19489 (> phase_123 11)))
 (let (($x19488 (> phase_122 11)))
 (let (($x19487 (> phase_121 11)))
 (let (($x19486 (> phase_120 11)))
 (let (($x19479 (> phase_119 11)))
 (let (($x19478 (> phase_118 11)))
 (let (($x19477 (> phase_117 11)))
 (let (($x19476 (> phase_116 11)))
 (let (($x19463 (> phase_115 11)))
 (let (($x19462 (> phase_114 11)))
 (let (($x19461 (> phase_113 11)))
 (let (($x19460 (> phase_112 11)))
 (let (($x19451 (> phase_111 11)))
 (let (($x19450 (> phase_110 11)))
 (let (($x19447 (> phase_109 11)))
 (let (($x19446 (> phase_108 11)))
 (let (($x19445 (> phase_107 11)))
 (let (($x19444 (> phase_106 11)))
 (let (($x19443 (> phase_105 11)))
 (let (($x19442 (> phase_104 11)))
 (let (($x19441 (> phase_103 11)))
 (let (($x19440 (> phase_102 11)))
 (let (($x19439 (> phase_101 11)))
 (let (($x19438 (> phase_100 11)))
 (let (($x19437 (> phase_99 11)))
 (let (($x19436 (> phase_98 11)))
 (let (($x19435 (> phase_97 11)))
 (let (($x19434 (> phase_96 11)))
 (let (($x19427 (> phase_95 11)))
 (let (($x19426 (> phase_94 11)))
 (let (($x19425 (> phase_93 11)))
 (let (($x19424 (> phase_92 11)))
 (let (($x19423 (> phase_91 11)))
 (let (($x19422 (> phase_90 11)))
 (let (($x19421 (> phase_89 11)))
 (let (($x19420 (> phase_88 11)))
 (let (($x19419 (> phase_87 11)))
 (let (($x19418 (> phase_86 11)))
 (let (($x19414 (> phase_85 11)))
 (let (($x19413 (> phase_84 11)))
 (let (($x19408 (> phase_83 11)))
 (let (($x19407 (> phase_82 11)))
 (let (($x19400 (> phase_81 11)))
 (let (($x19399 (> phase_80 11)))
 (let (($x19380 (> phase_79 11)))
 (let (($x19379 (> phase_78 11)))
 (let (($x19378 (> phase_77 11)))
 (let (($x19377 (> phase_76 11)))
 (let (($x19376 (> phase_75 11)))
 (let (($x19375 (> phase_74 11)))
 (let (($x19368 (> phase_73 11)))
 (let (($x19367 (> phase_72 11)))
 (let (($x19364 (> phase_71 11)))
 (let (($x19363 (> phase_70 11)))
 (let (($x19356 (> phase_69 11)))
 (let (($x19355 (> phase_68 11)))
 (let (($x19352 (> phase_67 11)))
 (let (($x19351 (> phase_66 11)))
 (let (($x19350 (> phase_65 11)))
 (let (($x19349 (> phase_64 11)))
 (let (($x19344 (> phase_63 11)))
 (let (($x19343 (> phase_62 11)))
 (let (($x19332 (> phase_61 11)))
 (let (($x19331 (> phase_60 11)))
 (let (($x19330 (> phase_59 11)))
 (let (($x19329 (> phase_58 11)))
 (let (($x19326 (> phase_57 11)))
 (let (($x19325 (> phase_56 11)))
 (let (($x19318 (> phase_55 11)))
 (let (($x19317 (> phase_54 11)))
 (let (($x19316 (> phase_53 11)))
 (let (($x19315 (> phase_52 11)))
 (let (($x19312 (> phase_51 11)))
 (let (($x19311 (> phase_50 11)))
 (let (($x19310 (> phase_49 11)))
 (let (($x19309 (> phase_48 11)))
 (let (($x19275 (> phase_47 11)))
 (let (($x19274 (> phase_46 11)))
 (let (($x19273 (> phase_45 11)))
 (let (($x19272 (> phase_44 11)))
 (let (($x19261 (> phase_43 11)))
 (let (($x19260 (> phase_42 11)))
 (let (($x19257 (> phase_41 11)))
 (let (($x19256 (> phase_40 11)))
 (let (($x19255 (> phase_39 11)))
 (let (($x19254 (> phase_38 11)))
 (let (($x19253 (> phase_37 11)))
 (let (($x19252 (> phase_36 11)))
 (let (($x19251 (> phase_35 11)))
 (let (($x19250 (> phase_34 11)))
 (let (($x19249 (> phase_33 11)))
 (let (($x19248 (> phase_32 11)))
 (let (($x19247 (> phase_31 11)))
 (let (($x19246 (> phase_30 11)))
 (let (($x19243 (> phase_29 11)))
 (let (($x19242 (> phase_28 11)))
 (let (($x19241 (> phase_27 11)))
 (let (($x19240 (> phase_26 11)))
 (let (($x19239 (> phase_25 11)))
 (let (($x19238 (> phase_24 11)))
 (let (($x19237 (> phase_23 11)))
 (let (($x19236 (> phase_22 11)))
 (let (($x19235 (> phase_21 11)))
 (let (($x19234 (> phase_20 11)))
 (let (($x19233 (> phase_19 11)))
 (let (($x19232 (> phase_18 11)))
 (let (($x19219 (> phase_17 11)))
 (let (($x19218 (> phase_16 11)))
 (let (($x19215 (> phase_15 11)))
 (let (($x19214 (> phase_14 11)))
 (let (($x19209 (> phase_13 11)))
 (let (($x19208 (> phase_12 11)))
 (let (($x19203 (> phase_11 11)))
 (let (($x19202 (> phase_10 11)))
 (let (($x19201 (> phase_9 11)))
 (let (($x19200 (> phase_8 11)))
 (let (($x19195 (> phase_7 11)))
 (let (($x19194 (> phase_6 11)))
 (let (($x19193 (> phase_5 11)))
 (let (($x19192 (> phase_4 11)))
 (let (($x19189 (> phase_3 11)))
 (let (($x19188 (> phase_2 11)))
 (let (($x19532 (> phase_1 11)))
 (let (($x19531 (> phase_0 11)))
 (or $x19531 $x19532 $x19188 $x19189 $x19192 $x19193 $x19194 $x19195 $x19200 $x19201 $x19202 $x19203 $x19208 $x19209 $x19214 $x19215 $x19218 $x19219 $x19232 $x19233 $x19234 $x19235 $x19236 $x19237 $x19238 $x19239 $x19240 $x19241 $x19242 $x19243 $x19246 $x19247 $x19248 $x19249 $x19250 $x19251 $x19252 $x19253 $x19254 $x19255 $x19256 $x19257 $x19260 $x19261 $x19272 $x19273 $x19274 $x19275 $x19309 $x19310 $x19311 $x19312 $x19315 $x19316 $x19317 $x19318 $x19325 $x19326 $x19329 $x19330 $x19331 $x19332 $x19343 $x19344 $x19349 $x19350 $x19351 $x19352 $x19355 $x19356 $x19363 $x19364 $x19367 $x19368 $x19375 $x19376 $x19377 $x19378 $x19379 $x19380 $x19399 $x19400 $x19407 $x19408 $x19413 $x19414 $x19418 $x19419 $x19420 $x19421 $x19422 $x19423 $x19424 $x19425 $x19426 $x19427 $x19434 $x19435 $x19436 $x19437 $x19438 $x19439 $x19440 $x19441 $x19442 $x19443 $x19444 $x19445 $x19446 $x19447 $x19450 $x19451 $x19460 $x19461 $x19462 $x19463 $x19476 $x19477 $x19478 $x19479 $x19486 $x19487 $x19488 $x19489 $x19496 $x19497 $x19498 $x19499 $x19506 $x19507 $x19510 $x19511 $x19514 $x19515 $x19524 $x19526 $x19527 $x19528 $x19533 $x19534 $x19535 $x19537 $x19539 $x19541 $x19543 $x19545 $x19547 $x19549 $x19551 $x19553 $x19555 $x19557 $x19558 $x19560 $x19561 $x19562 $x19563 $x19564 $x19565 $x19566 $x19567 $x19568 $x19569 $x19570 $x19571 $x19572 $x19573 $x19574 $x19576 $x19578 $x19580)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
