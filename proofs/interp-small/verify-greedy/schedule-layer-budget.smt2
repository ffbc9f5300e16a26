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
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 3))
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
 (= phase_12 4))
(assert
 (= phase_13 6))
(assert
 (= phase_14 6))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 6))
(assert
 (= phase_18 6))
(assert
 (= phase_19 6))
(assert
 (= phase_20 6))
(assert
 (= phase_21 6))
(assert
 (= phase_22 6))
(assert
 (= phase_23 6))
(assert
 (= phase_24 6))
(assert
 (= phase_25 6))
(assert
 (= phase_26 6))
(assert
 (= phase_27 6))
(assert
 (= phase_28 6))
(assert
 (= phase_29 6))
(assert
 (= phase_30 6))
(assert
 (= phase_31 6))
(assert
 (= phase_32 6))
(assert
 (= phase_33 6))
(assert
 (= phase_34 6))
(assert
 (= phase_35 6))
(assert
 (= phase_36 6))
(assert
 (= phase_37 6))
(assert
 (= phase_38 4))
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
 (= phase_44 10))
(assert
 (= phase_45 10))
(assert
 (= phase_46 11))
(assert
 (= phase_47 10))
(assert
 (= phase_48 10))
(assert
 (= phase_49 11))
(assert
 (= phase_50 10))
(assert
 (= phase_51 10))
(assert
 (= phase_52 11))
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
 (= phase_71 11))
(assert
 (= phase_72 11))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_75 15))
(assert
 (= phase_76 15))
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
 (= phase_85 10))
(assert
 (= phase_86 10))
(assert
 (= phase_87 10))
(assert
 (= phase_88 11))
(assert
 (= phase_89 10))
(assert
 (= phase_90 10))
(assert
 (= phase_91 10))
(assert
 (= phase_92 11))
(assert
 (= phase_93 10))
(assert
 (= phase_94 10))
(assert
 (= phase_95 10))
(assert
 (= phase_96 11))
(assert
 (= phase_97 10))
(assert
 (= phase_98 10))
(assert
 (= phase_99 10))
(assert
 (= phase_100 11))
(assert
 (= phase_101 14))
(assert
 (= phase_102 14))
(assert
 (= phase_103 15))
(assert
 (= phase_104 10))
(assert
 (= phase_105 10))
(assert
 (= phase_106 11))
(assert
 (= phase_107 10))
(assert
 (= phase_108 10))
(assert
 (= phase_109 11))
(assert
 (= phase_110 26))
(assert
 (= phase_111 26))
(assert
 (= phase_112 27))
(assert
 (= phase_113 26))
(assert
 (= phase_114 26))
(assert
 (= phase_115 27))
(assert
 (= phase_116 26))
(assert
 (= phase_117 26))
(assert
 (= phase_118 27))
(assert
 (= phase_119 26))
(assert
 (= phase_120 26))
(assert
 (= phase_121 27))
(assert
 (= phase_122 26))
(assert
 (= phase_123 26))
(assert
 (= phase_124 27))
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
 (= phase_138 18))
(assert
 (= phase_139 18))
(assert
 (= phase_140 26))
(assert
 (= phase_141 26))
(assert
 (= phase_142 30))
(assert
 (= phase_143 30))
(assert
 (= phase_144 31))
(assert
 (= phase_145 34))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_148 35))
(assert
 (= phase_149 7))
(assert
 (= phase_150 3))
(assert
 (= phase_151 3))
(assert
 (= phase_152 10))
(assert
 (= phase_153 18))
(assert
 (= phase_154 14))
(assert
 (= phase_155 22))
(assert
 (= phase_156 30))
(assert
 (= phase_157 30))
(assert
 (= phase_158 34))
(assert
 (= phase_159 34))
(assert
 (= phase_160 26))
(assert
 (= phase_161 10))
(assert
 (= phase_162 30))
(assert
 (= phase_163 35))
(assert
 (= phase_164 10))
(assert
 (= phase_165 22))
(assert
 (= phase_166 18))
(assert
 (= phase_167 22))
(assert
 (= phase_168 30))
(assert
 (= phase_169 30))
(assert
 (= phase_170 34))
(assert
 (= phase_171 34))
(assert
 (= phase_172 35))
(assert
 (= phase_173 10))
(assert
 (= phase_174 26))
(assert
 (= phase_175 22))
(assert
 (= phase_176 22))
(assert
 (= phase_177 30))
(assert
 (= phase_178 30))
(assert
 (= phase_179 34))
