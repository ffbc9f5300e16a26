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
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 6))
(assert
 (= phase_4 6))
(assert
 (= phase_5 7))
(assert
 (= phase_6 18))
(assert
 (= phase_7 18))
(assert
 (= phase_8 19))
(assert
 (= phase_9 22))
(assert
 (= phase_10 22))
(assert
 (= phase_11 23))
(assert
 (= phase_12 4))
(assert
 (= phase_13 26))
(assert
 (= phase_14 26))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 18))
(assert
 (= phase_18 22))
(assert
 (= phase_19 6))
(assert
 (= phase_20 6))
(assert
 (= phase_21 22))
(assert
 (= phase_22 26))
(assert
 (= phase_23 26))
(assert
 (= phase_24 26))
(assert
 (= phase_25 26))
(assert
 (= phase_26 26))
(assert
 (= phase_27 26))
(assert
 (= phase_28 26))
(assert
 (= phase_29 26))
(assert
 (= phase_30 26))
(assert
 (= phase_31 26))
(assert
 (= phase_32 26))
(assert
 (= phase_33 26))
(assert
 (= phase_34 26))
(assert
 (= phase_35 26))
(assert
 (= phase_36 26))
(assert
 (= phase_37 22))
(assert
 (= phase_38 24))
(assert
 (= phase_39 8))
(assert
 (= phase_40 8))
(assert
 (= phase_41 10))
(assert
 (= phase_42 10))
(assert
 (= phase_43 11))
(assert
 (= phase_44 14))
(assert
 (= phase_45 14))
(assert
 (= phase_46 15))
(assert
 (= phase_47 18))
(assert
 (= phase_48 18))
(assert
 (= phase_49 19))
(assert
 (= phase_50 22))
(assert
 (= phase_51 22))
(assert
 (= phase_52 23))
(assert
 (= phase_53 14))
(assert
 (= phase_54 14))
(assert
 (= phase_55 15))
(assert
 (= phase_56 15))
(assert
 (= phase_57 18))
(assert
 (= phase_58 18))
(assert
 (= phase_59 19))
(assert
 (= phase_60 19))
(assert
 (= phase_61 22))
(assert
 (= phase_62 22))
(assert
 (= phase_63 23))
(assert
 (= phase_64 23))
(assert
 (= phase_65 26))
(assert
 (= phase_66 26))
(assert
 (= phase_67 27))
(assert
 (= phase_68 27))
(assert
 (= phase_69 10))
(assert
 (= phase_70 10))
(assert
 (= phase_71 13))
(assert
 (= phase_72 19))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_75 17))
(assert
 (= phase_76 19))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_79 19))
(assert
 (= phase_80 19))
(assert
 (= phase_81 22))
(assert
 (= phase_82 22))
(assert
 (= phase_83 23))
(assert
 (= phase_84 23))
(assert
 (= phase_85 18))
(assert
 (= phase_86 18))
(assert
 (= phase_87 18))
(assert
 (= phase_88 21))
(assert
 (= phase_89 18))
(assert
 (= phase_90 18))
(assert
 (= phase_91 18))
(assert
 (= phase_92 21))
(assert
 (= phase_93 18))
(assert
 (= phase_94 18))
(assert
 (= phase_95 18))
(assert
 (= phase_96 21))
(assert
 (= phase_97 18))
(assert
 (= phase_98 18))
(assert
 (= phase_99 18))
(assert
 (= phase_100 21))
(assert
 (= phase_101 22))
(assert
 (= phase_102 22))
(assert
 (= phase_103 25))
(assert
 (= phase_104 22))
(assert
 (= phase_105 22))
(assert
 (= phase_106 25))
(assert
 (= phase_107 22))
(assert
 (= phase_108 22))
(assert
 (= phase_109 25))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_112 27))
(assert
 (= phase_113 30))
(assert
 (= phase_114 30))
(assert
 (= phase_115 31))
(assert
 (= phase_116 30))
