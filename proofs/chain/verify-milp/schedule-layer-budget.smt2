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
 (let (($x2931 (> phase_218 79)))
 (let (($x2930 (> phase_217 79)))
 (let (($x2929 (> phase_216 79)))
 (let (($x2911 (> phase_215 79)))
 (let (($x2867 (> phase_214 79)))
 (let (($x2850 (> phase_213 79)))
 (let (($x2844 (> phase_212 79)))
 (let (($x2842 (> phase_211 79)))
 (let (($x2836 (> phase_210 79)))
 (let (($x2834 (> phase_209 79)))
 (let (($x2832 (> phase_208 79)))
 (let (($x2830 (> phase_207 79)))
 (let (($x2828 (> phase_206 79)))
 (let (($x2826 (> phase_205 79)))
 (let (($x2824 (> phase_204 79)))
 (let (($x2822 (> phase_203 79)))
 (let (($x2820 (> phase_202 79)))
 (let (($x2818 (> phase_201 79)))
 (let (($x2812 (> phase_200 79)))
 (let (($x2810 (> phase_199 79)))
 (let (($x2808 (> phase_198 79)))
 (let (($x2800 (> phase_197 79)))
 (let (($x2798 (> phase_196 79)))
 (let (($x2792 (> phase_195 79)))
 (let (($x2786 (> phase_194 79)))
 (let (($x2782 (> phase_193 79)))
 (let (($x2780 (> phase_192 79)))
 (let (($x2774 (> phase_191 79)))
 (let (($x2772 (> phase_190 79)))
 (let (($x2770 (> phase_189 79)))
 (let (($x2768 (> phase_188 79)))
 (let (($x2766 (> phase_187 79)))
 (let (($x2764 (> phase_186 79)))
 (let (($x2762 (> phase_185 79)))
 (let (($x2760 (> phase_184 79)))
 (let (($x2754 (> phase_183 79)))
 (let (($x2742 (> phase_182 79)))
 (let (($x2740 (> phase_181 79)))
 (let (($x2738 (> phase_180 79)))
 (let (($x2736 (> phase_179 79)))
 (let (($x2734 (> phase_178 79)))
 (let (($x2732 (> phase_177 79)))
 (let (($x2730 (> phase_176 79)))
 (let (($x2728 (> phase_175 79)))
 (let (($x2722 (> phase_174 79)))
 (let (($x2716 (> phase_173 79)))
 (let (($x2712 (> phase_172 79)))
 (let (($x2710 (> phase_171 79)))
 (let (($x2708 (> phase_170 79)))
 (let (($x2706 (> phase_169 79)))
 (let (($x2704 (> phase_168 79)))
 (let (($x2702 (> phase_167 79)))
 (let (($x939 (> phase_166 79)))
 (let (($x2686 (> phase_165 79)))
 (let (($x2684 (> phase_164 79)))
 (let (($x2682 (> phase_163 79)))
 (let (($x2680 (> phase_162 79)))
 (let (($x2678 (> phase_161 79)))
 (let (($x2676 (> phase_160 79)))
 (let (($x2674 (> phase_159 79)))
 (let (($x2672 (> phase_158 79)))
 (let (($x2670 (> phase_157 79)))
 (let (($x2668 (> phase_156 79)))
 (let (($x2666 (> phase_155 79)))
 (let (($x2664 (> phase_154 79)))
 (let (($x2660 (> phase_153 79)))
 (let (($x2658 (> phase_152 79)))
 (let (($x2656 (> phase_151 79)))
 (let (($x2654 (> phase_150 79)))
 (let (($x2652 (> phase_149 79)))
 (let (($x2650 (> phase_148 79)))
 (let (($x2648 (> phase_147 79)))
 (let (($x2646 (> phase_146 79)))
 (let (($x2644 (> phase_145 79)))
 (let (($x842 (> phase_144 79)))
 (let (($x2634 (> phase_143 79)))
 (let (($x2632 (> phase_142 79)))
 (let (($x2628 (> phase_141 79)))
 (let (($x2626 (> phase_140 79)))
 (let (($x2624 (> phase_139 79)))
 (let (($x2622 (> phase_138 79)))
 (let (($x2620 (> phase_137 79)))
 (let (($x2618 (> phase_136 79)))
 (let (($x2616 (> phase_135 79)))
 (let (($x2614 (> phase_134 79)))
 (let (($x2612 (> phase_133 79)))
 (let (($x2606 (> phase_132 79)))
 (let (($x2600 (> phase_131 79)))
 (let (($x2596 (> phase_130 79)))
 (let (($x2594 (> phase_129 79)))
 (let (($x2592 (> phase_128 79)))
 (let (($x2590 (> phase_127 79)))
 (let (($x2582 (> phase_126 79)))
 (let (($x2580 (> phase_125 79)))
 (let (($x2574 (> phase_124 79)))
 (let (($x2568 (> phase_123 79)))
 (let (($x2564 (> phase_122 79)))
 (let (($x2562 (> phase_121 79)))
 (let (($x2560 (> phase_120 79)))
 (let (($x2558 (> phase_119 79)))
 (let (($x2556 (> phase_118 79)))
 (let (($x2554 (> phase_117 79)))
 (let (($x2548 (> phase_116 79)))
 (let (($x2544 (> phase_115 79)))
 (let (($x2542 (> phase_114 79)))
 (let (($x2540 (> phase_113 79)))
 (let (($x2538 (> phase_112 79)))
 (let (($x2530 (> phase_111 79)))
 (let (($x2528 (> phase_110 79)))
 (let (($x2526 (> phase_109 79)))
 (let (($x2524 (> phase_108 79)))
 (let (($x2522 (> phase_107 79)))
 (let (($x2516 (> phase_106 79)))
 (let (($x2512 (> phase_105 79)))
 (let (($x2510 (> phase_104 79)))
 (let (($x2508 (> phase_103 79)))
 (let (($x2506 (> phase_102 79)))
 (let (($x2504 (> phase_101 79)))
 (let (($x2502 (> phase_100 79)))
 (let (($x2500 (> phase_99 79)))
 (let (($x2498 (> phase_98 79)))
 (let (($x2496 (> phase_97 79)))
 (let (($x2490 (> phase_96 79)))
 (let (($x1175 (> phase_95 79)))
 (let (($x2478 (> phase_94 79)))
 (let (($x2476 (> phase_93 79)))
 (let (($x2474 (> phase_92 79)))
 (let (($x2472 (> phase_91 79)))
 (let (($x2470 (> phase_90 79)))
 (let (($x2468 (> phase_89 79)))
 (let (($x2466 (> phase_88 79)))
 (let (($x2464 (> phase_87 79)))
 (let (($x2458 (> phase_86 79)))
 (let (($x2454 (> phase_85 79)))
 (let (($x2452 (> phase_84 79)))
 (let (($x2450 (> phase_83 79)))
 (let (($x2448 (> phase_82 79)))
 (let (($x2446 (> phase_81 79)))
 (let (($x2444 (> phase_80 79)))
 (let (($x2442 (> phase_79 79)))
 (let (($x2440 (> phase_78 79)))
 (let (($x2438 (> phase_77 79)))
 (let (($x2426 (> phase_76 79)))
 (let (($x2422 (> phase_75 79)))
 (let (($x2420 (> phase_74 79)))
 (let (($x2418 (> phase_73 79)))
 (let (($x2416 (> phase_72 79)))
 (let (($x2414 (> phase_71 79)))
 (let (($x2412 (> phase_70 79)))
 (let (($x2408 (> phase_69 79)))
 (let (($x2406 (> phase_68 79)))
 (let (($x2400 (> phase_67 79)))
 (let (($x2396 (> phase_66 79)))
 (let (($x2394 (> phase_65 79)))
 (let (($x2392 (> phase_64 79)))
 (let (($x2390 (> phase_63 79)))
 (let (($x2388 (> phase_62 79)))
 (let (($x2380 (> phase_61 79)))
 (let (($x2376 (> phase_60 79)))
 (let (($x2374 (> phase_59 79)))
 (let (($x2368 (> phase_58 79)))
 (let (($x2367 (> phase_57 79)))
 (let (($x2365 (> phase_56 79)))
 (let (($x2332 (> phase_55 79)))
 (let (($x2331 (> phase_54 79)))
 (let (($x2282 (> phase_53 79)))
 (let (($x2281 (> phase_52 79)))
 (let (($x2262 (> phase_51 79)))
 (let (($x2261 (> phase_50 79)))
 (let (($x2260 (> phase_49 79)))
 (let (($x2259 (> phase_48 79)))
 (let (($x2222 (> phase_47 79)))
 (let (($x2221 (> phase_46 79)))
 (let (($x2202 (> phase_45 79)))
 (let (($x1013 (> phase_44 79)))
 (let (($x2190 (> phase_43 79)))
 (let (($x2189 (> phase_42 79)))
 (let (($x2160 (> phase_41 79)))
 (let (($x2159 (> phase_40 79)))
 (let (($x2150 (> phase_39 79)))
 (let (($x2149 (> phase_38 79)))
 (let (($x2138 (> phase_37 79)))
 (let (($x2137 (> phase_36 79)))
 (let (($x2126 (> phase_35 79)))
 (let (($x2125 (> phase_34 79)))
 (let (($x2118 (> phase_33 79)))
 (let (($x2117 (> phase_32 79)))
 (let (($x2094 (> phase_31 79)))
 (let (($x2093 (> phase_30 79)))
 (let (($x2064 (> phase_29 79)))
 (let (($x2063 (> phase_28 79)))
 (let (($x2058 (> phase_27 79)))
 (let (($x2057 (> phase_26 79)))
 (let (($x2042 (> phase_25 79)))
 (let (($x2041 (> phase_24 79)))
 (let (($x2038 (> phase_23 79)))
 (let (($x2037 (> phase_22 79)))
 (let (($x2032 (> phase_21 79)))
 (let (($x1121 (> phase_20 79)))
 (let (($x2018 (> phase_19 79)))
 (let (($x2017 (> phase_18 79)))
 (let (($x2000 (> phase_17 79)))
 (let (($x1999 (> phase_16 79)))
 (let (($x1978 (> phase_15 79)))
 (let (($x1977 (> phase_14 79)))
 (let (($x1972 (> phase_13 79)))
 (let (($x1971 (> phase_12 79)))
 (let (($x1940 (> phase_11 79)))
 (let (($x1939 (> phase_10 79)))
 (let (($x1882 (> phase_9 79)))
 (let (($x1881 (> phase_8 79)))
 (let (($x1866 (> phase_7 79)))
 (let (($x1865 (> phase_6 79)))
 (let (($x1862 (> phase_5 79)))
 (let (($x1861 (> phase_4 79)))
 (let (($x1858 (> phase_3 79)))
 (let (($x1857 (> phase_2 79)))
 (let (($x2364 (> phase_1 79)))
 (let (($x2363 (> phase_0 79)))
 (or $x2363 $x2364 $x1857 $x1858 $x1861 $x1862 $x1865 $x1866 $x1881 $x1882 $x1939 $x1940 $x1971 $x1972 $x1977 $x1978 $x1999 $x2000 $x2017 $x2018 $x1121 $x2032 $x2037 $x2038 $x2041 $x2042 $x2057 $x2058 $x2063 $x2064 $x2093 $x2094 $x2117 $x2118 $x2125 $x2126 $x2137 $x2138 $x2149 $x2150 $x2159 $x2160 $x2189 $x2190 $x1013 $x2202 $x2221 $x2222 $x2259 $x2260 $x2261 $x2262 $x2281 $x2282 $x2331 $x2332 $x2365 $x2367 $x2368 $x2374 $x2376 $x2380 $x2388 $x2390 $x2392 $x2394 $x2396 $x2400 $x2406 $x2408 $x2412 $x2414 $x2416 $x2418 $x2420 $x2422 $x2426 $x2438 $x2440 $x2442 $x2444 $x2446 $x2448 $x2450 $x2452 $x2454 $x2458 $x2464 $x2466 $x2468 $x2470 $x2472 $x2474 $x2476 $x2478 $x1175 $x2490 $x2496 $x2498 $x2500 $x2502 $x2504 $x2506 $x2508 $x2510 $x2512 $x2516 $x2522 $x2524 $x2526 $x2528 $x2530 $x2538 $x2540 $x2542 $x2544 $x2548 $x2554 $x2556 $x2558 $x2560 $x2562 $x2564 $x2568 $x2574 $x2580 $x2582 $x2590 $x2592 $x2594 $x2596 $x2600 $x2606 $x2612 $x2614 $x2616 $x2618 $x2620 $x2622 $x2624 $x2626 $x2628 $x2632 $x2634 $x842 $x2644 $x2646 $x2648 $x2650 $x2652 $x2654 $x2656 $x2658 $x2660 $x2664 $x2666 $x2668 $x2670 $x2672 $x2674 $x2676 $x2678 $x2680 $x2682 $x2684 $x2686 $x939 $x2702 $x2704 $x2706 $x2708 $x2710 $x2712 $x2716 $x2722 $x2728 $x2730 $x2732 $x2734 $x2736 $x2738 $x2740 $x2742 $x2754 $x2760 $x2762 $x2764 $x2766 $x2768 $x2770 $x2772 $x2774 $x2780 $x2782 $x2786 $x2792 $x2798 $x2800 $x2808 $x2810 $x2812 $x2818 $x2820 $x2822 $x2824 $x2826 $x2828 $x2830 $x2832 $x2834 $x2836 $x2842 $x2844 $x2850 $x2867 $x2911 $x2929 $x2930 $x2931)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
