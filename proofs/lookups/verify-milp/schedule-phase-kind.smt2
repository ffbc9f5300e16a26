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
 (let (($x8616 (not (and (>= phase_170 0) (= (mod phase_170 4) 2)))))
 (let (($x8855 (not (and (>= phase_169 0) (= (mod phase_169 4) 0)))))
 (let (($x8909 (not (and (>= phase_168 0) (= (mod phase_168 4) 0)))))
 (let (($x7456 (not (and (>= phase_167 0) (= (mod phase_167 4) 2)))))
 (let (($x646 (not (and (>= phase_166 0) (= (mod phase_166 4) 0)))))
 (let (($x21077 (not (and (>= phase_165 0) (= (mod phase_165 4) 0)))))
 (let (($x21068 (not (and (>= phase_164 0) (= (mod phase_164 4) 2)))))
 (let (($x21059 (not (and (>= phase_163 0) (= (mod phase_163 4) 0)))))
 (let (($x21053 (not (and (>= phase_162 0) (= (mod phase_162 4) 0)))))
 (let (($x21044 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x21035 (not (and (>= phase_160 0) (= (mod phase_160 4) 0)))))
 (let (($x21026 (not (and (>= phase_159 0) (= (mod phase_159 4) 0)))))
 (let (($x21017 (not (and (>= phase_158 0) (= (mod phase_158 4) 2)))))
 (let (($x21005 (not (and (>= phase_157 0) (= (mod phase_157 4) 0)))))
 (let (($x20996 (not (and (>= phase_156 0) (= (mod phase_156 4) 0)))))
 (let (($x20990 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x20981 (not (and (>= phase_154 0) (= (mod phase_154 4) 0)))))
 (let (($x20972 (not (and (>= phase_153 0) (= (mod phase_153 4) 0)))))
 (let (($x20963 (not (and (>= phase_152 0) (= (mod phase_152 4) 2)))))
 (let (($x20954 (not (and (>= phase_151 0) (= (mod phase_151 4) 0)))))
 (let (($x12866 (not (and (>= phase_150 0) (= (mod phase_150 4) 0)))))
 (let (($x12901 (not (and (>= phase_149 0) (= (mod phase_149 4) 2)))))
 (let (($x12916 (not (and (>= phase_148 0) (= (mod phase_148 4) 0)))))
 (let (($x12956 (not (and (>= phase_147 0) (= (mod phase_147 4) 0)))))
 (let (($x12941 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x12945 (not (and (>= phase_145 0) (= (mod phase_145 4) 0)))))
 (let (($x589 (not (and (>= phase_144 0) (= (mod phase_144 4) 0)))))
 (let (($x598 (not (and (>= phase_143 0) (= (mod phase_143 4) 2)))))
 (let (($x607 (not (and (>= phase_142 0) (= (mod phase_142 4) 0)))))
 (let (($x616 (not (and (>= phase_141 0) (= (mod phase_141 4) 0)))))
 (let (($x625 (not (and (>= phase_140 0) (= (mod phase_140 4) 2)))))
 (let (($x634 (not (and (>= phase_139 0) (= (mod phase_139 4) 0)))))
 (let (($x643 (not (and (>= phase_138 0) (= (mod phase_138 4) 0)))))
 (let (($x655 (not (and (>= phase_137 0) (= (mod phase_137 4) 2)))))
 (let (($x664 (not (and (>= phase_136 0) (= (mod phase_136 4) 0)))))
 (let (($x673 (not (and (>= phase_135 0) (= (mod phase_135 4) 0)))))
 (let (($x682 (not (and (>= phase_134 0) (= (mod phase_134 4) 2)))))
 (let (($x691 (not (and (>= phase_133 0) (= (mod phase_133 4) 0)))))
 (let (($x700 (not (and (>= phase_132 0) (= (mod phase_132 4) 0)))))
 (let (($x709 (not (and (>= phase_131 0) (= (mod phase_131 4) 2)))))
 (let (($x721 (not (and (>= phase_130 0) (= (mod phase_130 4) 0)))))
 (let (($x730 (not (and (>= phase_129 0) (= (mod phase_129 4) 0)))))
 (let (($x739 (not (and (>= phase_128 0) (= (mod phase_128 4) 2)))))
 (let (($x748 (not (and (>= phase_127 0) (= (mod phase_127 4) 0)))))
 (let (($x757 (not (and (>= phase_126 0) (= (mod phase_126 4) 0)))))
 (let (($x583 (not (and (>= phase_125 0) (= (mod phase_125 4) 0)))))
 (let (($x574 (not (and (>= phase_124 0) (= (mod phase_124 4) 0)))))
 (let (($x7987 (not (and (>= phase_123 0) (= (mod phase_123 4) 0)))))
 (let (($x7974 (not (and (>= phase_122 0) (= (mod phase_122 4) 0)))))
 (let (($x7955 (not (and (>= phase_121 0) (= (mod phase_121 4) 0)))))
 (let (($x7953 (not (and (>= phase_120 0) (= (mod phase_120 4) 0)))))
 (let (($x7908 (not (and (>= phase_119 0) (= (mod phase_119 4) 0)))))
 (let (($x7439 (not (and (>= phase_118 0) (= (mod phase_118 4) 0)))))
 (let (($x7754 (not (and (>= phase_117 0) (= (mod phase_117 4) 0)))))
 (let (($x7782 (not (and (>= phase_116 0) (= (mod phase_116 4) 0)))))
 (let (($x7735 (not (and (>= phase_115 0) (= (mod phase_115 4) 0)))))
 (let (($x7658 (not (and (>= phase_114 0) (= (mod phase_114 4) 0)))))
 (let (($x7906 (not (and (>= phase_113 0) (= (mod phase_113 4) 0)))))
 (let (($x7887 (not (and (>= phase_112 0) (= (mod phase_112 4) 0)))))
 (let (($x7865 (not (and (>= phase_111 0) (= (mod phase_111 4) 0)))))
 (let (($x7846 (not (and (>= phase_110 0) (= (mod phase_110 4) 0)))))
 (let (($x7816 (not (and (>= phase_109 0) (= (mod phase_109 2) 1)))))
 (let (($x7842 (not (and (>= phase_108 0) (= (mod phase_108 4) 2)))))
 (let (($x7838 (not (and (>= phase_107 0) (= (mod phase_107 4) 2)))))
 (let (($x7719 (not (and (>= phase_106 0) (= (mod phase_106 4) 2)))))
 (let (($x7834 (not (and (>= phase_105 0) (= (mod phase_105 2) 1)))))
 (let (($x7598 (not (and (>= phase_104 0) (= (mod phase_104 4) 2)))))
 (let (($x7631 (not (and (>= phase_103 0) (= (mod phase_103 4) 2)))))
 (let (($x8924 (not (and (>= phase_102 0) (= (mod phase_102 2) 1)))))
 (let (($x8380 (not (and (>= phase_101 0) (= (mod phase_101 4) 2)))))
 (let (($x13062 (not (and (>= phase_100 0) (= (mod phase_100 4) 2)))))
 (let (($x13215 (not (and (>= phase_99 0) (= (mod phase_99 4) 2)))))
 (let (($x13405 (not (and (>= phase_98 0) (= (mod phase_98 2) 1)))))
 (let (($x13631 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x13893 (not (and (>= phase_96 0) (= (mod phase_96 4) 2)))))
 (let (($x14191 (not (and (>= phase_95 0) (= (mod phase_95 4) 2)))))
 (let (($x14525 (not (and (>= phase_94 0) (= (mod phase_94 2) 1)))))
 (let (($x14896 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x15302 (not (and (>= phase_92 0) (= (mod phase_92 4) 2)))))
 (let (($x9142 (not (and (>= phase_91 0) (= (mod phase_91 4) 2)))))
 (let (($x11935 (not (and (>= phase_90 0) (= (mod phase_90 2) 1)))))
 (let (($x11103 (not (and (>= phase_89 0) (= (mod phase_89 4) 2)))))
 (let (($x11058 (not (and (>= phase_88 0) (= (mod phase_88 4) 2)))))
 (let (($x9269 (not (and (>= phase_87 0) (= (mod phase_87 4) 2)))))
 (let (($x8763 (not (and (>= phase_86 0) (= (mod phase_86 2) 1)))))
 (let (($x9091 (not (and (>= phase_85 0) (= (mod phase_85 4) 2)))))
 (let (($x547 (not (and (>= phase_84 0) (= (mod phase_84 4) 2)))))
 (let (($x7802 (not (and (>= phase_83 0) (= (mod phase_83 2) 1)))))
 (let (($x9151 (not (and (>= phase_82 0) (= (mod phase_82 4) 2)))))
 (let (($x1101 (not (and (>= phase_81 0) (= (mod phase_81 4) 2)))))
 (let (($x944 (not (and (>= phase_80 0) (= (mod phase_80 4) 2)))))
 (let (($x1154 (not (and (>= phase_79 0) (= (mod phase_79 2) 1)))))
 (let (($x1043 (not (and (>= phase_78 0) (= (mod phase_78 4) 2)))))
 (let (($x1010 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x859 (not (and (>= phase_76 0) (= (mod phase_76 4) 2)))))
 (let (($x1183 (not (and (>= phase_75 0) (= (mod phase_75 2) 1)))))
 (let (($x894 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x981 (not (and (>= phase_73 0) (= (mod phase_73 4) 2)))))
 (let (($x1056 (not (and (>= phase_72 0) (= (mod phase_72 4) 2)))))
 (let (($x1143 (not (and (>= phase_71 0) (= (mod phase_71 2) 1)))))
 (let (($x1265 (not (and (>= phase_70 0) (= (mod phase_70 4) 2)))))
 (let (($x1346 (not (and (>= phase_69 0) (= (mod phase_69 4) 2)))))
 (let (($x1464 (not (and (>= phase_68 0) (= (mod phase_68 4) 2)))))
 (let (($x621 (not (and (>= phase_67 0) (= (mod phase_67 2) 1)))))
 (let (($x630 (not (and (>= phase_66 0) (= (mod phase_66 4) 2)))))
 (let (($x639 (not (and (>= phase_65 0) (= (mod phase_65 4) 2)))))
 (let (($x648 (not (and (>= phase_64 0) (= (mod phase_64 2) 1)))))
 (let (($x657 (not (and (>= phase_63 0) (= (mod phase_63 4) 2)))))
 (let (($x666 (not (and (>= phase_62 0) (= (mod phase_62 4) 2)))))
 (let (($x675 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x684 (not (and (>= phase_60 0) (= (mod phase_60 2) 1)))))
 (let (($x693 (not (and (>= phase_59 0) (= (mod phase_59 4) 2)))))
 (let (($x702 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x711 (not (and (>= phase_57 0) (= (mod phase_57 4) 2)))))
 (let (($x720 (not (and (>= phase_56 0) (= (mod phase_56 2) 1)))))
 (let (($x729 (not (and (>= phase_55 0) (= (mod phase_55 4) 2)))))
 (let (($x738 (not (and (>= phase_54 0) (= (mod phase_54 4) 2)))))
 (let (($x747 (not (and (>= phase_53 0) (= (mod phase_53 4) 2)))))
 (let (($x756 (not (and (>= phase_52 0) (= (mod phase_52 2) 1)))))
 (let (($x492 (not (and (>= phase_51 0) (= (mod phase_51 4) 2)))))
 (let (($x444 (not (and (>= phase_50 0) (= (mod phase_50 4) 2)))))
 (let (($x431 (not (and (>= phase_49 0) (= (mod phase_49 4) 2)))))
 (let (($x437 (not (and (>= phase_48 0) (= (mod phase_48 2) 1)))))
 (let (($x443 (not (and (>= phase_47 0) (= (mod phase_47 4) 2)))))
 (let (($x411 (not (and (>= phase_46 0) (= (mod phase_46 4) 2)))))
 (let (($x417 (not (and (>= phase_45 0) (= (mod phase_45 2) 1)))))
 (let (($x423 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x391 (not (and (>= phase_43 0) (= (mod phase_43 4) 2)))))
 (let (($x397 (not (and (>= phase_42 0) (= (mod phase_42 4) 2)))))
 (let (($x403 (not (and (>= phase_41 0) (= (mod phase_41 2) 1)))))
 (let (($x371 (not (and (>= phase_40 0) (= (mod phase_40 4) 2)))))
 (let (($x377 (not (and (>= phase_39 0) (= (mod phase_39 4) 2)))))
 (let (($x383 (not (and (>= phase_38 0) (= (mod phase_38 4) 2)))))
 (let (($x351 (not (and (>= phase_37 0) (= (mod phase_37 2) 1)))))
 (let (($x357 (not (and (>= phase_36 0) (= (mod phase_36 4) 2)))))
 (let (($x363 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x331 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x337 (not (and (>= phase_33 0) (= (mod phase_33 2) 1)))))
 (let (($x343 (not (and (>= phase_32 0) (= (mod phase_32 4) 2)))))
 (let (($x330 (not (and (>= phase_31 0) (= (mod phase_31 4) 2)))))
 (let (($x317 (not (and (>= phase_30 0) (= (mod phase_30 4) 2)))))
 (let (($x323 (not (and (>= phase_29 0) (= (mod phase_29 4) 0)))))
 (let (($x329 (not (and (>= phase_28 0) (= (mod phase_28 4) 0)))))
 (let (($x297 (not (and (>= phase_27 0) (= (mod phase_27 4) 0)))))
 (let (($x303 (not (and (>= phase_26 0) (= (mod phase_26 4) 0)))))
 (let (($x309 (not (and (>= phase_25 0) (= (mod phase_25 4) 0)))))
 (let (($x277 (not (and (>= phase_24 0) (= (mod phase_24 4) 0)))))
 (let (($x283 (not (and (>= phase_23 0) (= (mod phase_23 4) 0)))))
 (let (($x289 (not (and (>= phase_22 0) (= (mod phase_22 4) 0)))))
 (let (($x257 (not (and (>= phase_21 0) (= (mod phase_21 4) 0)))))
 (let (($x263 (not (and (>= phase_20 0) (= (mod phase_20 4) 0)))))
 (let (($x269 (not (and (>= phase_19 0) (= (mod phase_19 4) 0)))))
 (let (($x237 (not (and (>= phase_18 0) (= (mod phase_18 4) 0)))))
 (let (($x243 (not (and (>= phase_17 0) (= (mod phase_17 4) 0)))))
 (let (($x249 (not (and (>= phase_16 0) (= (mod phase_16 4) 0)))))
 (let (($x217 (not (and (>= phase_15 0) (= (mod phase_15 4) 0)))))
 (let (($x223 (not (and (>= phase_14 0) (= (mod phase_14 4) 0)))))
 (let (($x229 (not (and (>= phase_13 0) (= (mod phase_13 2) 1)))))
 (let (($x216 (not (and (>= phase_12 0) (= (mod phase_12 4) 0)))))
 (let (($x203 (not (and (>= phase_11 0) (= (mod phase_11 2) 1)))))
 (let (($x209 (not (and (>= phase_10 0) (= (mod phase_10 4) 2)))))
 (let (($x215 (not (and (>= phase_9 0) (= (mod phase_9 4) 2)))))
 (let (($x183 (not (and (>= phase_8 0) (= (mod phase_8 2) 1)))))
 (let (($x189 (not (and (>= phase_7 0) (= (mod phase_7 4) 2)))))
 (let (($x195 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x163 (not (and (>= phase_5 0) (= (mod phase_5 4) 2)))))
 (let (($x169 (not (and (>= phase_4 0) (= (mod phase_4 4) 0)))))
 (let (($x175 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x143 (not (and (>= phase_2 0) (= (mod phase_2 4) 2)))))
 (let (($x149 (not (and (>= phase_1 0) (= (mod phase_1 4) 2)))))
 (let (($x155 (not (and (>= phase_0 0) (= (mod phase_0 4) 0)))))
 (or $x155 $x149 $x143 $x175 $x169 $x163 $x195 $x189 $x183 $x215 $x209 $x203 $x216 $x229 $x223 $x217 $x249 $x243 $x237 $x269 $x263 $x257 $x289 $x283 $x277 $x309 $x303 $x297 $x329 $x323 $x317 $x330 $x343 $x337 $x331 $x363 $x357 $x351 $x383 $x377 $x371 $x403 $x397 $x391 $x423 $x417 $x411 $x443 $x437 $x431 $x444 $x492 $x756 $x747 $x738 $x729 $x720 $x711 $x702 $x693 $x684 $x675 $x666 $x657 $x648 $x639 $x630 $x621 $x1464 $x1346 $x1265 $x1143 $x1056 $x981 $x894 $x1183 $x859 $x1010 $x1043 $x1154 $x944 $x1101 $x9151 $x7802 $x547 $x9091 $x8763 $x9269 $x11058 $x11103 $x11935 $x9142 $x15302 $x14896 $x14525 $x14191 $x13893 $x13631 $x13405 $x13215 $x13062 $x8380 $x8924 $x7631 $x7598 $x7834 $x7719 $x7838 $x7842 $x7816 $x7846 $x7865 $x7887 $x7906 $x7658 $x7735 $x7782 $x7754 $x7439 $x7908 $x7953 $x7955 $x7974 $x7987 $x574 $x583 $x757 $x748 $x739 $x730 $x721 $x709 $x700 $x691 $x682 $x673 $x664 $x655 $x643 $x634 $x625 $x616 $x607 $x598 $x589 $x12945 $x12941 $x12956 $x12916 $x12901 $x12866 $x20954 $x20963 $x20972 $x20981 $x20990 $x20996 $x21005 $x21017 $x21026 $x21035 $x21044 $x21053 $x21059 $x21068 $x21077 $x646 $x7456 $x8909 $x8855 $x8616)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