(assert
 (= phase_180 34))
(assert
 (= phase_181 35))
(assert
 (= phase_182 10))
(assert
 (= phase_183 30))
(assert
 (= phase_184 26))
(assert
 (= phase_185 22))
(assert
 (= phase_186 30))
(assert
 (= phase_187 30))
(assert
 (= phase_188 34))
(assert
 (= phase_189 34))
(assert
 (= phase_190 35))
(assert
 (= phase_191 7))
(assert
 (= phase_192 21))
(assert
 (= phase_193 10))
(assert
 (= phase_194 10))
(assert
 (= phase_195 10))
(assert
 (= phase_196 10))
(assert
 (= phase_197 10))
(assert
 (= phase_198 10))
(assert
 (= phase_199 10))
(assert
 (= phase_200 10))
(assert
 (let (($x2145 (> phase_200 35)))
 (let (($x2143 (> phase_199 35)))
 (let (($x2141 (> phase_198 35)))
 (let (($x2139 (> phase_197 35)))
 (let (($x2137 (> phase_196 35)))
 (let (($x2127 (> phase_195 35)))
 (let (($x2125 (> phase_194 35)))
 (let (($x2123 (> phase_193 35)))
 (let (($x2121 (> phase_192 35)))
 (let (($x2119 (> phase_191 35)))
 (let (($x2117 (> phase_190 35)))
 (let (($x2115 (> phase_189 35)))
 (let (($x2113 (> phase_188 35)))
 (let (($x2111 (> phase_187 35)))
 (let (($x2109 (> phase_186 35)))
 (let (($x2107 (> phase_185 35)))
 (let (($x2103 (> phase_184 35)))
 (let (($x2101 (> phase_183 35)))
 (let (($x2097 (> phase_182 35)))
 (let (($x928 (> phase_181 35)))
 (let (($x2083 (> phase_180 35)))
 (let (($x2081 (> phase_179 35)))
 (let (($x2079 (> phase_178 35)))
 (let (($x2077 (> phase_177 35)))
 (let (($x2075 (> phase_176 35)))
 (let (($x2073 (> phase_175 35)))
 (let (($x2071 (> phase_174 35)))
 (let (($x2069 (> phase_173 35)))
 (let (($x2067 (> phase_172 35)))
 (let (($x2063 (> phase_171 35)))
 (let (($x2061 (> phase_170 35)))
 (let (($x2059 (> phase_169 35)))
 (let (($x2057 (> phase_168 35)))
 (let (($x2055 (> phase_167 35)))
 (let (($x2053 (> phase_166 35)))
 (let (($x2051 (> phase_165 35)))
 (let (($x1082 (> phase_164 35)))
 (let (($x2041 (> phase_163 35)))
 (let (($x2037 (> phase_162 35)))
 (let (($x2031 (> phase_161 35)))
 (let (($x2029 (> phase_160 35)))
 (let (($x2027 (> phase_159 35)))
 (let (($x2025 (> phase_158 35)))
 (let (($x2023 (> phase_157 35)))
 (let (($x2021 (> phase_156 35)))
 (let (($x2019 (> phase_155 35)))
 (let (($x2017 (> phase_154 35)))
 (let (($x2015 (> phase_153 35)))
 (let (($x2013 (> phase_152 35)))
 (let (($x2011 (> phase_151 35)))
 (let (($x2009 (> phase_150 35)))
 (let (($x2001 (> phase_149 35)))
 (let (($x1999 (> phase_148 35)))
 (let (($x1995 (> phase_147 35)))
 (let (($x1993 (> phase_146 35)))
 (let (($x1991 (> phase_145 35)))
 (let (($x1989 (> phase_144 35)))
 (let (($x1987 (> phase_143 35)))
 (let (($x1985 (> phase_142 35)))
 (let (($x1983 (> phase_141 35)))
 (let (($x1981 (> phase_140 35)))
 (let (($x1979 (> phase_139 35)))
 (let (($x1977 (> phase_138 35)))
 (let (($x1975 (> phase_137 35)))
 (let (($x1973 (> phase_136 35)))
 (let (($x1971 (> phase_135 35)))
 (let (($x1969 (> phase_134 35)))
 (let (($x1961 (> phase_133 35)))
 (let (($x1959 (> phase_132 35)))
 (let (($x1957 (> phase_131 35)))
 (let (($x1955 (> phase_130 35)))
 (let (($x1953 (> phase_129 35)))
 (let (($x1951 (> phase_128 35)))
 (let (($x1949 (> phase_127 35)))
 (let (($x1947 (> phase_126 35)))
 (let (($x1945 (> phase_125 35)))
 (let (($x1943 (> phase_124 35)))
 (let (($x1939 (> phase_123 35)))
 (let (($x1937 (> phase_122 35)))
 (let (($x1935 (> phase_121 35)))
 (let (($x1931 (> phase_120 35)))
 (let (($x874 (> phase_119 35)))
 (let (($x1921 (> phase_118 35)))
 (let (($x1919 (> phase_117 35)))
 (let (($x1917 (> phase_116 35)))
 (let (($x1915 (> phase_115 35)))
 (let (($x1913 (> phase_114 35)))
 (let (($x1911 (> phase_113 35)))
 (let (($x1909 (> phase_112 35)))
 (let (($x1907 (> phase_111 35)))
 (let (($x1905 (> phase_110 35)))
 (let (($x1903 (> phase_109 35)))
 (let (($x1901 (> phase_108 35)))
 (let (($x1899 (> phase_107 35)))
 (let (($x1897 (> phase_106 35)))
 (let (($x1895 (> phase_105 35)))
 (let (($x1893 (> phase_104 35)))
 (let (($x1095 (> phase_103 35)))
 (let (($x1883 (> phase_102 35)))
 (let (($x1881 (> phase_101 35)))
 (let (($x1879 (> phase_100 35)))
 (let (($x1877 (> phase_99 35)))
 (let (($x1875 (> phase_98 35)))
 (let (($x1873 (> phase_97 35)))
 (let (($x1869 (> phase_96 35)))
 (let (($x1867 (> phase_95 35)))
 (let (($x1865 (> phase_94 35)))
 (let (($x1863 (> phase_93 35)))
 (let (($x1861 (> phase_92 35)))
 (let (($x1859 (> phase_91 35)))
 (let (($x1857 (> phase_90 35)))
 (let (($x1855 (> phase_89 35)))
 (let (($x1847 (> phase_88 35)))
 (let (($x1845 (> phase_87 35)))
 (let (($x1843 (> phase_86 35)))
 (let (($x1841 (> phase_85 35)))
 (let (($x1839 (> phase_84 35)))
 (let (($x1837 (> phase_83 35)))
 (let (($x1835 (> phase_82 35)))
 (let (($x1827 (> phase_81 35)))
 (let (($x1825 (> phase_80 35)))
 (let (($x1823 (> phase_79 35)))
 (let (($x1821 (> phase_78 35)))
 (let (($x1819 (> phase_77 35)))
 (let (($x1811 (> phase_76 35)))
 (let (($x1809 (> phase_75 35)))
 (let (($x1807 (> phase_74 35)))
 (let (($x1805 (> phase_73 35)))
 (let (($x1803 (> phase_72 35)))
 (let (($x1801 (> phase_71 35)))
 (let (($x1799 (> phase_70 35)))
 (let (($x1797 (> phase_69 35)))
 (let (($x1795 (> phase_68 35)))
 (let (($x1793 (> phase_67 35)))
 (let (($x1791 (> phase_66 35)))
 (let (($x1789 (> phase_65 35)))
 (let (($x1787 (> phase_64 35)))
 (let (($x1785 (> phase_63 35)))
 (let (($x828 (> phase_62 35)))
 (let (($x1775 (> phase_61 35)))
 (let (($x1773 (> phase_60 35)))
 (let (($x1771 (> phase_59 35)))
 (let (($x1769 (> phase_58 35)))
 (let (($x1767 (> phase_57 35)))
 (let (($x1765 (> phase_56 35)))
 (let (($x1761 (> phase_55 35)))
 (let (($x1759 (> phase_54 35)))
 (let (($x1757 (> phase_53 35)))
 (let (($x1755 (> phase_52 35)))
 (let (($x1753 (> phase_51 35)))
 (let (($x1751 (> phase_50 35)))
 (let (($x1183 (> phase_49 35)))
 (let (($x1741 (> phase_48 35)))
 (let (($x1739 (> phase_47 35)))
 (let (($x1737 (> phase_46 35)))
 (let (($x1669 (> phase_45 35)))
 (let (($x1668 (> phase_44 35)))
 (let (($x1657 (> phase_43 35)))
 (let (($x1656 (> phase_42 35)))
 (let (($x1645 (> phase_41 35)))
 (let (($x1644 (> phase_40 35)))
 (let (($x1639 (> phase_39 35)))
 (let (($x1638 (> phase_38 35)))
 (let (($x1627 (> phase_37 35)))
 (let (($x1626 (> phase_36 35)))
 (let (($x1597 (> phase_35 35)))
 (let (($x1596 (> phase_34 35)))
 (let (($x1573 (> phase_33 35)))
 (let (($x1572 (> phase_32 35)))
 (let (($x1549 (> phase_31 35)))
 (let (($x1548 (> phase_30 35)))
 (let (($x1471 (> phase_29 35)))
 (let (($x1470 (> phase_28 35)))
 (let (($x1467 (> phase_27 35)))
 (let (($x1466 (> phase_26 35)))
 (let (($x1455 (> phase_25 35)))
 (let (($x1454 (> phase_24 35)))
 (let (($x1443 (> phase_23 35)))
 (let (($x1442 (> phase_22 35)))
 (let (($x1429 (> phase_21 35)))
 (let (($x1428 (> phase_20 35)))
 (let (($x1423 (> phase_19 35)))
 (let (($x1422 (> phase_18 35)))
 (let (($x1411 (> phase_17 35)))
 (let (($x1410 (> phase_16 35)))
 (let (($x1405 (> phase_15 35)))
 (let (($x1404 (> phase_14 35)))
 (let (($x1349 (> phase_13 35)))
 (let (($x1348 (> phase_12 35)))
 (let (($x1347 (> phase_11 35)))
 (let (($x1346 (> phase_10 35)))
 (let (($x1309 (> phase_9 35)))
 (let (($x895 (> phase_8 35)))
 (let (($x777 (> phase_7 35)))
 (let (($x776 (> phase_6 35)))
 (let (($x763 (> phase_5 35)))
 (let (($x762 (> phase_4 35)))
 (let (($x759 (> phase_3 35)))
 (let (($x758 (> phase_2 35)))
 (let (($x1736 (> phase_1 35)))
 (let (($x1735 (> phase_0 35)))
 (or $x1735 $x1736 $x758 $x759 $x762 $x763 $x776 $x777 $x895 $x1309 $x1346 $x1347 $x1348 $x1349 $x1404 $x1405 $x1410 $x1411 $x1422 $x1423 $x1428 $x1429 $x1442 $x1443 $x1454 $x1455 $x1466 $x1467 $x1470 $x1471 $x1548 $x1549 $x1572 $x1573 $x1596 $x1597 $x1626 $x1627 $x1638 $x1639 $x1644 $x1645 $x1656 $x1657 $x1668 $x1669 $x1737 $x1739 $x1741 $x1183 $x1751 $x1753 $x1755 $x1757 $x1759 $x1761 $x1765 $x1767 $x1769 $x1771 $x1773 $x1775 $x828 $x1785 $x1787 $x1789 $x1791 $x1793 $x1795 $x1797 $x1799 $x1801 $x1803 $x1805 $x1807 $x1809 $x1811 $x1819 $x1821 $x1823 $x1825 $x1827 $x1835 $x1837 $x1839 $x1841 $x1843 $x1845 $x1847 $x1855 $x1857 $x1859 $x1861 $x1863 $x1865 $x1867 $x1869 $x1873 $x1875 $x1877 $x1879 $x1881 $x1883 $x1095 $x1893 $x1895 $x1897 $x1899 $x1901 $x1903 $x1905 $x1907 $x1909 $x1911 $x1913 $x1915 $x1917 $x1919 $x1921 $x874 $x1931 $x1935 $x1937 $x1939 $x1943 $x1945 $x1947 $x1949 $x1951 $x1953 $x1955 $x1957 $x1959 $x1961 $x1969 $x1971 $x1973 $x1975 $x1977 $x1979 $x1981 $x1983 $x1985 $x1987 $x1989 $x1991 $x1993 $x1995 $x1999 $x2001 $x2009 $x2011 $x2013 $x2015 $x2017 $x2019 $x2021 $x2023 $x2025 $x2027 $x2029 $x2031 $x2037 $x2041 $x1082 $x2051 $x2053 $x2055 $x2057 $x2059 $x2061 $x2063 $x2067 $x2069 $x2071 $x2073 $x2075 $x2077 $x2079 $x2081 $x2083 $x928 $x2097 $x2101 $x2103 $x2107 $x2109 $x2111 $x2113 $x2115 $x2117 $x2119 $x2121 $x2123 $x2125 $x2127 $x2137 $x2139 $x2141 $x2143 $x2145)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
