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
 (let (($x241 (> phase_218 phase_217)))
 (let ((?x14996 (ite $x241 phase_218 phase_217)))
 (let (($x18391 (not (<= ?x14996 (+ phase_217 1)))))
 (let (($x2597 (> phase_218 phase_216)))
 (let ((?x2741 (ite $x2597 phase_218 phase_216)))
 (let (($x18395 (not (<= ?x2741 (+ phase_216 1)))))
 (let (($x2603 (> phase_215 phase_214)))
 (let ((?x2609 (ite $x2603 phase_215 phase_214)))
 (let (($x2601 (not (<= ?x2609 (+ phase_214 1)))))
 (let (($x2605 (> phase_215 phase_213)))
 (let ((?x2607 (ite $x2605 phase_215 phase_213)))
 (let (($x2617 (not (<= ?x2607 (+ phase_213 1)))))
 (let (($x3971 (> phase_215 phase_212)))
 (let ((?x4001 (ite $x3971 phase_215 phase_212)))
 (let (($x2595 (not (<= ?x4001 (+ phase_212 1)))))
 (let (($x2721 (> phase_211 phase_210)))
 (let ((?x2723 (ite $x2721 phase_211 phase_210)))
 (let (($x2717 (not (<= ?x2723 (+ phase_210 1)))))
 (let (($x2623 (> phase_211 phase_209)))
 (let ((?x2733 (ite $x2623 phase_211 phase_209)))
 (let (($x2727 (not (<= ?x2733 (+ phase_209 1)))))
 (let (($x2673 (> phase_211 phase_208)))
 (let ((?x2661 (ite $x2673 phase_211 phase_208)))
 (let (($x2619 (not (<= ?x2661 (+ phase_208 1)))))
 (let (($x2699 (> phase_207 phase_206)))
 (let ((?x2685 (ite $x2699 phase_207 phase_206)))
 (let (($x2679 (not (<= ?x2685 (+ phase_206 1)))))
 (let (($x2769 (> phase_207 phase_205)))
 (let ((?x2767 (ite $x2769 phase_207 phase_205)))
 (let (($x2705 (not (<= ?x2767 (+ phase_205 1)))))
 (let (($x2763 (> phase_207 phase_204)))
 (let ((?x2765 (ite $x2763 phase_207 phase_204)))
 (let (($x2775 (not (<= ?x2765 (+ phase_204 1)))))
 (let (($x2657 (> phase_203 phase_202)))
 (let ((?x2755 (ite $x2657 phase_203 phase_202)))
 (let (($x2759 (not (<= ?x2755 (+ phase_202 1)))))
 (let (($x2627 (> phase_203 phase_201)))
 (let ((?x2625 (ite $x2627 phase_203 phase_201)))
 (let (($x2663 (not (<= ?x2625 (+ phase_201 1)))))
 (let (($x2791 (> phase_203 phase_200)))
 (let ((?x2794 (ite $x2791 phase_203 phase_200)))
 (let (($x2581 (not (<= ?x2794 (+ phase_200 1)))))
 (let (($x2647 (> phase_195 phase_194)))
 (let ((?x2781 (ite $x2647 phase_195 phase_194)))
 (let (($x2785 (not (<= ?x2781 (+ phase_194 1)))))
 (let (($x2689 (> phase_195 phase_193)))
 (let ((?x2677 (ite $x2689 phase_195 phase_193)))
 (let (($x2659 (not (<= ?x2677 (+ phase_193 1)))))
 (let (($x2753 (> phase_192 phase_191)))
 (let ((?x2649 (ite $x2753 phase_192 phase_191)))
 (let (($x2633 (not (<= ?x2649 (+ phase_191 1)))))
 (let (($x2797 (> phase_192 phase_190)))
 (let ((?x2629 (ite $x2797 phase_192 phase_190)))
 (let (($x2635 (not (<= ?x2629 (+ phase_190 1)))))
 (let (($x1059 (> phase_189 phase_188)))
 (let ((?x2813 (ite $x1059 phase_189 phase_188)))
 (let (($x2809 (not (<= ?x2813 (+ phase_188 1)))))
 (let (($x2719 (> phase_189 phase_187)))
 (let ((?x2725 (ite $x2719 phase_189 phase_187)))
 (let (($x2737 (not (<= ?x2725 (+ phase_187 1)))))
 (let (($x2835 (> phase_179 phase_178)))
 (let ((?x2833 (ite $x2835 phase_179 phase_178)))
 (let (($x2707 (not (<= ?x2833 (+ phase_178 1)))))
 (let (($x2831 (> phase_179 phase_177)))
 (let ((?x2845 (ite $x2831 phase_179 phase_177)))
 (let (($x2839 (not (<= ?x2845 (+ phase_177 1)))))
 (let (($x2821 (> phase_176 phase_175)))
 (let ((?x2823 (ite $x2821 phase_176 phase_175)))
 (let (($x2827 (not (<= ?x2823 (+ phase_175 1)))))
 (let (($x2873 (> phase_176 phase_174)))
 (let ((?x2871 (ite $x2873 phase_176 phase_174)))
 (let (($x2817 (not (<= ?x2871 (+ phase_174 1)))))
 (let (($x2883 (> phase_173 phase_172)))
 (let ((?x2881 (ite $x2883 phase_173 phase_172)))
 (let (($x2877 (not (<= ?x2881 (+ phase_172 1)))))
 (let (($x2865 (> phase_173 phase_171)))
 (let ((?x2867 (ite $x2865 phase_173 phase_171)))
 (let (($x2887 (not (<= ?x2867 (+ phase_171 1)))))
 (let (($x2849 (> phase_166 phase_165)))
 (let ((?x2851 (ite $x2849 phase_166 phase_165)))
 (let (($x2855 (not (<= ?x2851 (+ phase_165 1)))))
 (let (($x2903 (> phase_166 phase_164)))
 (let ((?x2905 (ite $x2903 phase_166 phase_164)))
 (let (($x2909 (not (<= ?x2905 (+ phase_164 1)))))
 (let (($x2893 (> phase_163 phase_162)))
 (let ((?x2895 (ite $x2893 phase_163 phase_162)))
 (let (($x2899 (not (<= ?x2895 (+ phase_162 1)))))
 (let (($x2947 (> phase_163 phase_161)))
 (let ((?x2944 (ite $x2947 phase_163 phase_161)))
 (let (($x2889 (not (<= ?x2944 (+ phase_161 1)))))
 (let (($x2962 (> phase_160 phase_159)))
 (let ((?x2959 (ite $x2962 phase_160 phase_159)))
 (let (($x2953 (not (<= ?x2959 (+ phase_159 1)))))
 (let (($x2930 (> phase_160 phase_158)))
 (let ((?x2933 (ite $x2930 phase_160 phase_158)))
 (let (($x2939 (not (<= ?x2933 (+ phase_158 1)))))
 (let (($x2913 (> phase_156 phase_155)))
 (let ((?x2915 (ite $x2913 phase_156 phase_155)))
 (let (($x2925 (not (<= ?x2915 (+ phase_155 1)))))
 (let (($x2989 (> phase_156 phase_154)))
 (let ((?x2991 (ite $x2989 phase_156 phase_154)))
 (let (($x2995 (not (<= ?x2991 (+ phase_154 1)))))
 (let (($x2973 (> phase_153 phase_152)))
 (let ((?x988 (ite $x2973 phase_153 phase_152)))
 (let (($x2985 (not (<= ?x988 (+ phase_152 1)))))
 (let (($x3021 (> phase_153 phase_151)))
 (let ((?x3019 (ite $x3021 phase_153 phase_151)))
 (let (($x2968 (not (<= ?x3019 (+ phase_151 1)))))
 (let (($x3031 (> phase_150 phase_149)))
 (let ((?x3029 (ite $x3031 phase_150 phase_149)))
 (let (($x3025 (not (<= ?x3029 (+ phase_149 1)))))
 (let (($x3009 (> phase_150 phase_148)))
 (let ((?x3011 (ite $x3009 phase_150 phase_148)))
 (let (($x3015 (not (<= ?x3011 (+ phase_148 1)))))
 (let (($x2999 (> phase_147 phase_146)))
 (let ((?x3001 (ite $x2999 phase_147 phase_146)))
 (let (($x3005 (not (<= ?x3001 (+ phase_146 1)))))
 (let (($x3055 (> phase_147 phase_145)))
 (let ((?x3057 (ite $x3055 phase_147 phase_145)))
 (let (($x3061 (not (<= ?x3057 (+ phase_145 1)))))
 (let (($x3045 (> phase_143 phase_142)))
 (let ((?x3047 (ite $x3045 phase_143 phase_142)))
 (let (($x3051 (not (<= ?x3047 (+ phase_142 1)))))
 (let (($x3087 (> phase_143 phase_141)))
 (let ((?x3085 (ite $x3087 phase_143 phase_141)))
 (let (($x843 (not (<= ?x3085 (+ phase_141 1)))))
 (let (($x15425 (> phase_140 phase_139)))
 (let ((?x15435 (ite $x15425 phase_140 phase_139)))
 (let (($x1347 (not (<= ?x15435 (+ phase_139 1)))))
 (let (($x3075 (> phase_140 phase_138)))
 (let ((?x3077 (ite $x3075 phase_140 phase_138)))
 (let (($x3081 (not (<= ?x3077 (+ phase_138 1)))))
 (let (($x3065 (> phase_137 phase_136)))
 (let ((?x3067 (ite $x3065 phase_137 phase_136)))
 (let (($x3071 (not (<= ?x3067 (+ phase_136 1)))))
 (let (($x15336 (> phase_137 phase_135)))
 (let ((?x15326 (ite $x15336 phase_137 phase_135)))
 (let (($x15307 (not (<= ?x15326 (+ phase_135 1)))))
 (let (($x15387 (> phase_134 phase_133)))
 (let ((?x15379 (ite $x15387 phase_134 phase_133)))
 (let (($x15354 (not (<= ?x15379 (+ phase_133 1)))))
 (let (($x15173 (> phase_134 phase_132)))
 (let ((?x15183 (ite $x15173 phase_134 phase_132)))
 (let (($x15407 (not (<= ?x15183 (+ phase_132 1)))))
 (let (($x15122 (> phase_130 phase_129)))
 (let ((?x15130 (ite $x15122 phase_130 phase_129)))
 (let (($x15150 (not (<= ?x15130 (+ phase_129 1)))))
 (let (($x15236 (> phase_130 phase_128)))
 (let ((?x15221 (ite $x15236 phase_130 phase_128)))
 (let (($x15201 (not (<= ?x15221 (+ phase_128 1)))))
 (let (($x15282 (> phase_127 phase_126)))
 (let ((?x15272 (ite $x15282 phase_127 phase_126)))
 (let (($x15254 (not (<= ?x15272 (+ phase_126 1)))))
 (let (($x15570 (> phase_127 phase_125)))
 (let ((?x15015 (ite $x15570 phase_127 phase_125)))
 (let (($x14997 (not (<= ?x15015 (+ phase_125 1)))))
 (let (($x15078 (> phase_124 phase_123)))
 (let ((?x15068 (ite $x15078 phase_124 phase_123)))
 (let (($x15048 (not (<= ?x15068 (+ phase_123 1)))))
 (let (($x14863 (> phase_124 phase_122)))
 (let ((?x14873 (ite $x14863 phase_124 phase_122)))
 (let (($x15102 (not (<= ?x14873 (+ phase_122 1)))))
 (let (($x14811 (> phase_121 phase_120)))
 (let ((?x14819 (ite $x14811 phase_121 phase_120)))
 (let (($x14844 (not (<= ?x14819 (+ phase_120 1)))))
 (let (($x14926 (> phase_121 phase_119)))
 (let ((?x14916 (ite $x14926 phase_121 phase_119)))
 (let (($x14893 (not (<= ?x14916 (+ phase_119 1)))))
 (let (($x14977 (> phase_117 phase_116)))
 (let ((?x14969 (ite $x14977 phase_117 phase_116)))
 (let (($x14944 (not (<= ?x14969 (+ phase_116 1)))))
 (let (($x14720 (> phase_117 phase_115)))
 (let ((?x14705 (ite $x14720 phase_117 phase_115)))
 (let (($x14687 (not (<= ?x14705 (+ phase_115 1)))))
 (let (($x14768 (> phase_114 phase_113)))
 (let ((?x14758 (ite $x14768 phase_114 phase_113)))
 (let (($x14740 (not (<= ?x14758 (+ phase_113 1)))))
 (let (($x14554 (> phase_114 phase_112)))
 (let ((?x14562 (ite $x14554 phase_114 phase_112)))
 (let (($x14791 (not (<= ?x14562 (+ phase_112 1)))))
 (let (($x14501 (> phase_111 phase_110)))
 (let ((?x14511 (ite $x14501 phase_111 phase_110)))
 (let (($x14529 (not (<= ?x14511 (+ phase_110 1)))))
 (let (($x14616 (> phase_111 phase_109)))
 (let ((?x14605 (ite $x14616 phase_111 phase_109)))
 (let (($x14582 (not (<= ?x14605 (+ phase_109 1)))))
 (let (($x14669 (> phase_108 phase_107)))
 (let ((?x14659 (ite $x14669 phase_108 phase_107)))
 (let (($x14634 (not (<= ?x14659 (+ phase_107 1)))))
 (let (($x14405 (> phase_108 phase_106)))
 (let ((?x14397 (ite $x14405 phase_108 phase_106)))
 (let (($x14377 (not (<= ?x14397 (+ phase_106 1)))))
 (let (($x14458 (> phase_104 phase_103)))
 (let ((?x14448 (ite $x14458 phase_104 phase_103)))
 (let (($x14430 (not (<= ?x14448 (+ phase_103 1)))))
 (let (($x14239 (> phase_104 phase_102)))
 (let ((?x14247 (ite $x14239 phase_104 phase_102)))
 (let (($x14481 (not (<= ?x14247 (+ phase_102 1)))))
 (let (($x14186 (> phase_101 phase_100)))
 (let ((?x14196 (ite $x14186 phase_101 phase_100)))
 (let (($x14219 (not (<= ?x14196 (+ phase_100 1)))))
 (let (($x14300 (> phase_101 phase_99)))
 (let ((?x14290 (ite $x14300 phase_101 phase_99)))
 (let (($x14272 (not (<= ?x14290 (+ phase_99 1)))))
 (let (($x14353 (> phase_98 phase_97)))
 (let ((?x14343 (ite $x14353 phase_98 phase_97)))
 (let (($x14325 (not (<= ?x14343 (+ phase_97 1)))))
 (let (($x14091 (> phase_98 phase_96)))
 (let ((?x14081 (ite $x14091 phase_98 phase_96)))
 (let (($x14061 (not (<= ?x14081 (+ phase_96 1)))))
 (let (($x14143 (> phase_95 phase_94)))
 (let ((?x14133 (ite $x14143 phase_95 phase_94)))
 (let (($x14115 (not (<= ?x14133 (+ phase_94 1)))))
 (let (($x13929 (> phase_95 phase_93)))
 (let ((?x13937 (ite $x13929 phase_95 phase_93)))
 (let (($x14168 (not (<= ?x13937 (+ phase_93 1)))))
 (let (($x13306 (> phase_91 phase_90)))
 (let ((?x13892 (ite $x13306 phase_91 phase_90)))
 (let (($x13908 (not (<= ?x13892 (+ phase_90 1)))))
 (let (($x13985 (> phase_91 phase_89)))
 (let ((?x13977 (ite $x13985 phase_91 phase_89)))
 (let (($x13953 (not (<= ?x13977 (+ phase_89 1)))))
 (let (($x14038 (> phase_88 phase_87)))
 (let ((?x14028 (ite $x14038 phase_88 phase_87)))
 (let (($x14010 (not (<= ?x14028 (+ phase_87 1)))))
 (let (($x13037 (> phase_88 phase_86)))
 (let ((?x12967 (ite $x13037 phase_88 phase_86)))
 (let (($x10682 (not (<= ?x12967 (+ phase_86 1)))))
 (let (($x13190 (> phase_85 phase_84)))
 (let ((?x13169 (ite $x13190 phase_85 phase_84)))
 (let (($x13114 (not (<= ?x13169 (+ phase_84 1)))))
 (let (($x7719 (> phase_85 phase_83)))
 (let ((?x7558 (ite $x7719 phase_85 phase_83)))
 (let (($x13248 (not (<= ?x7558 (+ phase_83 1)))))
 (let (($x7672 (> phase_82 phase_81)))
 (let ((?x7506 (ite $x7672 phase_82 phase_81)))
 (let (($x7613 (not (<= ?x7506 (+ phase_81 1)))))
 (let (($x593 (> phase_82 phase_80)))
 (let ((?x629 (ite $x593 phase_82 phase_80)))
 (let (($x704 (not (<= ?x629 (+ phase_80 1)))))
 (let (($x21064 (> phase_78 phase_77)))
 (let ((?x21031 (ite $x21064 phase_78 phase_77)))
 (let (($x20962 (not (<= ?x21031 (+ phase_77 1)))))
 (let (($x1029 (> phase_78 phase_76)))
 (let ((?x949 (ite $x1029 phase_78 phase_76)))
 (let (($x1486 (not (<= ?x949 (+ phase_76 1)))))
 (let (($x14260 (> phase_75 phase_74)))
 (let ((?x8924 (ite $x14260 phase_75 phase_74)))
 (let (($x8648 (not (<= ?x8924 (+ phase_74 1)))))
 (let (($x254 (> phase_75 phase_73)))
 (let ((?x268 (ite $x254 phase_75 phase_73)))
 (let (($x8765 (not (<= ?x268 (+ phase_73 1)))))
 (let (($x156 (> phase_72 phase_71)))
 (let ((?x147 (ite $x156 phase_72 phase_71)))
 (let (($x188 (not (<= ?x147 (+ phase_71 1)))))
 (let (($x376 (> phase_72 phase_70)))
 (let ((?x362 (ite $x376 phase_72 phase_70)))
 (let (($x315 (not (<= ?x362 (+ phase_70 1)))))
 (let (($x2338 (> phase_69 phase_68)))
 (let ((?x2980 (ite $x2338 phase_69 phase_68)))
 (let (($x442 (not (<= ?x2980 (+ phase_68 1)))))
 (let (($x1266 (> phase_69 phase_67)))
 (let ((?x1277 (ite $x1266 phase_69 phase_67)))
 (let (($x15581 (not (<= ?x1277 (+ phase_67 1)))))
 (let (($x16673 (> phase_65 phase_64)))
 (let ((?x1642 (ite $x16673 phase_65 phase_64)))
 (let (($x1378 (not (<= ?x1642 (+ phase_64 1)))))
 (let (($x15382 (> phase_65 phase_63)))
 (let ((?x15381 (ite $x15382 phase_65 phase_63)))
 (let (($x2299 (not (<= ?x15381 (+ phase_63 1)))))
 (let (($x15348 (> phase_62 phase_61)))
 (let ((?x15359 (ite $x15348 phase_62 phase_61)))
 (let (($x15580 (not (<= ?x15359 (+ phase_61 1)))))
 (let (($x15399 (> phase_62 phase_60)))
 (let ((?x15400 (ite $x15399 phase_62 phase_60)))
 (let (($x15392 (not (<= ?x15400 (+ phase_60 1)))))
 (let (($x15430 (> phase_59 phase_58)))
 (let ((?x15419 (ite $x15430 phase_59 phase_58)))
 (let (($x15409 (not (<= ?x15419 (+ phase_58 1)))))
 (let (($x2773 (> phase_59 phase_57)))
 (let ((?x15276 (ite $x2773 phase_59 phase_57)))
 (let (($x15284 (not (<= ?x15276 (+ phase_57 1)))))
 (let (($x15310 (> phase_56 phase_55)))
 (let ((?x15294 (ite $x15310 phase_56 phase_55)))
 (let (($x15266 (not (<= ?x15294 (+ phase_55 1)))))
 (let (($x15328 (> phase_56 phase_54)))
 (let ((?x15329 (ite $x15328 phase_56 phase_54)))
 (let (($x15320 (not (<= ?x15329 (+ phase_54 1)))))
 (let (($x15206 (> phase_52 phase_51)))
 (let ((?x15205 (ite $x15206 phase_52 phase_51)))
 (let (($x15338 (not (<= ?x15205 (+ phase_51 1)))))
 (let (($x15224 (> phase_52 phase_50)))
 (let ((?x15213 (ite $x15224 phase_52 phase_50)))
 (let (($x15196 (not (<= ?x15213 (+ phase_50 1)))))
 (let (($x15246 (> phase_49 phase_48)))
 (let ((?x15249 (ite $x15246 phase_49 phase_48)))
 (let (($x15239 (not (<= ?x15249 (+ phase_48 1)))))
 (let (($x15135 (> phase_49 phase_47)))
 (let ((?x15132 (ite $x15135 phase_49 phase_47)))
 (let (($x15256 (not (<= ?x15132 (+ phase_47 1)))))
 (let (($x15142 (> phase_46 phase_45)))
 (let ((?x15143 (ite $x15142 phase_46 phase_45)))
 (let (($x15125 (not (<= ?x15143 (+ phase_45 1)))))
 (let (($x15176 (> phase_46 phase_44)))
 (let ((?x15167 (ite $x15176 phase_46 phase_44)))
 (let (($x15152 (not (<= ?x15167 (+ phase_44 1)))))
 (let (($x15052 (> phase_43 phase_42)))
 (let ((?x15061 (ite $x15052 phase_43 phase_42)))
 (let (($x15186 (not (<= ?x15061 (+ phase_42 1)))))
 (let (($x15070 (> phase_43 phase_41)))
 (let ((?x15071 (ite $x15070 phase_43 phase_41)))
 (let (($x2709 (not (<= ?x15071 (+ phase_41 1)))))
 (let (($x15105 (> phase_39 phase_38)))
 (let ((?x15571 (ite $x15105 phase_39 phase_38)))
 (let (($x15080 (not (<= ?x15571 (+ phase_38 1)))))
 (let (($x1204 (> phase_39 phase_37)))
 (let ((?x748 (ite $x1204 phase_39 phase_37)))
 (let (($x15115 (not (<= ?x748 (+ phase_37 1)))))
 (let (($x657 (> phase_36 phase_35)))
 (let ((?x673 (ite $x657 phase_36 phase_35)))
 (let (($x3089 (not (<= ?x673 (+ phase_35 1)))))
 (let (($x287 (> phase_36 phase_34)))
 (let ((?x381 (ite $x287 phase_36 phase_34)))
 (let (($x496 (not (<= ?x381 (+ phase_34 1)))))
 (let (($x2611 (> phase_33 phase_32)))
 (let ((?x13138 (ite $x2611 phase_33 phase_32)))
 (let (($x159 (not (<= ?x13138 (+ phase_32 1)))))
 (let (($x12909 (> phase_33 phase_31)))
 (let ((?x12956 (ite $x12909 phase_33 phase_31)))
 (let (($x13276 (not (<= ?x12956 (+ phase_31 1)))))
 (let (($x8160 (> phase_26 phase_25)))
 (let ((?x8581 (ite $x8160 phase_26 phase_25)))
 (let (($x9109 (not (<= ?x8581 (+ phase_25 1)))))
 (let (($x14132 (> phase_26 phase_24)))
 (let ((?x14124 (ite $x14132 phase_26 phase_24)))
 (let (($x7757 (not (<= ?x14124 (+ phase_24 1)))))
 (let (($x14047 (> phase_23 phase_22)))
 (let ((?x14080 (ite $x14047 phase_23 phase_22)))
 (let (($x14185 (not (<= ?x14080 (+ phase_22 1)))))
 (let (($x13936 (> phase_23 phase_21)))
 (let ((?x13952 (ite $x13936 phase_23 phase_21)))
 (let (($x13994 (not (<= ?x13952 (+ phase_21 1)))))
 (let (($x14480 (> phase_20 phase_19)))
 (let ((?x14447 (ite $x14480 phase_20 phase_19)))
 (let (($x13899 (not (<= ?x14447 (+ phase_19 1)))))
 (let (($x14528 (> phase_20 phase_18)))
 (let ((?x14518 (ite $x14528 phase_20 phase_18)))
 (let (($x14490 (not (<= ?x14518 (+ phase_18 1)))))
 (let (($x14322 (> phase_13 phase_12)))
 (let ((?x14352 (ite $x14322 phase_13 phase_12)))
 (let (($x14396 (not (<= ?x14352 (+ phase_12 1)))))
 (let (($x14238 (> phase_13 phase_11)))
 (let ((?x14246 (ite $x14238 phase_13 phase_11)))
 (let (($x14289 (not (<= ?x14246 (+ phase_11 1)))))
 (let (($x14828 (> phase_10 phase_9)))
 (let ((?x2615 (ite $x14828 phase_10 phase_9)))
 (let (($x157 (not (<= ?x2615 (+ phase_9 1)))))
 (let (($x2683 (> phase_10 phase_8)))
 (let ((?x14872 (ite $x2683 phase_10 phase_8)))
 (let (($x14862 (not (<= ?x14872 (+ phase_8 1)))))
 (let (($x14719 (> phase_7 phase_6)))
 (let ((?x14729 (ite $x14719 phase_7 phase_6)))
 (let (($x2843 (not (<= ?x14729 (+ phase_6 1)))))
 (let (($x14581 (> phase_7 phase_5)))
 (let ((?x14615 (ite $x14581 phase_7 phase_5)))
 (let (($x14658 (not (<= ?x14615 (+ phase_5 1)))))
 (or $x14658 $x2843 $x14862 $x157 $x14289 $x14396 $x14490 $x13899 $x13994 $x14185 $x7757 $x9109 $x13276 $x159 $x496 $x3089 $x15115 $x15080 $x2709 $x15186 $x15152 $x15125 $x15256 $x15239 $x15196 $x15338 $x15320 $x15266 $x15284 $x15409 $x15392 $x15580 $x2299 $x1378 $x15581 $x442 $x315 $x188 $x8765 $x8648 $x1486 $x20962 $x704 $x7613 $x13248 $x13114 $x10682 $x14010 $x13953 $x13908 $x14168 $x14115 $x14061 $x14325 $x14272 $x14219 $x14481 $x14430 $x14377 $x14634 $x14582 $x14529 $x14791 $x14740 $x14687 $x14944 $x14893 $x14844 $x15102 $x15048 $x14997 $x15254 $x15201 $x15150 $x15407 $x15354 $x15307 $x3071 $x3081 $x1347 $x843 $x3051 $x3061 $x3005 $x3015 $x3025 $x2968 $x2985 $x2995 $x2925 $x2939 $x2953 $x2889 $x2899 $x2909 $x2855 $x2887 $x2877 $x2817 $x2827 $x2839 $x2707 $x2737 $x2809 $x2635 $x2633 $x2659 $x2785 $x2581 $x2663 $x2759 $x2775 $x2705 $x2679 $x2619 $x2727 $x2717 $x2595 $x2617 $x2601 $x18395 $x18391))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
