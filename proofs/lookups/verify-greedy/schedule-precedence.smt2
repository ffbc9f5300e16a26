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
 (= phase_4 0))
(assert
 (= phase_5 2))
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
 (= phase_13 1))
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
 (= phase_49 2))
(assert
 (= phase_50 2))
(assert
 (= phase_51 2))
(assert
 (= phase_52 3))
(assert
 (= phase_53 2))
(assert
 (= phase_54 2))
(assert
 (= phase_55 2))
(assert
 (= phase_56 3))
(assert
 (= phase_57 2))
(assert
 (= phase_58 2))
(assert
 (= phase_59 2))
(assert
 (= phase_60 3))
(assert
 (= phase_61 2))
(assert
 (= phase_62 2))
(assert
 (= phase_63 2))
(assert
 (= phase_64 3))
(assert
 (= phase_65 6))
(assert
 (= phase_66 6))
(assert
 (= phase_67 7))
(assert
 (= phase_68 2))
(assert
 (= phase_69 2))
(assert
 (= phase_70 2))
(assert
 (= phase_71 3))
(assert
 (= phase_72 2))
(assert
 (= phase_73 2))
(assert
 (= phase_74 2))
(assert
 (= phase_75 3))
(assert
 (= phase_76 2))
(assert
 (= phase_77 2))
(assert
 (= phase_78 2))
(assert
 (= phase_79 3))
(assert
 (= phase_80 2))
(assert
 (= phase_81 2))
(assert
 (= phase_82 2))