(assert
 (= phase_117 30))
(assert
 (= phase_118 31))
(assert
 (= phase_119 30))
(assert
 (= phase_120 30))
(assert
 (= phase_121 31))
(assert
 (= phase_122 30))
(assert
 (= phase_123 30))
(assert
 (= phase_124 31))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_127 31))
(assert
 (= phase_128 30))
(assert
 (= phase_129 30))
(assert
 (= phase_130 31))
(assert
 (= phase_131 30))
(assert
 (= phase_132 30))
(assert
 (= phase_133 31))
(assert
 (= phase_134 30))
(assert
 (= phase_135 30))
(assert
 (= phase_136 31))
(assert
 (= phase_137 20))
(assert
 (= phase_138 30))
(assert
 (= phase_139 30))
(assert
 (= phase_140 30))
(assert
 (= phase_141 30))
(assert
 (= phase_142 30))
(assert
 (= phase_143 30))
(assert
 (= phase_144 31))
(assert
 (= phase_145 34))
(assert
 (= phase_146 34))
(assert
 (= phase_147 26))
(assert
 (= phase_148 35))
(assert
 (= phase_149 29))
(assert
 (= phase_150 33))
(assert
 (= phase_151 35))
(assert
 (= phase_152 34))
(assert
 (= phase_153 22))
(assert
 (= phase_154 22))
(assert
 (= phase_155 22))
(assert
 (= phase_156 34))
(assert
 (= phase_157 34))
(assert
 (= phase_158 34))
(assert
 (= phase_159 34))
(assert
 (= phase_160 26))
(assert
 (= phase_161 34))
(assert
 (= phase_162 30))
(assert
 (= phase_163 35))
(assert
 (= phase_164 34))
(assert
 (= phase_165 22))
(assert
 (= phase_166 22))
(assert
 (= phase_167 22))
(assert
 (= phase_168 34))
(assert
 (= phase_169 34))
(assert
 (= phase_170 34))
(assert
 (= phase_171 34))
(assert
 (= phase_172 35))
(assert
 (= phase_173 34))
(assert
 (= phase_174 26))
(assert
 (= phase_175 22))
(assert
 (= phase_176 22))
(assert
 (= phase_177 34))
(assert
 (= phase_178 34))
(assert
 (= phase_179 34))
(assert
 (= phase_180 34))
(assert
 (= phase_181 35))
(assert
 (= phase_182 34))
(assert
 (= phase_183 30))
(assert
 (= phase_184 26))
(assert
 (= phase_185 22))
(assert
 (= phase_186 34))
(assert
 (= phase_187 34))
(assert
 (= phase_188 34))
(assert
 (= phase_189 34))
(assert
 (= phase_190 35))
(assert
 (= phase_191 29))
(assert
 (= phase_192 23))
(assert
 (= phase_193 34))
(assert
 (= phase_194 34))
(assert
 (= phase_195 34))
(assert
 (= phase_196 34))
(assert
 (= phase_197 34))
(assert
 (= phase_198 34))
(assert
 (= phase_199 34))
(assert
 (= phase_200 34))
