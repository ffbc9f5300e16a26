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
 (let (($x13450 (<= phase_170 phase_169)))
 (let (($x13460 (<= phase_170 phase_168)))
 (let (($x13468 (<= phase_169 phase_168)))
 (let (($x13483 (<= phase_168 phase_29)))
 (let (($x13493 (<= phase_168 phase_28)))
 (let (($x13503 (<= phase_168 phase_11)))
 (let (($x13516 (<= phase_167 phase_166)))
 (let (($x13526 (<= phase_167 phase_165)))
 (let (($x13536 (<= phase_166 phase_165)))
 (let (($x15451 (<= phase_165 phase_28)))
 (let (($x13559 (<= phase_165 phase_27)))
 (let (($x13569 (<= phase_165 phase_11)))
 (let (($x13579 (<= phase_164 phase_163)))
 (let (($x13593 (<= phase_164 phase_162)))
 (let (($x13603 (<= phase_163 phase_162)))
 (let (($x13613 (<= phase_162 phase_27)))
 (let (($x13623 (<= phase_162 phase_26)))
 (let (($x13636 (<= phase_162 phase_11)))
 (let (($x13646 (<= phase_161 phase_160)))
 (let (($x13656 (<= phase_161 phase_159)))
 (let (($x15456 (<= phase_160 phase_159)))
 (let (($x13679 (<= phase_159 phase_26)))
 (let (($x13689 (<= phase_159 phase_25)))
 (let (($x13699 (<= phase_159 phase_11)))
 (let (($x13707 (<= phase_158 phase_157)))
 (let (($x13722 (<= phase_158 phase_156)))
 (let (($x13732 (<= phase_157 phase_156)))
 (let (($x13742 (<= phase_156 phase_25)))
 (let (($x13750 (<= phase_156 phase_24)))
 (let (($x13765 (<= phase_156 phase_11)))
 (let (($x13775 (<= phase_155 phase_154)))
 (let (($x13785 (<= phase_155 phase_153)))
 (let (($x13793 (<= phase_154 phase_153)))
 (let (($x13808 (<= phase_153 phase_24)))
 (let (($x13818 (<= phase_153 phase_23)))
 (let (($x13826 (<= phase_153 phase_11)))
 (let (($x13836 (<= phase_152 phase_151)))
 (let (($x13851 (<= phase_152 phase_150)))
 (let (($x13862 (<= phase_151 phase_150)))
 (let (($x13870 (<= phase_150 phase_23)))
 (let (($x13880 (<= phase_150 phase_22)))
 (let (($x13895 (<= phase_150 phase_11)))
 (let (($x13905 (<= phase_149 phase_148)))
 (let (($x13913 (<= phase_149 phase_147)))
 (let (($x13923 (<= phase_148 phase_147)))
 (let (($x13933 (<= phase_147 phase_22)))
 (let (($x13946 (<= phase_147 phase_21)))
 (let (($x13956 (<= phase_147 phase_11)))
 (let (($x13966 (<= phase_146 phase_145)))
 (let (($x13976 (<= phase_146 phase_144)))
 (let (($x13989 (<= phase_145 phase_144)))
 (let (($x13999 (<= phase_144 phase_21)))
 (let (($x14009 (<= phase_144 phase_20)))
 (let (($x14019 (<= phase_144 phase_11)))
 (let (($x14027 (<= phase_143 phase_142)))
 (let (($x14042 (<= phase_143 phase_141)))
 (let (($x14052 (<= phase_142 phase_141)))
 (let (($x14060 (<= phase_141 phase_20)))
 (let (($x14070 (<= phase_141 phase_19)))
 (let (($x14080 (<= phase_141 phase_11)))
 (let (($x14095 (<= phase_140 phase_139)))
 (let (($x14103 (<= phase_140 phase_138)))
 (let (($x14114 (<= phase_139 phase_138)))
 (let (($x14124 (<= phase_138 phase_19)))
 (let (($x15475 (<= phase_138 phase_18)))
 (let (($x14147 (<= phase_138 phase_11)))
 (let (($x14157 (<= phase_137 phase_136)))
 (let (($x14167 (<= phase_137 phase_135)))
 (let (($x14175 (<= phase_136 phase_135)))
 (let (($x15476 (<= phase_135 phase_18)))
 (let (($x14200 (<= phase_135 phase_17)))
 (let (($x14210 (<= phase_135 phase_11)))
 (let (($x14218 (<= phase_134 phase_133)))
 (let (($x14228 (<= phase_134 phase_132)))
 (let (($x15478 (<= phase_133 phase_132)))
 (let (($x14253 (<= phase_132 phase_17)))
 (let (($x14261 (<= phase_132 phase_16)))
 (let (($x14271 (<= phase_132 phase_11)))
 (let (($x14281 (<= phase_131 phase_130)))
 (let (($x14289 (<= phase_131 phase_129)))
 (let (($x14304 (<= phase_130 phase_129)))
 (let (($x14314 (<= phase_129 phase_16)))
 (let (($x14324 (<= phase_129 phase_15)))
 (let (($x14332 (<= phase_129 phase_11)))
 (let (($x14342 (<= phase_128 phase_127)))
 (let (($x14357 (<= phase_128 phase_126)))
 (let (($x14368 (<= phase_127 phase_126)))
 (let (($x14376 (<= phase_126 phase_15)))
 (let (($x14386 (<= phase_126 phase_14)))
 (let (($x14396 (<= phase_126 phase_11)))
 (let (($x15484 (<= phase_125 phase_29)))
 (let (($x14419 (<= phase_125 phase_8)))
 (let (($x14429 (<= phase_124 phase_28)))
 (let (($x14439 (<= phase_124 phase_8)))
 (let (($x14447 (<= phase_123 phase_27)))
 (let (($x14457 (<= phase_123 phase_8)))
 (let (($x14472 (<= phase_122 phase_26)))
 (let (($x14482 (<= phase_122 phase_8)))
 (let (($x14490 (<= phase_121 phase_25)))
 (let (($x14500 (<= phase_121 phase_8)))
 (let (($x14510 (<= phase_120 phase_24)))
 (let (($x14518 (<= phase_120 phase_8)))
 (let (($x14533 (<= phase_119 phase_23)))
 (let (($x14543 (<= phase_119 phase_8)))
 (let (($x14553 (<= phase_118 phase_22)))
 (let (($x14561 (<= phase_118 phase_8)))
 (let (($x14571 (<= phase_117 phase_21)))
 (let (($x14586 (<= phase_117 phase_8)))
 (let (($x14596 (<= phase_116 phase_20)))
 (let (($x14604 (<= phase_116 phase_8)))
 (let (($x14615 (<= phase_115 phase_19)))
 (let (($x14625 (<= phase_115 phase_8)))
 (let (($x14633 (<= phase_114 phase_18)))
 (let (($x14648 (<= phase_114 phase_8)))
 (let (($x14658 (<= phase_113 phase_17)))
 (let (($x14668 (<= phase_113 phase_8)))
 (let (($x14676 (<= phase_112 phase_16)))
 (let (($x14686 (<= phase_112 phase_8)))
 (let (($x1368 (<= phase_111 phase_15)))
 (let (($x1365 (<= phase_111 phase_8)))
 (let (($x1356 (<= phase_110 phase_14)))
 (let (($x1353 (<= phase_110 phase_8)))
 (let (($x1350 (<= phase_109 phase_108)))
 (let (($x946 (<= phase_109 phase_107)))
 (let (($x1338 (<= phase_109 phase_106)))
 (let (($x1335 (<= phase_108 phase_16)))
 (let (($x1332 (<= phase_107 phase_15)))
 (let (($x1323 (<= phase_106 phase_14)))
 (let (($x1320 (<= phase_105 phase_104)))
 (let (($x1317 (<= phase_105 phase_103)))
 (let (($x1308 (<= phase_104 phase_102)))
 (let (($x1305 (<= phase_104 phase_98)))
 (let (($x1119 (<= phase_104 phase_94)))
 (let (($x1293 (<= phase_104 phase_90)))
 (let (($x1290 (<= phase_103 phase_102)))
 (let (($x1281 (<= phase_103 phase_98)))
 (let (($x1278 (<= phase_103 phase_94)))
 (let (($x1269 (<= phase_103 phase_90)))
 (let (($x993 (<= phase_102 phase_101)))
 (let (($x1257 (<= phase_102 phase_100)))
 (let (($x1242 (<= phase_102 phase_99)))
 (let (($x864 (<= phase_101 phase_20)))
 (let (($x3767 (<= phase_100 phase_20)))
 (let (($x824 (<= phase_99 phase_20)))
 (let (($x822 (<= phase_98 phase_97)))
 (let (($x819 (<= phase_98 phase_96)))
 (let (($x816 (<= phase_98 phase_95)))
 (let (($x813 (<= phase_97 phase_19)))
 (let (($x810 (<= phase_96 phase_19)))
 (let (($x807 (<= phase_95 phase_19)))
 (let (($x804 (<= phase_94 phase_93)))
 (let (($x801 (<= phase_94 phase_92)))
 (let (($x798 (<= phase_94 phase_91)))
 (let (($x795 (<= phase_93 phase_18)))
 (let (($x792 (<= phase_92 phase_18)))
 (let (($x789 (<= phase_91 phase_18)))
 (let (($x786 (<= phase_90 phase_89)))
 (let (($x783 (<= phase_90 phase_88)))
 (let (($x780 (<= phase_90 phase_87)))
 (let (($x777 (<= phase_89 phase_17)))
 (let (($x774 (<= phase_88 phase_17)))
 (let (($x771 (<= phase_87 phase_17)))
 (let (($x768 (<= phase_86 phase_85)))
 (let (($x765 (<= phase_86 phase_84)))
 (let (($x763 (<= phase_85 phase_83)))
 (let (($x26098 (<= phase_85 phase_79)))
 (let (($x26108 (<= phase_85 phase_75)))
 (let (($x22420 (<= phase_85 phase_71)))
 (let (($x23115 (<= phase_84 phase_83)))
 (let (($x23107 (<= phase_84 phase_79)))
 (let (($x24375 (<= phase_84 phase_75)))
 (let (($x25083 (<= phase_84 phase_71)))
 (let (($x26230 (<= phase_83 phase_82)))
 (let (($x26223 (<= phase_83 phase_81)))
 (let (($x26136 (<= phase_83 phase_80)))
 (let (($x24619 (<= phase_82 phase_19)))
 (let (($x23578 (<= phase_81 phase_19)))
 (let (($x23570 (<= phase_80 phase_19)))
 (let (($x25906 (<= phase_79 phase_78)))
 (let (($x24851 (<= phase_79 phase_77)))
 (let (($x24504 (<= phase_79 phase_76)))
 (let (($x24496 (<= phase_78 phase_18)))
 (let (($x26133 (<= phase_77 phase_18)))
 (let (($x24040 (<= phase_76 phase_18)))
 (let (($x23462 (<= phase_75 phase_74)))
 (let (($x23454 (<= phase_75 phase_73)))
 (let (($x26168 (<= phase_75 phase_72)))
 (let (($x26164 (<= phase_74 phase_17)))
 (let (($x25549 (<= phase_73 phase_17)))
 (let (($x25541 (<= phase_72 phase_17)))
 (let (($x26201 (<= phase_71 phase_70)))
 (let (($x21886 (<= phase_71 phase_69)))
 (let (($x26115 (<= phase_71 phase_68)))
 (let (($x26143 (<= phase_70 phase_16)))
 (let (($x24143 (<= phase_69 phase_16)))
 (let (($x26100 (<= phase_68 phase_16)))
 (let (($x26206 (<= phase_67 phase_66)))
 (let (($x26209 (<= phase_67 phase_65)))
 (let (($x23680 (<= phase_66 phase_64)))
 (let (($x22305 (<= phase_66 phase_60)))
 (let (($x26190 (<= phase_66 phase_56)))
 (let (($x26221 (<= phase_66 phase_52)))
 (let (($x21784 (<= phase_65 phase_64)))
 (let (($x24967 (<= phase_65 phase_60)))
 (let (($x25665 (<= phase_65 phase_56)))
 (let (($x25657 (<= phase_65 phase_52)))
 (let (($x25187 (<= phase_64 phase_63)))
 (let (($x22883 (<= phase_64 phase_62)))
 (let (($x26103 (<= phase_64 phase_61)))
 (let (($x21983 (<= phase_63 phase_18)))
 (let (($x23912 (<= phase_62 phase_18)))
 (let (($x22651 (<= phase_61 phase_18)))
 (let (($x25432 (<= phase_60 phase_59)))
 (let (($x25424 (<= phase_60 phase_58)))
 (let (($x23333 (<= phase_60 phase_57)))
 (let (($x24271 (<= phase_59 phase_17)))
 (let (($x26213 (<= phase_58 phase_17)))
 (let (($x26205 (<= phase_57 phase_17)))
 (let (($x26129 (<= phase_56 phase_55)))
 (let (($x25315 (<= phase_56 phase_54)))
 (let (($x22190 (<= phase_56 phase_53)))
 (let (($x22182 (<= phase_55 phase_16)))
 (let (($x26234 (<= phase_54 phase_16)))
 (let (($x26170 (<= phase_53 phase_16)))
 (let (($x23809 (<= phase_52 phase_51)))
 (let (($x23801 (<= phase_52 phase_50)))
 (let (($x23217 (<= phase_52 phase_49)))
 (let (($x24735 (<= phase_51 phase_15)))
 (let (($x26157 (<= phase_50 phase_15)))
 (let (($x20976 (<= phase_49 phase_15)))
 (let (($x22986 (<= phase_48 phase_47)))
 (let (($x22536 (<= phase_48 phase_46)))
 (let (($x26036 (<= phase_47 phase_45)))
 (let (($x26018 (<= phase_47 phase_41)))
 (let (($x26160 (<= phase_47 phase_37)))
 (let (($x25796 (<= phase_47 phase_33)))
 (let (($x22768 (<= phase_46 phase_45)))
 (let (($x22755 (<= phase_46 phase_41)))
 (let (($x19783 (<= phase_46 phase_37)))
 (let (($x19781 (<= phase_46 phase_33)))
 (let (($x19779 (<= phase_45 phase_44)))
 (let (($x19777 (<= phase_45 phase_43)))
 (let (($x19775 (<= phase_45 phase_42)))
 (let (($x19773 (<= phase_44 phase_17)))
 (let (($x19771 (<= phase_43 phase_17)))
 (let (($x19769 (<= phase_42 phase_17)))
 (let (($x19767 (<= phase_41 phase_40)))
 (let (($x19765 (<= phase_41 phase_39)))
 (let (($x19763 (<= phase_41 phase_38)))
 (let (($x19761 (<= phase_40 phase_16)))
 (let (($x19759 (<= phase_39 phase_16)))
 (let (($x19757 (<= phase_38 phase_16)))
 (let (($x19755 (<= phase_37 phase_36)))
 (let (($x19753 (<= phase_37 phase_35)))
 (let (($x19751 (<= phase_37 phase_34)))
 (let (($x19749 (<= phase_36 phase_15)))
 (let (($x19747 (<= phase_35 phase_15)))
 (let (($x19745 (<= phase_34 phase_15)))
 (let (($x19743 (<= phase_33 phase_32)))
 (let (($x19709 (<= phase_33 phase_31)))
 (let (($x19704 (<= phase_33 phase_30)))
 (let (($x19702 (<= phase_32 phase_14)))
 (let (($x19700 (<= phase_31 phase_14)))
 (let (($x19698 (<= phase_30 phase_14)))
 (let (($x19696 (<= phase_13 phase_12)))
 (let (($x19694 (<= phase_11 phase_10)))
 (let (($x19692 (<= phase_11 phase_9)))
 (let (($x19688 (<= phase_8 phase_7)))
 (let (($x19686 (<= phase_8 phase_6)))
 (let (($x19684 (<= phase_5 phase_4)))
 (let (($x2374 (<= phase_3 phase_0)))
 (let (($x2373 (<= phase_2 phase_0)))
 (let (($x2372 (<= phase_1 phase_0)))
 (or $x2372 $x2373 $x2374 $x19684 $x19686 $x19688 $x19692 $x19694 $x19696 $x19698 $x19700 $x19702 $x19704 $x19709 $x19743 $x19745 $x19747 $x19749 $x19751 $x19753 $x19755 $x19757 $x19759 $x19761 $x19763 $x19765 $x19767 $x19769 $x19771 $x19773 $x19775 $x19777 $x19779 $x19781 $x19783 $x22755 $x22768 $x25796 $x26160 $x26018 $x26036 $x22536 $x22986 $x20976 $x26157 $x24735 $x23217 $x23801 $x23809 $x26170 $x26234 $x22182 $x22190 $x25315 $x26129 $x26205 $x26213 $x24271 $x23333 $x25424 $x25432 $x22651 $x23912 $x21983 $x26103 $x22883 $x25187 $x25657 $x25665 $x24967 $x21784 $x26221 $x26190 $x22305 $x23680 $x26209 $x26206 $x26100 $x24143 $x26143 $x26115 $x21886 $x26201 $x25541 $x25549 $x26164 $x26168 $x23454 $x23462 $x24040 $x26133 $x24496 $x24504 $x24851 $x25906 $x23570 $x23578 $x24619 $x26136 $x26223 $x26230 $x25083 $x24375 $x23107 $x23115 $x22420 $x26108 $x26098 $x763 $x765 $x768 $x771 $x774 $x777 $x780 $x783 $x786 $x789 $x792 $x795 $x798 $x801 $x804 $x807 $x810 $x813 $x816 $x819 $x822 $x824 $x3767 $x864 $x1242 $x1257 $x993 $x1269 $x1278 $x1281 $x1290 $x1293 $x1119 $x1305 $x1308 $x1317 $x1320 $x1323 $x1323 $x1332 $x1332 $x1335 $x1335 $x1338 $x946 $x1350 $x1353 $x1356 $x1365 $x1368 $x14686 $x14676 $x14668 $x14658 $x14648 $x14633 $x14625 $x14615 $x14604 $x14596 $x14586 $x14571 $x14561 $x14553 $x14543 $x14533 $x14518 $x14510 $x14500 $x14490 $x14482 $x14472 $x14457 $x14447 $x14439 $x14429 $x14419 $x15484 $x14396 $x14386 $x14376 $x14368 $x14357 $x14342 $x14332 $x14324 $x14314 $x14304 $x14289 $x14281 $x14271 $x14261 $x14253 $x15478 $x14228 $x14218 $x14210 $x14200 $x15476 $x14175 $x14167 $x14157 $x14147 $x15475 $x14124 $x14114 $x14103 $x14095 $x14080 $x14070 $x14060 $x14052 $x14042 $x14027 $x14019 $x14009 $x13999 $x13989 $x13976 $x13966 $x13956 $x13946 $x13933 $x13923 $x13913 $x13905 $x13895 $x13880 $x13870 $x13862 $x13851 $x13836 $x13826 $x13818 $x13808 $x13793 $x13785 $x13775 $x13765 $x13750 $x13742 $x13732 $x13722 $x13707 $x13699 $x13689 $x13679 $x15456 $x13656 $x13646 $x13636 $x13623 $x13613 $x13603 $x13593 $x13579 $x13569 $x13559 $x15451 $x13536 $x13526 $x13516 $x13503 $x13493 $x13483 $x13468 $x13460 $x13450)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