(assert
 (= phase_83 3))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (= phase_86 7))
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
 (= phase_125 4))
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
 (let (($x13391 (<= phase_170 phase_169)))
 (let (($x13406 (<= phase_170 phase_168)))
 (let (($x13416 (<= phase_169 phase_168)))
 (let (($x13424 (<= phase_168 phase_29)))
 (let (($x15444 (<= phase_168 phase_28)))
 (let (($x13449 (<= phase_168 phase_11)))
 (let (($x13459 (<= phase_167 phase_166)))
 (let (($x13467 (<= phase_167 phase_165)))
 (let (($x13482 (<= phase_166 phase_165)))
 (let (($x13492 (<= phase_165 phase_28)))
 (let (($x13502 (<= phase_165 phase_27)))
 (let (($x13515 (<= phase_165 phase_11)))
 (let (($x13525 (<= phase_164 phase_163)))
 (let (($x13535 (<= phase_164 phase_162)))
 (let (($x13543 (<= phase_163 phase_162)))
 (let (($x13558 (<= phase_162 phase_27)))
 (let (($x13568 (<= phase_162 phase_26)))
 (let (($x13578 (<= phase_162 phase_11)))
 (let (($x13592 (<= phase_161 phase_160)))
 (let (($x13602 (<= phase_161 phase_159)))
 (let (($x13612 (<= phase_160 phase_159)))
 (let (($x13622 (<= phase_159 phase_26)))
 (let (($x13635 (<= phase_159 phase_25)))
 (let (($x13645 (<= phase_159 phase_11)))
 (let (($x13655 (<= phase_158 phase_157)))
 (let (($x13663 (<= phase_158 phase_156)))
 (let (($x13678 (<= phase_157 phase_156)))
 (let (($x13688 (<= phase_156 phase_25)))
 (let (($x13698 (<= phase_156 phase_24)))
 (let (($x13706 (<= phase_156 phase_11)))
 (let (($x13721 (<= phase_155 phase_154)))
 (let (($x13731 (<= phase_155 phase_153)))
 (let (($x13741 (<= phase_154 phase_153)))
 (let (($x13749 (<= phase_153 phase_24)))
 (let (($x13764 (<= phase_153 phase_23)))
 (let (($x13774 (<= phase_153 phase_11)))
 (let (($x13782 (<= phase_152 phase_151)))
 (let (($x13792 (<= phase_152 phase_150)))
 (let (($x13807 (<= phase_151 phase_150)))
 (let (($x13817 (<= phase_150 phase_23)))
 (let (($x13825 (<= phase_150 phase_22)))
 (let (($x13835 (<= phase_150 phase_11)))
 (let (($x13850 (<= phase_149 phase_148)))
 (let (($x13861 (<= phase_149 phase_147)))
 (let (($x13869 (<= phase_148 phase_147)))
 (let (($x13879 (<= phase_147 phase_22)))
 (let (($x13894 (<= phase_147 phase_21)))
 (let (($x13902 (<= phase_147 phase_11)))
 (let (($x13912 (<= phase_146 phase_145)))
 (let (($x13922 (<= phase_146 phase_144)))
 (let (($x13932 (<= phase_145 phase_144)))
 (let (($x13945 (<= phase_144 phase_21)))
 (let (($x13955 (<= phase_144 phase_20)))
 (let (($x13965 (<= phase_144 phase_11)))
 (let (($x13975 (<= phase_143 phase_142)))
 (let (($x15469 (<= phase_143 phase_141)))
 (let (($x13998 (<= phase_142 phase_141)))
 (let (($x14008 (<= phase_141 phase_20)))
 (let (($x14016 (<= phase_141 phase_19)))
 (let (($x14026 (<= phase_141 phase_11)))
 (let (($x14041 (<= phase_140 phase_139)))
 (let (($x14051 (<= phase_140 phase_138)))
 (let (($x14059 (<= phase_139 phase_138)))
 (let (($x14069 (<= phase_138 phase_19)))
 (let (($x14079 (<= phase_138 phase_18)))
 (let (($x14094 (<= phase_138 phase_11)))
 (let (($x14102 (<= phase_137 phase_136)))
 (let (($x14113 (<= phase_137 phase_135)))
 (let (($x14123 (<= phase_136 phase_135)))
 (let (($x14131 (<= phase_135 phase_18)))
 (let (($x14146 (<= phase_135 phase_17)))
 (let (($x14156 (<= phase_135 phase_11)))
 (let (($x14166 (<= phase_134 phase_133)))
 (let (($x14174 (<= phase_134 phase_132)))
 (let (($x14184 (<= phase_133 phase_132)))
 (let (($x14199 (<= phase_132 phase_17)))
 (let (($x14209 (<= phase_132 phase_16)))
 (let (($x14217 (<= phase_132 phase_11)))
 (let (($x14227 (<= phase_131 phase_130)))
 (let (($x14237 (<= phase_131 phase_129)))
 (let (($x14250 (<= phase_130 phase_129)))
 (let (($x14260 (<= phase_129 phase_16)))
 (let (($x14270 (<= phase_129 phase_15)))
 (let (($x14280 (<= phase_129 phase_11)))
 (let (($x14288 (<= phase_128 phase_127)))
 (let (($x14303 (<= phase_128 phase_126)))
 (let (($x14313 (<= phase_127 phase_126)))
 (let (($x14323 (<= phase_126 phase_15)))
 (let (($x14331 (<= phase_126 phase_14)))
 (let (($x14341 (<= phase_126 phase_11)))
 (let (($x14356 (<= phase_125 phase_29)))
 (let (($x14365 (<= phase_125 phase_8)))
 (let (($x14375 (<= phase_124 phase_28)))
 (let (($x14385 (<= phase_124 phase_8)))
 (let (($x14395 (<= phase_123 phase_27)))
 (let (($x14403 (<= phase_123 phase_8)))
 (let (($x14418 (<= phase_122 phase_26)))
 (let (($x14428 (<= phase_122 phase_8)))
 (let (($x14438 (<= phase_121 phase_25)))
 (let (($x14446 (<= phase_121 phase_8)))
 (let (($x14456 (<= phase_120 phase_24)))
 (let (($x14471 (<= phase_120 phase_8)))
 (let (($x14479 (<= phase_119 phase_23)))
 (let (($x14489 (<= phase_119 phase_8)))
 (let (($x14499 (<= phase_118 phase_22)))
 (let (($x14509 (<= phase_118 phase_8)))
 (let (($x14517 (<= phase_117 phase_21)))
 (let (($x14532 (<= phase_117 phase_8)))
 (let (($x14542 (<= phase_116 phase_20)))
 (let (($x14552 (<= phase_116 phase_8)))
 (let (($x14560 (<= phase_115 phase_19)))
 (let (($x14570 (<= phase_115 phase_8)))
 (let (($x14585 (<= phase_114 phase_18)))
 (let (($x14593 (<= phase_114 phase_8)))
 (let (($x14603 (<= phase_113 phase_17)))
 (let (($x14614 (<= phase_113 phase_8)))
 (let (($x14624 (<= phase_112 phase_16)))
 (let (($x14632 (<= phase_112 phase_8)))
 (let (($x25419 (<= phase_111 phase_15)))
 (let (($x23346 (<= phase_111 phase_8)))
 (let (($x23333 (<= phase_110 phase_14)))
 (let (($x24272 (<= phase_110 phase_8)))
 (let (($x24259 (<= phase_109 phase_108)))
 (let (($x26213 (<= phase_109 phase_107)))
 (let (($x26199 (<= phase_109 phase_106)))
 (let (($x26095 (<= phase_108 phase_16)))
 (let (($x26129 (<= phase_107 phase_15)))
 (let (($x25316 (<= phase_106 phase_14)))
 (let (($x25303 (<= phase_105 phase_104)))
 (let (($x22190 (<= phase_105 phase_103)))
 (let (($x22177 (<= phase_104 phase_102)))
 (let (($x26172 (<= phase_104 phase_98)))
 (let (($x26234 (<= phase_104 phase_94)))
 (let (($x26159 (<= phase_104 phase_90)))
 (let (($x22031 (<= phase_103 phase_102)))
 (let (($x23809 (<= phase_103 phase_98)))
 (let (($x23796 (<= phase_103 phase_94)))
 (let (($x23231 (<= phase_103 phase_90)))
 (let (($x23217 (<= phase_102 phase_101)))
 (let (($x24736 (<= phase_102 phase_100)))
 (let (($x24723 (<= phase_102 phase_99)))
 (let (($x26157 (<= phase_101 phase_20)))
 (let (($x26186 (<= phase_100 phase_20)))
 (let (($x22999 (<= phase_99 phase_20)))
 (let (($x22986 (<= phase_98 phase_97)))
 (let (($x22537 (<= phase_98 phase_96)))
 (let (($x22524 (<= phase_98 phase_95)))
 (let (($x26036 (<= phase_97 phase_19)))
 (let (($x26023 (<= phase_96 phase_19)))
 (let (($x26042 (<= phase_95 phase_19)))
 (let (($x26160 (<= phase_94 phase_93)))
 (let (($x25797 (<= phase_94 phase_92)))
 (let (($x25784 (<= phase_94 phase_91)))
 (let (($x22768 (<= phase_93 phase_18)))
 (let (($x22755 (<= phase_92 phase_18)))
 (let (($x19783 (<= phase_91 phase_18)))
 (let (($x19781 (<= phase_90 phase_89)))
 (let (($x19779 (<= phase_90 phase_88)))
 (let (($x19777 (<= phase_90 phase_87)))
 (let (($x19775 (<= phase_89 phase_17)))
 (let (($x19773 (<= phase_88 phase_17)))
 (let (($x19771 (<= phase_87 phase_17)))
 (let (($x19769 (<= phase_86 phase_85)))
 (let (($x19767 (<= phase_86 phase_84)))
 (let (($x19765 (<= phase_85 phase_83)))
 (let (($x19763 (<= phase_85 phase_79)))
 (let (($x19761 (<= phase_85 phase_75)))
 (let (($x19759 (<= phase_85 phase_71)))
 (let (($x19757 (<= phase_84 phase_83)))
 (let (($x19755 (<= phase_84 phase_79)))
 (let (($x19753 (<= phase_84 phase_75)))
 (let (($x19751 (<= phase_84 phase_71)))
 (let (($x19749 (<= phase_83 phase_82)))
 (let (($x19747 (<= phase_83 phase_81)))
 (let (($x19745 (<= phase_83 phase_80)))
 (let (($x19743 (<= phase_82 phase_19)))
 (let (($x19741 (<= phase_81 phase_19)))
 (let (($x19739 (<= phase_80 phase_19)))
 (let (($x19737 (<= phase_79 phase_78)))
 (let (($x19735 (<= phase_79 phase_77)))
 (let (($x19733 (<= phase_79 phase_76)))
 (let (($x19731 (<= phase_78 phase_18)))
 (let (($x19729 (<= phase_77 phase_18)))
 (let (($x19727 (<= phase_76 phase_18)))
 (let (($x19724 (<= phase_75 phase_74)))
 (let (($x19722 (<= phase_75 phase_73)))
 (let (($x19720 (<= phase_75 phase_72)))
 (let (($x19719 (<= phase_74 phase_17)))
 (let (($x19717 (<= phase_73 phase_17)))
 (let (($x19715 (<= phase_72 phase_17)))
 (let (($x19713 (<= phase_71 phase_70)))
 (let (($x19711 (<= phase_71 phase_69)))
 (let (($x19709 (<= phase_71 phase_68)))
 (let (($x19707 (<= phase_70 phase_16)))
 (let (($x19705 (<= phase_69 phase_16)))
 (let (($x19703 (<= phase_68 phase_16)))
 (let (($x19701 (<= phase_67 phase_66)))
 (let (($x19699 (<= phase_67 phase_65)))
 (let (($x19697 (<= phase_66 phase_64)))
 (let (($x19695 (<= phase_66 phase_60)))
 (let (($x19693 (<= phase_66 phase_56)))
 (let (($x19691 (<= phase_66 phase_52)))
 (let (($x19689 (<= phase_65 phase_64)))
 (let (($x19687 (<= phase_65 phase_60)))
 (let (($x19685 (<= phase_65 phase_56)))
 (let (($x19683 (<= phase_65 phase_52)))
 (let (($x19681 (<= phase_64 phase_63)))
 (let (($x19679 (<= phase_64 phase_62)))
 (let (($x19677 (<= phase_64 phase_61)))
 (let (($x19675 (<= phase_63 phase_18)))
 (let (($x19673 (<= phase_62 phase_18)))
 (let (($x19671 (<= phase_61 phase_18)))
 (let (($x19669 (<= phase_60 phase_59)))
 (let (($x19667 (<= phase_60 phase_58)))
 (let (($x19665 (<= phase_60 phase_57)))
 (let (($x19663 (<= phase_59 phase_17)))
 (let (($x19661 (<= phase_58 phase_17)))
 (let (($x19659 (<= phase_57 phase_17)))
 (let (($x19657 (<= phase_56 phase_55)))
 (let (($x19655 (<= phase_56 phase_54)))
 (let (($x19653 (<= phase_56 phase_53)))
 (let (($x19651 (<= phase_55 phase_16)))
 (let (($x19649 (<= phase_54 phase_16)))
 (let (($x19647 (<= phase_53 phase_16)))
 (let (($x19645 (<= phase_52 phase_51)))
 (let (($x19643 (<= phase_52 phase_50)))
 (let (($x19641 (<= phase_52 phase_49)))
 (let (($x19639 (<= phase_51 phase_15)))
 (let (($x19637 (<= phase_50 phase_15)))
 (let (($x19635 (<= phase_49 phase_15)))
 (let (($x19633 (<= phase_48 phase_47)))
 (let (($x19631 (<= phase_48 phase_46)))
 (let (($x19629 (<= phase_47 phase_45)))
 (let (($x19626 (<= phase_47 phase_41)))
 (let (($x19624 (<= phase_47 phase_37)))
 (let (($x19622 (<= phase_47 phase_33)))
 (let (($x19620 (<= phase_46 phase_45)))
 (let (($x19618 (<= phase_46 phase_41)))
 (let (($x19616 (<= phase_46 phase_37)))
 (let (($x19614 (<= phase_46 phase_33)))
 (let (($x19612 (<= phase_45 phase_44)))
 (let (($x19610 (<= phase_45 phase_43)))
 (let (($x19608 (<= phase_45 phase_42)))
 (let (($x19606 (<= phase_44 phase_17)))
 (let (($x19604 (<= phase_43 phase_17)))
 (let (($x19602 (<= phase_42 phase_17)))
 (let (($x19600 (<= phase_41 phase_40)))
 (let (($x19598 (<= phase_41 phase_39)))
 (let (($x19596 (<= phase_41 phase_38)))
 (let (($x19594 (<= phase_40 phase_16)))
 (let (($x19592 (<= phase_39 phase_16)))
 (let (($x19590 (<= phase_38 phase_16)))
 (let (($x19588 (<= phase_37 phase_36)))
 (let (($x19586 (<= phase_37 phase_35)))
 (let (($x19584 (<= phase_37 phase_34)))
 (let (($x19582 (<= phase_36 phase_15)))
 (let (($x19580 (<= phase_35 phase_15)))
 (let (($x19578 (<= phase_34 phase_15)))
 (let (($x19576 (<= phase_33 phase_32)))
 (let (($x19558 (<= phase_33 phase_31)))
 (let (($x19555 (<= phase_33 phase_30)))
 (let (($x19553 (<= phase_32 phase_14)))
 (let (($x19551 (<= phase_31 phase_14)))
 (let (($x19549 (<= phase_30 phase_14)))
 (let (($x19547 (<= phase_13 phase_12)))
 (let (($x19545 (<= phase_11 phase_10)))
 (let (($x19543 (<= phase_11 phase_9)))
 (let (($x19540 (<= phase_8 phase_7)))
 (let (($x19538 (<= phase_8 phase_6)))
 (let (($x19536 (<= phase_5 phase_4)))
 (let (($x3491 (<= phase_3 phase_0)))
 (let (($x3515 (<= phase_2 phase_0)))
 (let (($x4111 (<= phase_1 phase_0)))
 (or $x4111 $x3515 $x3491 $x19536 $x19538 $x19540 $x19543 $x19545 $x19547 $x19549 $x19551 $x19553 $x19555 $x19558 $x19576 $x19578 $x19580 $x19582 $x19584 $x19586 $x19588 $x19590 $x19592 $x19594 $x19596 $x19598 $x19600 $x19602 $x19604 $x19606 $x19608 $x19610 $x19612 $x19614 $x19616 $x19618 $x19620 $x19622 $x19624 $x19626 $x19629 $x19631 $x19633 $x19635 $x19637 $x19639 $x19641 $x19643 $x19645 $x19647 $x19649 $x19651 $x19653 $x19655 $x19657 $x19659 $x19661 $x19663 $x19665 $x19667 $x19669 $x19671 $x19673 $x19675 $x19677 $x19679 $x19681 $x19683 $x19685 $x19687 $x19689 $x19691 $x19693 $x19695 $x19697 $x19699 $x19701 $x19703 $x19705 $x19707 $x19709 $x19711 $x19713 $x19715 $x19717 $x19719 $x19720 $x19722 $x19724 $x19727 $x19729 $x19731 $x19733 $x19735 $x19737 $x19739 $x19741 $x19743 $x19745 $x19747 $x19749 $x19751 $x19753 $x19755 $x19757 $x19759 $x19761 $x19763 $x19765 $x19767 $x19769 $x19771 $x19773 $x19775 $x19777 $x19779 $x19781 $x19783 $x22755 $x22768 $x25784 $x25797 $x26160 $x26042 $x26023 $x26036 $x22524 $x22537 $x22986 $x22999 $x26186 $x26157 $x24723 $x24736 $x23217 $x23231 $x23796 $x23809 $x22031 $x26159 $x26234 $x26172 $x22177 $x22190 $x25303 $x25316 $x25316 $x26129 $x26129 $x26095 $x26095 $x26199 $x26213 $x24259 $x24272 $x23333 $x23346 $x25419 $x14632 $x14624 $x14614 $x14603 $x14593 $x14585 $x14570 $x14560 $x14552 $x14542 $x14532 $x14517 $x14509 $x14499 $x14489 $x14479 $x14471 $x14456 $x14446 $x14438 $x14428 $x14418 $x14403 $x14395 $x14385 $x14375 $x14365 $x14356 $x14341 $x14331 $x14323 $x14313 $x14303 $x14288 $x14280 $x14270 $x14260 $x14250 $x14237 $x14227 $x14217 $x14209 $x14199 $x14184 $x14174 $x14166 $x14156 $x14146 $x14131 $x14123 $x14113 $x14102 $x14094 $x14079 $x14069 $x14059 $x14051 $x14041 $x14026 $x14016 $x14008 $x13998 $x15469 $x13975 $x13965 $x13955 $x13945 $x13932 $x13922 $x13912 $x13902 $x13894 $x13879 $x13869 $x13861 $x13850 $x13835 $x13825 $x13817 $x13807 $x13792 $x13782 $x13774 $x13764 $x13749 $x13741 $x13731 $x13721 $x13706 $x13698 $x13688 $x13678 $x13663 $x13655 $x13645 $x13635 $x13622 $x13612 $x13602 $x13592 $x13578 $x13568 $x13558 $x13543 $x13535 $x13525 $x13515 $x13502 $x13492 $x13482 $x13467 $x13459 $x13449 $x15444 $x13424 $x13416 $x13406 $x13391)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
