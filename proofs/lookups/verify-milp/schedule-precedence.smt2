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
 (let (($x13460 (<= phase_170 phase_169)))
 (let (($x13468 (<= phase_170 phase_168)))
 (let (($x13483 (<= phase_169 phase_168)))
 (let (($x13493 (<= phase_168 phase_29)))
 (let (($x13503 (<= phase_168 phase_28)))
 (let (($x13516 (<= phase_168 phase_11)))
 (let (($x13526 (<= phase_167 phase_166)))
 (let (($x13536 (<= phase_167 phase_165)))
 (let (($x15451 (<= phase_166 phase_165)))
 (let (($x13559 (<= phase_165 phase_28)))
 (let (($x13569 (<= phase_165 phase_27)))
 (let (($x13579 (<= phase_165 phase_11)))
 (let (($x13593 (<= phase_164 phase_163)))
 (let (($x13603 (<= phase_164 phase_162)))
 (let (($x13613 (<= phase_163 phase_162)))
 (let (($x13623 (<= phase_162 phase_27)))
 (let (($x13636 (<= phase_162 phase_26)))
 (let (($x13646 (<= phase_162 phase_11)))
 (let (($x13656 (<= phase_161 phase_160)))
 (let (($x15456 (<= phase_161 phase_159)))
 (let (($x13679 (<= phase_160 phase_159)))
 (let (($x13689 (<= phase_159 phase_26)))
 (let (($x13699 (<= phase_159 phase_25)))
 (let (($x13707 (<= phase_159 phase_11)))
 (let (($x13722 (<= phase_158 phase_157)))
 (let (($x13732 (<= phase_158 phase_156)))
 (let (($x13742 (<= phase_157 phase_156)))
 (let (($x13750 (<= phase_156 phase_25)))
 (let (($x13765 (<= phase_156 phase_24)))
 (let (($x13775 (<= phase_156 phase_11)))
 (let (($x13785 (<= phase_155 phase_154)))
 (let (($x13793 (<= phase_155 phase_153)))
 (let (($x13808 (<= phase_154 phase_153)))
 (let (($x13818 (<= phase_153 phase_24)))
 (let (($x13826 (<= phase_153 phase_23)))
 (let (($x13836 (<= phase_153 phase_11)))
 (let (($x13851 (<= phase_152 phase_151)))
 (let (($x13862 (<= phase_152 phase_150)))
 (let (($x13870 (<= phase_151 phase_150)))
 (let (($x13880 (<= phase_150 phase_23)))
 (let (($x13895 (<= phase_150 phase_22)))
 (let (($x13905 (<= phase_150 phase_11)))
 (let (($x13913 (<= phase_149 phase_148)))
 (let (($x13923 (<= phase_149 phase_147)))
 (let (($x13933 (<= phase_148 phase_147)))
 (let (($x13946 (<= phase_147 phase_22)))
 (let (($x13956 (<= phase_147 phase_21)))
 (let (($x13966 (<= phase_147 phase_11)))
 (let (($x13976 (<= phase_146 phase_145)))
 (let (($x13989 (<= phase_146 phase_144)))
 (let (($x13999 (<= phase_145 phase_144)))
 (let (($x14009 (<= phase_144 phase_21)))
 (let (($x14019 (<= phase_144 phase_20)))
 (let (($x14027 (<= phase_144 phase_11)))
 (let (($x14042 (<= phase_143 phase_142)))
 (let (($x14052 (<= phase_143 phase_141)))
 (let (($x14060 (<= phase_142 phase_141)))
 (let (($x14070 (<= phase_141 phase_20)))
 (let (($x14080 (<= phase_141 phase_19)))
 (let (($x14095 (<= phase_141 phase_11)))
 (let (($x14103 (<= phase_140 phase_139)))
 (let (($x14114 (<= phase_140 phase_138)))
 (let (($x14124 (<= phase_139 phase_138)))
 (let (($x15475 (<= phase_138 phase_19)))
 (let (($x14147 (<= phase_138 phase_18)))
 (let (($x14157 (<= phase_138 phase_11)))
 (let (($x14167 (<= phase_137 phase_136)))
 (let (($x14175 (<= phase_137 phase_135)))
 (let (($x15476 (<= phase_136 phase_135)))
 (let (($x14200 (<= phase_135 phase_18)))
 (let (($x14210 (<= phase_135 phase_17)))
 (let (($x14218 (<= phase_135 phase_11)))
 (let (($x14228 (<= phase_134 phase_133)))
 (let (($x15478 (<= phase_134 phase_132)))
 (let (($x14253 (<= phase_133 phase_132)))
 (let (($x14261 (<= phase_132 phase_17)))
 (let (($x14271 (<= phase_132 phase_16)))
 (let (($x14281 (<= phase_132 phase_11)))
 (let (($x14289 (<= phase_131 phase_130)))
 (let (($x14304 (<= phase_131 phase_129)))
 (let (($x14314 (<= phase_130 phase_129)))
 (let (($x14324 (<= phase_129 phase_16)))
 (let (($x14332 (<= phase_129 phase_15)))
 (let (($x14342 (<= phase_129 phase_11)))
 (let (($x14357 (<= phase_128 phase_127)))
 (let (($x14368 (<= phase_128 phase_126)))
 (let (($x14376 (<= phase_127 phase_126)))
 (let (($x14386 (<= phase_126 phase_15)))
 (let (($x14396 (<= phase_126 phase_14)))
 (let (($x15484 (<= phase_126 phase_11)))
 (let (($x14419 (<= phase_125 phase_29)))
 (let (($x14429 (<= phase_125 phase_8)))
 (let (($x14439 (<= phase_124 phase_28)))
 (let (($x14447 (<= phase_124 phase_8)))
 (let (($x14457 (<= phase_123 phase_27)))
 (let (($x14472 (<= phase_123 phase_8)))
 (let (($x14482 (<= phase_122 phase_26)))
 (let (($x14490 (<= phase_122 phase_8)))
 (let (($x14500 (<= phase_121 phase_25)))
 (let (($x14510 (<= phase_121 phase_8)))
 (let (($x14518 (<= phase_120 phase_24)))
 (let (($x14533 (<= phase_120 phase_8)))
 (let (($x14543 (<= phase_119 phase_23)))
 (let (($x14553 (<= phase_119 phase_8)))
 (let (($x14561 (<= phase_118 phase_22)))
 (let (($x14571 (<= phase_118 phase_8)))
 (let (($x14586 (<= phase_117 phase_21)))
 (let (($x14596 (<= phase_117 phase_8)))
 (let (($x14604 (<= phase_116 phase_20)))
 (let (($x14615 (<= phase_116 phase_8)))
 (let (($x14625 (<= phase_115 phase_19)))
 (let (($x14633 (<= phase_115 phase_8)))
 (let (($x14648 (<= phase_114 phase_18)))
 (let (($x14658 (<= phase_114 phase_8)))
 (let (($x14668 (<= phase_113 phase_17)))
 (let (($x14676 (<= phase_113 phase_8)))
 (let (($x14686 (<= phase_112 phase_16)))
 (let (($x25431 (<= phase_112 phase_8)))
 (let (($x25424 (<= phase_111 phase_15)))
 (let (($x23345 (<= phase_111 phase_8)))
 (let (($x23338 (<= phase_110 phase_14)))
 (let (($x24271 (<= phase_110 phase_8)))
 (let (($x24264 (<= phase_109 phase_108)))
 (let (($x26212 (<= phase_109 phase_107)))
 (let (($x26205 (<= phase_109 phase_106)))
 (let (($x26118 (<= phase_108 phase_16)))
 (let (($x21980 (<= phase_107 phase_15)))
 (let (($x25315 (<= phase_106 phase_14)))
 (let (($x25308 (<= phase_105 phase_104)))
 (let (($x22189 (<= phase_105 phase_103)))
 (let (($x22182 (<= phase_104 phase_102)))
 (let (($x26235 (<= phase_104 phase_98)))
 (let (($x20828 (<= phase_104 phase_94)))
 (let (($x26170 (<= phase_104 phase_90)))
 (let (($x20842 (<= phase_103 phase_102)))
 (let (($x23808 (<= phase_103 phase_98)))
 (let (($x23801 (<= phase_103 phase_94)))
 (let (($x23230 (<= phase_103 phase_90)))
 (let (($x23223 (<= phase_102 phase_101)))
 (let (($x24735 (<= phase_102 phase_100)))
 (let (($x24728 (<= phase_102 phase_99)))
 (let (($x26180 (<= phase_101 phase_20)))
 (let (($x20976 (<= phase_100 phase_20)))
 (let (($x22998 (<= phase_99 phase_20)))
 (let (($x22991 (<= phase_98 phase_97)))
 (let (($x22536 (<= phase_98 phase_96)))
 (let (($x22529 (<= phase_98 phase_95)))
 (let (($x26035 (<= phase_97 phase_19)))
 (let (($x26018 (<= phase_96 phase_19)))
 (let (($x26154 (<= phase_95 phase_19)))
 (let (($x21953 (<= phase_94 phase_93)))
 (let (($x25796 (<= phase_94 phase_92)))
 (let (($x25779 (<= phase_94 phase_91)))
 (let (($x22767 (<= phase_93 phase_18)))
 (let (($x22760 (<= phase_92 phase_18)))
 (let (($x19782 (<= phase_91 phase_18)))
 (let (($x19780 (<= phase_90 phase_89)))
 (let (($x19778 (<= phase_90 phase_88)))
 (let (($x19776 (<= phase_90 phase_87)))
 (let (($x19774 (<= phase_89 phase_17)))
 (let (($x19772 (<= phase_88 phase_17)))
 (let (($x19770 (<= phase_87 phase_17)))
 (let (($x19768 (<= phase_86 phase_85)))
 (let (($x19766 (<= phase_86 phase_84)))
 (let (($x19764 (<= phase_85 phase_83)))
 (let (($x19762 (<= phase_85 phase_79)))
 (let (($x19760 (<= phase_85 phase_75)))
 (let (($x19758 (<= phase_85 phase_71)))
 (let (($x19756 (<= phase_84 phase_83)))
 (let (($x19754 (<= phase_84 phase_79)))
 (let (($x19752 (<= phase_84 phase_75)))
 (let (($x19750 (<= phase_84 phase_71)))
 (let (($x19748 (<= phase_83 phase_82)))
 (let (($x19746 (<= phase_83 phase_81)))
 (let (($x19744 (<= phase_83 phase_80)))
 (let (($x19742 (<= phase_82 phase_19)))
 (let (($x19740 (<= phase_81 phase_19)))
 (let (($x19738 (<= phase_80 phase_19)))
 (let (($x19736 (<= phase_79 phase_78)))
 (let (($x19734 (<= phase_79 phase_77)))
 (let (($x19732 (<= phase_79 phase_76)))
 (let (($x19730 (<= phase_78 phase_18)))
 (let (($x19728 (<= phase_77 phase_18)))
 (let (($x19725 (<= phase_76 phase_18)))
 (let (($x19723 (<= phase_75 phase_74)))
 (let (($x19721 (<= phase_75 phase_73)))
 (let (($x9402 (<= phase_75 phase_72)))
 (let (($x19718 (<= phase_74 phase_17)))
 (let (($x19716 (<= phase_73 phase_17)))
 (let (($x19714 (<= phase_72 phase_17)))
 (let (($x19712 (<= phase_71 phase_70)))
 (let (($x19710 (<= phase_71 phase_69)))
 (let (($x19708 (<= phase_71 phase_68)))
 (let (($x19706 (<= phase_70 phase_16)))
 (let (($x19704 (<= phase_69 phase_16)))
 (let (($x19702 (<= phase_68 phase_16)))
 (let (($x19700 (<= phase_67 phase_66)))
 (let (($x19698 (<= phase_67 phase_65)))
 (let (($x19696 (<= phase_66 phase_64)))
 (let (($x19694 (<= phase_66 phase_60)))
 (let (($x19692 (<= phase_66 phase_56)))
 (let (($x19690 (<= phase_66 phase_52)))
 (let (($x19688 (<= phase_65 phase_64)))
 (let (($x19686 (<= phase_65 phase_60)))
 (let (($x19684 (<= phase_65 phase_56)))
 (let (($x19682 (<= phase_65 phase_52)))
 (let (($x19680 (<= phase_64 phase_63)))
 (let (($x19678 (<= phase_64 phase_62)))
 (let (($x19676 (<= phase_64 phase_61)))
 (let (($x19674 (<= phase_63 phase_18)))
 (let (($x19672 (<= phase_62 phase_18)))
 (let (($x19670 (<= phase_61 phase_18)))
 (let (($x19668 (<= phase_60 phase_59)))
 (let (($x19666 (<= phase_60 phase_58)))
 (let (($x19664 (<= phase_60 phase_57)))
 (let (($x19662 (<= phase_59 phase_17)))
 (let (($x19660 (<= phase_58 phase_17)))
 (let (($x19658 (<= phase_57 phase_17)))
 (let (($x19656 (<= phase_56 phase_55)))
 (let (($x19654 (<= phase_56 phase_54)))
 (let (($x19652 (<= phase_56 phase_53)))
 (let (($x19650 (<= phase_55 phase_16)))
 (let (($x19648 (<= phase_54 phase_16)))
 (let (($x19646 (<= phase_53 phase_16)))
 (let (($x19644 (<= phase_52 phase_51)))
 (let (($x19642 (<= phase_52 phase_50)))
 (let (($x19640 (<= phase_52 phase_49)))
 (let (($x19638 (<= phase_51 phase_15)))
 (let (($x19636 (<= phase_50 phase_15)))
 (let (($x19634 (<= phase_49 phase_15)))
 (let (($x19632 (<= phase_48 phase_47)))
 (let (($x19630 (<= phase_48 phase_46)))
 (let (($x19627 (<= phase_47 phase_45)))
 (let (($x19625 (<= phase_47 phase_41)))
 (let (($x19623 (<= phase_47 phase_37)))
 (let (($x19621 (<= phase_47 phase_33)))
 (let (($x19619 (<= phase_46 phase_45)))
 (let (($x19617 (<= phase_46 phase_41)))
 (let (($x19615 (<= phase_46 phase_37)))
 (let (($x19613 (<= phase_46 phase_33)))
 (let (($x19611 (<= phase_45 phase_44)))
 (let (($x19609 (<= phase_45 phase_43)))
 (let (($x19607 (<= phase_45 phase_42)))
 (let (($x19605 (<= phase_44 phase_17)))
 (let (($x19603 (<= phase_43 phase_17)))
 (let (($x19601 (<= phase_42 phase_17)))
 (let (($x19599 (<= phase_41 phase_40)))
 (let (($x19597 (<= phase_41 phase_39)))
 (let (($x19595 (<= phase_41 phase_38)))
 (let (($x19593 (<= phase_40 phase_16)))
 (let (($x19591 (<= phase_39 phase_16)))
 (let (($x19589 (<= phase_38 phase_16)))
 (let (($x19587 (<= phase_37 phase_36)))
 (let (($x19585 (<= phase_37 phase_35)))
 (let (($x19583 (<= phase_37 phase_34)))
 (let (($x19581 (<= phase_36 phase_15)))
 (let (($x19579 (<= phase_35 phase_15)))
 (let (($x19577 (<= phase_34 phase_15)))
 (let (($x19559 (<= phase_33 phase_32)))
 (let (($x19556 (<= phase_33 phase_31)))
 (let (($x19554 (<= phase_33 phase_30)))
 (let (($x19552 (<= phase_32 phase_14)))
 (let (($x19550 (<= phase_31 phase_14)))
 (let (($x19548 (<= phase_30 phase_14)))
 (let (($x19546 (<= phase_13 phase_12)))
 (let (($x19544 (<= phase_11 phase_10)))
 (let (($x19542 (<= phase_11 phase_9)))
 (let (($x19540 (<= phase_8 phase_7)))
 (let (($x19538 (<= phase_8 phase_6)))
 (let (($x19536 (<= phase_5 phase_4)))
 (let (($x4231 (<= phase_3 phase_0)))
 (let (($x4230 (<= phase_2 phase_0)))
 (let (($x3070 (<= phase_1 phase_0)))
 (or $x3070 $x4230 $x4231 $x19536 $x19538 $x19540 $x19542 $x19544 $x19546 $x19548 $x19550 $x19552 $x19554 $x19556 $x19559 $x19577 $x19579 $x19581 $x19583 $x19585 $x19587 $x19589 $x19591 $x19593 $x19595 $x19597 $x19599 $x19601 $x19603 $x19605 $x19607 $x19609 $x19611 $x19613 $x19615 $x19617 $x19619 $x19621 $x19623 $x19625 $x19627 $x19630 $x19632 $x19634 $x19636 $x19638 $x19640 $x19642 $x19644 $x19646 $x19648 $x19650 $x19652 $x19654 $x19656 $x19658 $x19660 $x19662 $x19664 $x19666 $x19668 $x19670 $x19672 $x19674 $x19676 $x19678 $x19680 $x19682 $x19684 $x19686 $x19688 $x19690 $x19692 $x19694 $x19696 $x19698 $x19700 $x19702 $x19704 $x19706 $x19708 $x19710 $x19712 $x19714 $x19716 $x19718 $x9402 $x19721 $x19723 $x19725 $x19728 $x19730 $x19732 $x19734 $x19736 $x19738 $x19740 $x19742 $x19744 $x19746 $x19748 $x19750 $x19752 $x19754 $x19756 $x19758 $x19760 $x19762 $x19764 $x19766 $x19768 $x19770 $x19772 $x19774 $x19776 $x19778 $x19780 $x19782 $x22760 $x22767 $x25779 $x25796 $x21953 $x26154 $x26018 $x26035 $x22529 $x22536 $x22991 $x22998 $x20976 $x26180 $x24728 $x24735 $x23223 $x23230 $x23801 $x23808 $x20842 $x26170 $x20828 $x26235 $x22182 $x22189 $x25308 $x25315 $x25315 $x21980 $x21980 $x26118 $x26118 $x26205 $x26212 $x24264 $x24271 $x23338 $x23345 $x25424 $x25431 $x14686 $x14676 $x14668 $x14658 $x14648 $x14633 $x14625 $x14615 $x14604 $x14596 $x14586 $x14571 $x14561 $x14553 $x14543 $x14533 $x14518 $x14510 $x14500 $x14490 $x14482 $x14472 $x14457 $x14447 $x14439 $x14429 $x14419 $x15484 $x14396 $x14386 $x14376 $x14368 $x14357 $x14342 $x14332 $x14324 $x14314 $x14304 $x14289 $x14281 $x14271 $x14261 $x14253 $x15478 $x14228 $x14218 $x14210 $x14200 $x15476 $x14175 $x14167 $x14157 $x14147 $x15475 $x14124 $x14114 $x14103 $x14095 $x14080 $x14070 $x14060 $x14052 $x14042 $x14027 $x14019 $x14009 $x13999 $x13989 $x13976 $x13966 $x13956 $x13946 $x13933 $x13923 $x13913 $x13905 $x13895 $x13880 $x13870 $x13862 $x13851 $x13836 $x13826 $x13818 $x13808 $x13793 $x13785 $x13775 $x13765 $x13750 $x13742 $x13732 $x13722 $x13707 $x13699 $x13689 $x13679 $x15456 $x13656 $x13646 $x13636 $x13623 $x13613 $x13603 $x13593 $x13579 $x13569 $x13559 $x15451 $x13536 $x13526 $x13516 $x13503 $x13493 $x13483 $x13468 $x13460)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
