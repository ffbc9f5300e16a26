(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
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
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_179 () Int)
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
 (let (($x18541 (> phase_218 phase_217)))
 (let ((?x14958 (ite $x18541 phase_218 phase_217)))
 (let (($x14929 (not (<= ?x14958 (+ phase_217 1)))))
 (let (($x2379 (> phase_218 phase_216)))
 (let ((?x2529 (ite $x2379 phase_218 phase_216)))
 (let (($x18555 (not (<= ?x2529 (+ phase_216 1)))))
 (let (($x2391 (> phase_215 phase_214)))
 (let ((?x2397 (ite $x2391 phase_215 phase_214)))
 (let (($x2389 (not (<= ?x2397 (+ phase_214 1)))))
 (let (($x2393 (> phase_215 phase_213)))
 (let ((?x2395 (ite $x2393 phase_215 phase_213)))
 (let (($x2405 (not (<= ?x2395 (+ phase_213 1)))))
 (let (($x4625 (> phase_215 phase_212)))
 (let ((?x4669 (ite $x4625 phase_215 phase_212)))
 (let (($x2377 (not (<= ?x4669 (+ phase_212 1)))))
 (let (($x2509 (> phase_211 phase_210)))
 (let ((?x2511 (ite $x2509 phase_211 phase_210)))
 (let (($x2505 (not (<= ?x2511 (+ phase_210 1)))))
 (let (($x2411 (> phase_211 phase_209)))
 (let ((?x2521 (ite $x2411 phase_211 phase_209)))
 (let (($x2515 (not (<= ?x2521 (+ phase_209 1)))))
 (let (($x2461 (> phase_211 phase_208)))
 (let ((?x2449 (ite $x2461 phase_211 phase_208)))
 (let (($x2407 (not (<= ?x2449 (+ phase_208 1)))))
 (let (($x2487 (> phase_207 phase_206)))
 (let ((?x2473 (ite $x2487 phase_207 phase_206)))
 (let (($x2467 (not (<= ?x2473 (+ phase_206 1)))))
 (let (($x2557 (> phase_207 phase_205)))
 (let ((?x2555 (ite $x2557 phase_207 phase_205)))
 (let (($x2493 (not (<= ?x2555 (+ phase_205 1)))))
 (let (($x2551 (> phase_207 phase_204)))
 (let ((?x2553 (ite $x2551 phase_207 phase_204)))
 (let (($x2563 (not (<= ?x2553 (+ phase_204 1)))))
 (let (($x2445 (> phase_203 phase_202)))
 (let ((?x2543 (ite $x2445 phase_203 phase_202)))
 (let (($x2547 (not (<= ?x2543 (+ phase_202 1)))))
 (let (($x2415 (> phase_203 phase_201)))
 (let ((?x2413 (ite $x2415 phase_203 phase_201)))
 (let (($x2451 (not (<= ?x2413 (+ phase_201 1)))))
 (let (($x2577 (> phase_203 phase_200)))
 (let ((?x2579 (ite $x2577 phase_203 phase_200)))
 (let (($x2369 (not (<= ?x2579 (+ phase_200 1)))))
 (let (($x2429 (> phase_195 phase_194)))
 (let ((?x2569 (ite $x2429 phase_195 phase_194)))
 (let (($x2573 (not (<= ?x2569 (+ phase_194 1)))))
 (let (($x2477 (> phase_195 phase_193)))
 (let ((?x2465 (ite $x2477 phase_195 phase_193)))
 (let (($x2447 (not (<= ?x2465 (+ phase_193 1)))))
 (let (($x2541 (> phase_192 phase_191)))
 (let ((?x2437 (ite $x2541 phase_192 phase_191)))
 (let (($x2421 (not (<= ?x2437 (+ phase_191 1)))))
 (let (($x2581 (> phase_192 phase_190)))
 (let ((?x2417 (ite $x2581 phase_192 phase_190)))
 (let (($x2423 (not (<= ?x2417 (+ phase_190 1)))))
 (let (($x2539 (> phase_189 phase_188)))
 (let ((?x2595 (ite $x2539 phase_189 phase_188)))
 (let (($x2591 (not (<= ?x2595 (+ phase_188 1)))))
 (let (($x2507 (> phase_189 phase_187)))
 (let ((?x2513 (ite $x2507 phase_189 phase_187)))
 (let (($x2525 (not (<= ?x2513 (+ phase_187 1)))))
 (let (($x2617 (> phase_179 phase_178)))
 (let ((?x2615 (ite $x2617 phase_179 phase_178)))
 (let (($x2495 (not (<= ?x2615 (+ phase_178 1)))))
 (let (($x2613 (> phase_179 phase_177)))
 (let ((?x2627 (ite $x2613 phase_179 phase_177)))
 (let (($x2621 (not (<= ?x2627 (+ phase_177 1)))))
 (let (($x2603 (> phase_176 phase_175)))
 (let ((?x2605 (ite $x2603 phase_176 phase_175)))
 (let (($x2609 (not (<= ?x2605 (+ phase_175 1)))))
 (let (($x2655 (> phase_176 phase_174)))
 (let ((?x2653 (ite $x2655 phase_176 phase_174)))
 (let (($x2599 (not (<= ?x2653 (+ phase_174 1)))))
 (let (($x2665 (> phase_173 phase_172)))
 (let ((?x2663 (ite $x2665 phase_173 phase_172)))
 (let (($x2659 (not (<= ?x2663 (+ phase_172 1)))))
 (let (($x2647 (> phase_173 phase_171)))
 (let ((?x2649 (ite $x2647 phase_173 phase_171)))
 (let (($x2669 (not (<= ?x2649 (+ phase_171 1)))))
 (let (($x2631 (> phase_166 phase_165)))
 (let ((?x2633 (ite $x2631 phase_166 phase_165)))
 (let (($x2643 (not (<= ?x2633 (+ phase_165 1)))))
 (let (($x2685 (> phase_166 phase_164)))
 (let ((?x2687 (ite $x2685 phase_166 phase_164)))
 (let (($x2697 (not (<= ?x2687 (+ phase_164 1)))))
 (let (($x2675 (> phase_163 phase_162)))
 (let ((?x2677 (ite $x2675 phase_163 phase_162)))
 (let (($x2681 (not (<= ?x2677 (+ phase_162 1)))))
 (let (($x2723 (> phase_163 phase_161)))
 (let ((?x2721 (ite $x2723 phase_163 phase_161)))
 (let (($x2671 (not (<= ?x2721 (+ phase_161 1)))))
 (let (($x2733 (> phase_160 phase_159)))
 (let ((?x2731 (ite $x2733 phase_160 phase_159)))
 (let (($x2727 (not (<= ?x2731 (+ phase_159 1)))))
 (let (($x2711 (> phase_160 phase_158)))
 (let ((?x2713 (ite $x2711 phase_160 phase_158)))
 (let (($x2717 (not (<= ?x2713 (+ phase_158 1)))))
 (let (($x2701 (> phase_156 phase_155)))
 (let ((?x2703 (ite $x2701 phase_156 phase_155)))
 (let (($x2707 (not (<= ?x2703 (+ phase_155 1)))))
 (let (($x2757 (> phase_156 phase_154)))
 (let ((?x2759 (ite $x2757 phase_156 phase_154)))
 (let (($x2763 (not (<= ?x2759 (+ phase_154 1)))))
 (let (($x2741 (> phase_153 phase_152)))
 (let ((?x2743 (ite $x2741 phase_153 phase_152)))
 (let (($x2753 (not (<= ?x2743 (+ phase_152 1)))))
 (let (($x2789 (> phase_153 phase_151)))
 (let ((?x2787 (ite $x2789 phase_153 phase_151)))
 (let (($x2737 (not (<= ?x2787 (+ phase_151 1)))))
 (let (($x2799 (> phase_150 phase_149)))
 (let ((?x2797 (ite $x2799 phase_150 phase_149)))
 (let (($x2793 (not (<= ?x2797 (+ phase_149 1)))))
 (let (($x2777 (> phase_150 phase_148)))
 (let ((?x2779 (ite $x2777 phase_150 phase_148)))
 (let (($x2783 (not (<= ?x2779 (+ phase_148 1)))))
 (let (($x2767 (> phase_147 phase_146)))
 (let ((?x2769 (ite $x2767 phase_147 phase_146)))
 (let (($x2773 (not (<= ?x2769 (+ phase_146 1)))))
 (let (($x2823 (> phase_147 phase_145)))
 (let ((?x2825 (ite $x2823 phase_147 phase_145)))
 (let (($x2829 (not (<= ?x2825 (+ phase_145 1)))))
 (let (($x2813 (> phase_143 phase_142)))
 (let ((?x2815 (ite $x2813 phase_143 phase_142)))
 (let (($x2819 (not (<= ?x2815 (+ phase_142 1)))))
 (let (($x2855 (> phase_143 phase_141)))
 (let ((?x2853 (ite $x2855 phase_143 phase_141)))
 (let (($x2809 (not (<= ?x2853 (+ phase_141 1)))))
 (let (($x1642 (> phase_140 phase_139)))
 (let ((?x1914 (ite $x1642 phase_140 phase_139)))
 (let (($x2642 (not (<= ?x1914 (+ phase_139 1)))))
 (let (($x2843 (> phase_140 phase_138)))
 (let ((?x2845 (ite $x2843 phase_140 phase_138)))
 (let (($x2849 (not (<= ?x2845 (+ phase_138 1)))))
 (let (($x2833 (> phase_137 phase_136)))
 (let ((?x2835 (ite $x2833 phase_137 phase_136)))
 (let (($x2839 (not (<= ?x2835 (+ phase_136 1)))))
 (let (($x15384 (> phase_137 phase_135)))
 (let ((?x15374 (ite $x15384 phase_137 phase_135)))
 (let (($x15351 (not (<= ?x15374 (+ phase_135 1)))))
 (let (($x15432 (> phase_134 phase_133)))
 (let ((?x15422 (ite $x15432 phase_134 phase_133)))
 (let (($x15404 (not (<= ?x15422 (+ phase_133 1)))))
 (let (($x15218 (> phase_134 phase_132)))
 (let ((?x15575 (ite $x15218 phase_134 phase_132)))
 (let (($x1302 (not (<= ?x15575 (+ phase_132 1)))))
 (let (($x15170 (> phase_130 phase_129)))
 (let ((?x15180 (ite $x15170 phase_130 phase_129)))
 (let (($x15198 (not (<= ?x15180 (+ phase_129 1)))))
 (let (($x15279 (> phase_130 phase_128)))
 (let ((?x15269 (ite $x15279 phase_130 phase_128)))
 (let (($x15251 (not (<= ?x15269 (+ phase_128 1)))))
 (let (($x15333 (> phase_127 phase_126)))
 (let ((?x15322 (ite $x15333 phase_127 phase_126)))
 (let (($x15302 (not (<= ?x15322 (+ phase_126 1)))))
 (let (($x15073 (> phase_127 phase_125)))
 (let ((?x15065 (ite $x15073 phase_127 phase_125)))
 (let (($x15045 (not (<= ?x15065 (+ phase_125 1)))))
 (let (($x15127 (> phase_124 phase_123)))
 (let ((?x15117 (ite $x15127 phase_124 phase_123)))
 (let (($x15099 (not (<= ?x15117 (+ phase_123 1)))))
 (let (($x14913 (> phase_124 phase_122)))
 (let ((?x14921 (ite $x14913 phase_124 phase_122)))
 (let (($x15145 (not (<= ?x14921 (+ phase_122 1)))))
 (let (($x14860 (> phase_121 phase_120)))
 (let ((?x14870 (ite $x14860 phase_121 phase_120)))
 (let (($x14888 (not (<= ?x14870 (+ phase_120 1)))))
 (let (($x14974 (> phase_121 phase_119)))
 (let ((?x15567 (ite $x14974 phase_121 phase_119)))
 (let (($x14941 (not (<= ?x15567 (+ phase_119 1)))))
 (let (($x15022 (> phase_117 phase_116)))
 (let ((?x15012 (ite $x15022 phase_117 phase_116)))
 (let (($x14994 (not (<= ?x15012 (+ phase_116 1)))))
 (let (($x14765 (> phase_117 phase_115)))
 (let ((?x14755 (ite $x14765 phase_117 phase_115)))
 (let (($x14735 (not (<= ?x14755 (+ phase_115 1)))))
 (let (($x14816 (> phase_114 phase_113)))
 (let ((?x14806 (ite $x14816 phase_114 phase_113)))
 (let (($x14788 (not (<= ?x14806 (+ phase_113 1)))))
 (let (($x14602 (> phase_114 phase_112)))
 (let ((?x14613 (ite $x14602 phase_114 phase_112)))
 (let (($x14841 (not (<= ?x14613 (+ phase_112 1)))))
 (let (($x14549 (> phase_111 phase_110)))
 (let ((?x14559 (ite $x14549 phase_111 phase_110)))
 (let (($x14577 (not (<= ?x14559 (+ phase_110 1)))))
 (let (($x14664 (> phase_111 phase_109)))
 (let ((?x14656 (ite $x14664 phase_111 phase_109)))
 (let (($x14631 (not (<= ?x14656 (+ phase_109 1)))))
 (let (($x14717 (> phase_108 phase_107)))
 (let ((?x14702 (ite $x14717 phase_108 phase_107)))
 (let (($x14684 (not (<= ?x14702 (+ phase_107 1)))))
 (let (($x14455 (> phase_108 phase_106)))
 (let ((?x14445 (ite $x14455 phase_108 phase_106)))
 (let (($x14427 (not (<= ?x14445 (+ phase_106 1)))))
 (let (($x14506 (> phase_104 phase_103)))
 (let ((?x14498 (ite $x14506 phase_104 phase_103)))
 (let (($x15550 (not (<= ?x14498 (+ phase_103 1)))))
 (let (($x14287 (> phase_104 phase_102)))
 (let ((?x14297 (ite $x14287 phase_104 phase_102)))
 (let (($x14526 (not (<= ?x14297 (+ phase_102 1)))))
 (let (($x14234 (> phase_101 phase_100)))
 (let ((?x14244 (ite $x14234 phase_101 phase_100)))
 (let (($x14269 (not (<= ?x14244 (+ phase_100 1)))))
 (let (($x14348 (> phase_101 phase_99)))
 (let ((?x14340 (ite $x14348 phase_101 phase_99)))
 (let (($x14320 (not (<= ?x14340 (+ phase_99 1)))))
 (let (($x14402 (> phase_98 phase_97)))
 (let ((?x14392 (ite $x14402 phase_98 phase_97)))
 (let (($x14374 (not (<= ?x14392 (+ phase_97 1)))))
 (let (($x14140 (> phase_98 phase_96)))
 (let ((?x14130 (ite $x14140 phase_98 phase_96)))
 (let (($x14112 (not (<= ?x14130 (+ phase_96 1)))))
 (let (($x14193 (> phase_95 phase_94)))
 (let ((?x14183 (ite $x14193 phase_95 phase_94)))
 (let (($x14163 (not (<= ?x14183 (+ phase_94 1)))))
 (let (($x13972 (> phase_95 phase_93)))
 (let ((?x13982 (ite $x13972 phase_95 phase_93)))
 (let (($x14216 (not (<= ?x13982 (+ phase_93 1)))))
 (let (($x13926 (> phase_91 phase_90)))
 (let ((?x13934 (ite $x13926 phase_91 phase_90)))
 (let (($x13950 (not (<= ?x13934 (+ phase_90 1)))))
 (let (($x14035 (> phase_91 phase_89)))
 (let ((?x14025 (ite $x14035 phase_91 phase_89)))
 (let (($x14000 (not (<= ?x14025 (+ phase_89 1)))))
 (let (($x14086 (> phase_88 phase_87)))
 (let ((?x14078 (ite $x14086 phase_88 phase_87)))
 (let (($x14058 (not (<= ?x14078 (+ phase_87 1)))))
 (let (($x13183 (> phase_88 phase_86)))
 (let ((?x13161 (ite $x13183 phase_88 phase_86)))
 (let (($x13098 (not (<= ?x13161 (+ phase_86 1)))))
 (let (($x13329 (> phase_85 phase_84)))
 (let ((?x13299 (ite $x13329 phase_85 phase_84)))
 (let (($x13241 (not (<= ?x13299 (+ phase_84 1)))))
 (let (($x643 (> phase_85 phase_83)))
 (let ((?x607 (ite $x643 phase_85 phase_83)))
 (let (($x13905 (not (<= ?x607 (+ phase_83 1)))))
 (let (($x7648 (> phase_82 phase_81)))
 (let ((?x7267 (ite $x7648 phase_82 phase_81)))
 (let (($x721 (not (<= ?x7267 (+ phase_81 1)))))
 (let (($x21050 (> phase_82 phase_80)))
 (let ((?x21014 (ite $x21050 phase_82 phase_80)))
 (let (($x12882 (not (<= ?x21014 (+ phase_80 1)))))
 (let (($x13021 (> phase_78 phase_77)))
 (let ((?x8606 (ite $x13021 phase_78 phase_77)))
 (let (($x8806 (not (<= ?x8606 (+ phase_77 1)))))
 (let (($x14654 (> phase_78 phase_76)))
 (let ((?x8566 (ite $x14654 phase_78 phase_76)))
 (let (($x8761 (not (<= ?x8566 (+ phase_76 1)))))
 (let (($x7791 (> phase_75 phase_74)))
 (let ((?x7750 (ite $x7791 phase_75 phase_74)))
 (let (($x8631 (not (<= ?x7750 (+ phase_74 1)))))
 (let (($x331 (> phase_75 phase_73)))
 (let ((?x383 (ite $x331 phase_75 phase_73)))
 (let (($x7815 (not (<= ?x383 (+ phase_73 1)))))
 (let (($x223 (> phase_72 phase_71)))
 (let ((?x237 (ite $x223 phase_72 phase_71)))
 (let (($x303 (not (<= ?x237 (+ phase_71 1)))))
 (let (($x702 (> phase_72 phase_70)))
 (let ((?x738 (ite $x702 phase_72 phase_70)))
 (let (($x411 (not (<= ?x738 (+ phase_70 1)))))
 (let (($x1043 (> phase_69 phase_68)))
 (let ((?x894 (ite $x1043 phase_69 phase_68)))
 (let (($x630 (not (<= ?x894 (+ phase_68 1)))))
 (let (($x2339 (> phase_69 phase_67)))
 (let ((?x2387 (ite $x2339 phase_69 phase_67)))
 (let (($x1991 (not (<= ?x2387 (+ phase_67 1)))))
 (let (($x157 (> phase_65 phase_64)))
 (let ((?x3422 (ite $x157 phase_65 phase_64)))
 (let (($x2751 (not (<= ?x3422 (+ phase_64 1)))))
 (let (($x15425 (> phase_65 phase_63)))
 (let ((?x15424 (ite $x15425 phase_65 phase_63)))
 (let (($x170 (not (<= ?x15424 (+ phase_63 1)))))
 (let (($x15396 (> phase_62 phase_61)))
 (let ((?x15407 (ite $x15396 phase_62 phase_61)))
 (let (($x15417 (not (<= ?x15407 (+ phase_61 1)))))
 (let (($x1204 (> phase_62 phase_60)))
 (let ((?x1227 (ite $x1204 phase_62 phase_60)))
 (let (($x15435 (not (<= ?x1227 (+ phase_60 1)))))
 (let (($x1739 (> phase_59 phase_58)))
 (let ((?x1487 (ite $x1739 phase_59 phase_58)))
 (let (($x1331 (not (<= ?x1487 (+ phase_58 1)))))
 (let (($x2561 (> phase_59 phase_57)))
 (let ((?x15324 (ite $x2561 phase_59 phase_57)))
 (let (($x15335 (not (<= ?x15324 (+ phase_57 1)))))
 (let (($x15354 (> phase_56 phase_55)))
 (let ((?x15343 (ite $x15354 phase_56 phase_55)))
 (let (($x15314 (not (<= ?x15343 (+ phase_55 1)))))
 (let (($x15378 (> phase_56 phase_54)))
 (let ((?x15379 (ite $x15378 phase_56 phase_54)))
 (let (($x15364 (not (<= ?x15379 (+ phase_54 1)))))
 (let (($x15254 (> phase_52 phase_51)))
 (let ((?x15253 (ite $x15254 phase_52 phase_51)))
 (let (($x15386 (not (<= ?x15253 (+ phase_51 1)))))
 (let (($x15272 (> phase_52 phase_50)))
 (let ((?x15263 (ite $x15272 phase_52 phase_50)))
 (let (($x15244 (not (<= ?x15263 (+ phase_50 1)))))
 (let (($x15291 (> phase_49 phase_48)))
 (let ((?x15292 (ite $x15291 phase_49 phase_48)))
 (let (($x15282 (not (<= ?x15292 (+ phase_48 1)))))
 (let (($x15183 (> phase_49 phase_47)))
 (let ((?x15182 (ite $x15183 phase_49 phase_47)))
 (let (($x15306 (not (<= ?x15182 (+ phase_47 1)))))
 (let (($x15192 (> phase_46 phase_45)))
 (let ((?x15193 (ite $x15192 phase_46 phase_45)))
 (let (($x15173 (not (<= ?x15193 (+ phase_45 1)))))
 (let (($x15221 (> phase_46 phase_44)))
 (let ((?x15210 (ite $x15221 phase_46 phase_44)))
 (let (($x15200 (not (<= ?x15210 (+ phase_44 1)))))
 (let (($x15101 (> phase_43 phase_42)))
 (let ((?x15112 (ite $x15101 phase_43 phase_42)))
 (let (($x15236 (not (<= ?x15112 (+ phase_42 1)))))
 (let (($x15119 (> phase_43 phase_41)))
 (let ((?x15122 (ite $x15119 phase_43 phase_41)))
 (let (($x2497 (not (<= ?x15122 (+ phase_41 1)))))
 (let (($x15150 (> phase_39 phase_38)))
 (let ((?x15139 (ite $x15150 phase_39 phase_38)))
 (let (($x15129 (not (<= ?x15139 (+ phase_38 1)))))
 (let (($x1877 (> phase_39 phase_37)))
 (let ((?x1289 (ite $x1877 phase_39 phase_37)))
 (let (($x15573 (not (<= ?x1289 (+ phase_37 1)))))
 (let (($x716 (> phase_36 phase_35)))
 (let ((?x725 (ite $x716 phase_36 phase_35)))
 (let (($x2589 (not (<= ?x725 (+ phase_35 1)))))
 (let (($x238 (> phase_36 phase_34)))
 (let ((?x332 (ite $x238 phase_36 phase_34)))
 (let (($x426 (not (<= ?x332 (+ phase_34 1)))))
 (let (($x2399 (> phase_33 phase_32)))
 (let ((?x12948 (ite $x2399 phase_33 phase_32)))
 (let (($x158 (not (<= ?x12948 (+ phase_32 1)))))
 (let (($x11103 (> phase_33 phase_31)))
 (let ((?x11188 (ite $x11103 phase_33 phase_31)))
 (let (($x13236 (not (<= ?x11188 (+ phase_31 1)))))
 (let (($x7787 (> phase_26 phase_25)))
 (let ((?x8457 (ite $x7787 phase_26 phase_25)))
 (let (($x8818 (not (<= ?x8457 (+ phase_25 1)))))
 (let (($x14111 (> phase_26 phase_24)))
 (let ((?x14095 (ite $x14111 phase_26 phase_24)))
 (let (($x7631 (not (<= ?x14095 (+ phase_24 1)))))
 (let (($x14014 (> phase_23 phase_22)))
 (let ((?x14042 (ite $x14014 phase_23 phase_22)))
 (let (($x14149 (not (<= ?x14042 (+ phase_22 1)))))
 (let (($x13917 (> phase_23 phase_21)))
 (let ((?x13933 (ite $x13917 phase_23 phase_21)))
 (let (($x13971 (not (<= ?x13933 (+ phase_21 1)))))
 (let (($x14444 (> phase_20 phase_19)))
 (let ((?x14411 (ite $x14444 phase_20 phase_19)))
 (let (($x13324 (not (<= ?x14411 (+ phase_19 1)))))
 (let (($x14497 (> phase_20 phase_18)))
 (let ((?x14487 (ite $x14497 phase_20 phase_18)))
 (let (($x14454 (not (<= ?x14487 (+ phase_18 1)))))
 (let (($x14286 (> phase_13 phase_12)))
 (let ((?x14319 (ite $x14286 phase_13 phase_12)))
 (let (($x14357 (not (<= ?x14319 (+ phase_12 1)))))
 (let (($x14190 (> phase_13 phase_11)))
 (let ((?x14200 (ite $x14190 phase_13 phase_11)))
 (let (($x14243 (not (<= ?x14200 (+ phase_11 1)))))
 (let (($x14797 (> phase_10 phase_9)))
 (let ((?x2403 (ite $x14797 phase_10 phase_9)))
 (let (($x153 (not (<= ?x2403 (+ phase_9 1)))))
 (let (($x2471 (> phase_10 phase_8)))
 (let ((?x14840 (ite $x2471 phase_10 phase_8)))
 (let (($x14825 (not (<= ?x14840 (+ phase_8 1)))))
 (let (($x14683 (> phase_7 phase_6)))
 (let ((?x14691 (ite $x14683 phase_7 phase_6)))
 (let (($x2625 (not (<= ?x14691 (+ phase_6 1)))))
 (let (($x14548 (> phase_7 phase_5)))
 (let ((?x14568 (ite $x14548 phase_7 phase_5)))
 (let (($x14612 (not (<= ?x14568 (+ phase_5 1)))))
 (or $x14612 $x2625 $x14825 $x153 $x14243 $x14357 $x14454 $x13324 $x13971 $x14149 $x7631 $x8818 $x13236 $x158 $x426 $x2589 $x15573 $x15129 $x2497 $x15236 $x15200 $x15173 $x15306 $x15282 $x15244 $x15386 $x15364 $x15314 $x15335 $x1331 $x15435 $x15417 $x170 $x2751 $x1991 $x630 $x411 $x303 $x7815 $x8631 $x8761 $x8806 $x12882 $x721 $x13905 $x13241 $x13098 $x14058 $x14000 $x13950 $x14216 $x14163 $x14112 $x14374 $x14320 $x14269 $x14526 $x15550 $x14427 $x14684 $x14631 $x14577 $x14841 $x14788 $x14735 $x14994 $x14941 $x14888 $x15145 $x15099 $x15045 $x15302 $x15251 $x15198 $x1302 $x15404 $x15351 $x2839 $x2849 $x2642 $x2809 $x2819 $x2829 $x2773 $x2783 $x2793 $x2737 $x2753 $x2763 $x2707 $x2717 $x2727 $x2671 $x2681 $x2697 $x2643 $x2669 $x2659 $x2599 $x2609 $x2621 $x2495 $x2525 $x2591 $x2423 $x2421 $x2447 $x2573 $x2369 $x2451 $x2547 $x2563 $x2493 $x2467 $x2407 $x2515 $x2505 $x2377 $x2405 $x2389 $x18555 $x14929))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