(assert
 (let (($x1865 (> phase_200 35)))
 (let (($x1861 (> phase_199 35)))
 (let (($x1859 (> phase_198 35)))
 (let (($x1857 (> phase_197 35)))
 (let (($x1855 (> phase_196 35)))
 (let (($x1847 (> phase_195 35)))
 (let (($x1845 (> phase_194 35)))
 (let (($x1843 (> phase_193 35)))
 (let (($x1841 (> phase_192 35)))
 (let (($x1839 (> phase_191 35)))
 (let (($x1835 (> phase_190 35)))
 (let (($x1833 (> phase_189 35)))
 (let (($x1831 (> phase_188 35)))
 (let (($x1829 (> phase_187 35)))
 (let (($x1827 (> phase_186 35)))
 (let (($x1825 (> phase_185 35)))
 (let (($x1823 (> phase_184 35)))
 (let (($x1821 (> phase_183 35)))
 (let (($x1819 (> phase_182 35)))
 (let (($x1811 (> phase_181 35)))
 (let (($x1807 (> phase_180 35)))
 (let (($x1805 (> phase_179 35)))
 (let (($x1803 (> phase_178 35)))
 (let (($x1801 (> phase_177 35)))
 (let (($x1799 (> phase_176 35)))
 (let (($x1797 (> phase_175 35)))
 (let (($x1795 (> phase_174 35)))
 (let (($x1791 (> phase_173 35)))
 (let (($x1789 (> phase_172 35)))
 (let (($x1787 (> phase_171 35)))
 (let (($x1785 (> phase_170 35)))
 (let (($x1773 (> phase_169 35)))
 (let (($x1771 (> phase_168 35)))
 (let (($x1765 (> phase_167 35)))
 (let (($x1763 (> phase_166 35)))
 (let (($x1761 (> phase_165 35)))
 (let (($x1759 (> phase_164 35)))
 (let (($x1757 (> phase_163 35)))
 (let (($x1755 (> phase_162 35)))
 (let (($x1753 (> phase_161 35)))
 (let (($x1751 (> phase_160 35)))
 (let (($x1183 (> phase_159 35)))
 (let (($x1741 (> phase_158 35)))
 (let (($x1739 (> phase_157 35)))
 (let (($x1737 (> phase_156 35)))
 (let (($x1735 (> phase_155 35)))
 (let (($x1731 (> phase_154 35)))
 (let (($x1729 (> phase_153 35)))
 (let (($x1727 (> phase_152 35)))
 (let (($x1725 (> phase_151 35)))
 (let (($x1723 (> phase_150 35)))
 (let (($x1721 (> phase_149 35)))
 (let (($x1719 (> phase_148 35)))
 (let (($x1717 (> phase_147 35)))
 (let (($x1148 (> phase_146 35)))
 (let (($x1676 (> phase_145 35)))
 (let (($x1674 (> phase_144 35)))
 (let (($x1672 (> phase_143 35)))
 (let (($x1668 (> phase_142 35)))
 (let (($x1666 (> phase_141 35)))
 (let (($x1664 (> phase_140 35)))
 (let (($x1658 (> phase_139 35)))
 (let (($x1656 (> phase_138 35)))
 (let (($x1654 (> phase_137 35)))
 (let (($x1646 (> phase_136 35)))
 (let (($x1644 (> phase_135 35)))
 (let (($x1642 (> phase_134 35)))
 (let (($x1640 (> phase_133 35)))
 (let (($x1638 (> phase_132 35)))
 (let (($x1636 (> phase_131 35)))
 (let (($x1634 (> phase_130 35)))
 (let (($x1632 (> phase_129 35)))
 (let (($x1630 (> phase_128 35)))
 (let (($x1628 (> phase_127 35)))
 (let (($x1626 (> phase_126 35)))
 (let (($x1624 (> phase_125 35)))
 (let (($x1616 (> phase_124 35)))
 (let (($x1614 (> phase_123 35)))
 (let (($x1610 (> phase_122 35)))
 (let (($x1608 (> phase_121 35)))
 (let (($x1606 (> phase_120 35)))
 (let (($x1604 (> phase_119 35)))
 (let (($x1602 (> phase_118 35)))
 (let (($x1600 (> phase_117 35)))
 (let (($x1598 (> phase_116 35)))
 (let (($x811 (> phase_115 35)))
 (let (($x1586 (> phase_114 35)))
 (let (($x1584 (> phase_113 35)))
 (let (($x1582 (> phase_112 35)))
 (let (($x1580 (> phase_111 35)))
 (let (($x1578 (> phase_110 35)))
 (let (($x1574 (> phase_109 35)))
 (let (($x1572 (> phase_108 35)))
 (let (($x1570 (> phase_107 35)))
 (let (($x1057 (> phase_106 35)))
 (let (($x1523 (> phase_105 35)))
 (let (($x1522 (> phase_104 35)))
 (let (($x1505 (> phase_103 35)))
 (let (($x1504 (> phase_102 35)))
 (let (($x1499 (> phase_101 35)))
 (let (($x1498 (> phase_100 35)))
 (let (($x1493 (> phase_99 35)))
 (let (($x1492 (> phase_98 35)))
 (let (($x1481 (> phase_97 35)))
 (let (($x1480 (> phase_96 35)))
 (let (($x1475 (> phase_95 35)))
 (let (($x1474 (> phase_94 35)))
 (let (($x1469 (> phase_93 35)))
 (let (($x1468 (> phase_92 35)))
 (let (($x1451 (> phase_91 35)))
 (let (($x1450 (> phase_90 35)))
 (let (($x1445 (> phase_89 35)))
 (let (($x1444 (> phase_88 35)))
 (let (($x1407 (> phase_87 35)))
 (let (($x1406 (> phase_86 35)))
 (let (($x1391 (> phase_85 35)))
 (let (($x1390 (> phase_84 35)))
 (let (($x1361 (> phase_83 35)))
 (let (($x1360 (> phase_82 35)))
 (let (($x1349 (> phase_81 35)))
 (let (($x1348 (> phase_80 35)))
 (let (($x1345 (> phase_79 35)))
 (let (($x1344 (> phase_78 35)))
 (let (($x1343 (> phase_77 35)))
 (let (($x1342 (> phase_76 35)))
 (let (($x1333 (> phase_75 35)))
 (let (($x1332 (> phase_74 35)))
 (let (($x1327 (> phase_73 35)))
 (let (($x1326 (> phase_72 35)))
 (let (($x1313 (> phase_71 35)))
 (let (($x1312 (> phase_70 35)))
 (let (($x1311 (> phase_69 35)))
 (let (($x1310 (> phase_68 35)))
 (let (($x1301 (> phase_67 35)))
 (let (($x1300 (> phase_66 35)))
 (let (($x1299 (> phase_65 35)))
 (let (($x1298 (> phase_64 35)))
 (let (($x1073 (> phase_63 35)))
 (let (($x1286 (> phase_62 35)))
 (let (($x1269 (> phase_61 35)))
 (let (($x1268 (> phase_60 35)))
 (let (($x1255 (> phase_59 35)))
 (let (($x901 (> phase_58 35)))
 (let (($x1247 (> phase_57 35)))
 (let (($x1246 (> phase_56 35)))
 (let (($x1245 (> phase_55 35)))
 (let (($x1244 (> phase_54 35)))
 (let (($x1219 (> phase_53 35)))
 (let (($x541 (> phase_52 35)))
 (let (($x801 (> phase_51 35)))
 (let (($x800 (> phase_50 35)))
 (let (($x795 (> phase_49 35)))
 (let (($x794 (> phase_48 35)))
 (let (($x771 (> phase_47 35)))
 (let (($x770 (> phase_46 35)))
 (let (($x767 (> phase_45 35)))
 (let (($x766 (> phase_44 35)))
 (let (($x757 (> phase_43 35)))
 (let (($x756 (> phase_42 35)))
 (let (($x755 (> phase_41 35)))
 (let (($x754 (> phase_40 35)))
 (let (($x751 (> phase_39 35)))
 (let (($x750 (> phase_38 35)))
 (let (($x26670 (> phase_37 35)))
 (let (($x26669 (> phase_36 35)))
 (let (($x31091 (> phase_35 35)))
 (let (($x31085 (> phase_34 35)))
 (let (($x31078 (> phase_33 35)))
 (let (($x28464 (> phase_32 35)))
 (let (($x31181 (> phase_31 35)))
 (let (($x31175 (> phase_30 35)))
 (let (($x31169 (> phase_29 35)))
 (let (($x29098 (> phase_28 35)))
 (let (($x29097 (> phase_27 35)))
 (let (($x29085 (> phase_26 35)))
 (let (($x29090 (> phase_25 35)))
 (let (($x30319 (> phase_24 35)))
 (let (($x30318 (> phase_23 35)))
 (let (($x30306 (> phase_22 35)))
 (let (($x30311 (> phase_21 35)))
 (let (($x12865 (> phase_20 35)))
 (let (($x31118 (> phase_19 35)))
 (let (($x31117 (> phase_18 35)))
 (let (($x31111 (> phase_17 35)))
 (let (($x31104 (> phase_16 35)))
 (let (($x12896 (> phase_15 35)))
 (let (($x30046 (> phase_14 35)))
 (let (($x30045 (> phase_13 35)))
 (let (($x30033 (> phase_12 35)))
 (let (($x31165 (> phase_11 35)))
 (let (($x31158 (> phase_10 35)))
 (let (($x27725 (> phase_9 35)))
 (let (($x27724 (> phase_8 35)))
 (let (($x28887 (> phase_7 35)))
 (let (($x28886 (> phase_6 35)))
 (let (($x30945 (> phase_5 35)))
 (let (($x30950 (> phase_4 35)))
 (let (($x28134 (> phase_3 35)))
 (let (($x28139 (> phase_2 35)))
 (let (($x1559 (> phase_1 35)))
 (let (($x1558 (> phase_0 35)))
 (or $x1558 $x1559 $x28139 $x28134 $x30950 $x30945 $x28886 $x28887 $x27724 $x27725 $x31158 $x31165 $x30033 $x30045 $x30046 $x12896 $x31104 $x31111 $x31117 $x31118 $x12865 $x30311 $x30306 $x30318 $x30319 $x29090 $x29085 $x29097 $x29098 $x31169 $x31175 $x31181 $x28464 $x31078 $x31085 $x31091 $x26669 $x26670 $x750 $x751 $x754 $x755 $x756 $x757 $x766 $x767 $x770 $x771 $x794 $x795 $x800 $x801 $x541 $x1219 $x1244 $x1245 $x1246 $x1247 $x901 $x1255 $x1268 $x1269 $x1286 $x1073 $x1298 $x1299 $x1300 $x1301 $x1310 $x1311 $x1312 $x1313 $x1326 $x1327 $x1332 $x1333 $x1342 $x1343 $x1344 $x1345 $x1348 $x1349 $x1360 $x1361 $x1390 $x1391 $x1406 $x1407 $x1444 $x1445 $x1450 $x1451 $x1468 $x1469 $x1474 $x1475 $x1480 $x1481 $x1492 $x1493 $x1498 $x1499 $x1504 $x1505 $x1522 $x1523 $x1057 $x1570 $x1572 $x1574 $x1578 $x1580 $x1582 $x1584 $x1586 $x811 $x1598 $x1600 $x1602 $x1604 $x1606 $x1608 $x1610 $x1614 $x1616 $x1624 $x1626 $x1628 $x1630 $x1632 $x1634 $x1636 $x1638 $x1640 $x1642 $x1644 $x1646 $x1654 $x1656 $x1658 $x1664 $x1666 $x1668 $x1672 $x1674 $x1676 $x1148 $x1717 $x1719 $x1721 $x1723 $x1725 $x1727 $x1729 $x1731 $x1735 $x1737 $x1739 $x1741 $x1183 $x1751 $x1753 $x1755 $x1757 $x1759 $x1761 $x1763 $x1765 $x1771 $x1773 $x1785 $x1787 $x1789 $x1791 $x1795 $x1797 $x1799 $x1801 $x1803 $x1805 $x1807 $x1811 $x1819 $x1821 $x1823 $x1825 $x1827 $x1829 $x1831 $x1833 $x1835 $x1839 $x1841 $x1843 $x1845 $x1847 $x1855 $x1857 $x1859 $x1861 $x1865)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
