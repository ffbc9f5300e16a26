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
 (= phase_4 3))
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
 (= phase_14 0))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 7))
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
 (= phase_27 0))
(assert
 (= phase_28 10))
(assert
 (= phase_29 10))
(assert
 (= phase_30 11))
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
 (= phase_40 0))
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
 (= phase_53 0))
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
 (= phase_66 0))
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
 (= phase_79 0))
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
 (= phase_92 0))
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
 (= phase_105 0))
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
 (= phase_118 0))
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
 (= phase_131 0))
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
 (= phase_144 0))
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
 (= phase_157 0))
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
 (= phase_169 63))
(assert
 (= phase_170 0))
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
 (= phase_182 67))
(assert
 (= phase_183 0))
(assert
 (= phase_184 58))
(assert
 (= phase_185 58))
(assert
 (= phase_186 59))
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
 (= phase_196 0))
(assert
 (= phase_197 0))
(assert
 (= phase_198 0))
(assert
 (= phase_199 0))
(assert
 (= phase_200 62))
(assert
 (= phase_201 62))
(assert
 (= phase_202 62))
(assert
 (= phase_203 63))
(assert
 (= phase_204 66))
(assert
 (= phase_205 66))
(assert
 (= phase_206 66))
(assert
 (= phase_207 67))
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
 (let (($x2118 (> phase_218 79)))
 (let (($x2117 (> phase_217 79)))
 (let (($x2116 (> phase_216 79)))
 (let (($x2115 (> phase_215 79)))
 (let (($x951 (> phase_214 79)))
 (let (($x2107 (> phase_213 79)))
 (let (($x2106 (> phase_212 79)))
 (let (($x2105 (> phase_211 79)))
 (let (($x2104 (> phase_210 79)))
 (let (($x2103 (> phase_209 79)))
 (let (($x2102 (> phase_208 79)))
 (let (($x2101 (> phase_207 79)))
 (let (($x2100 (> phase_206 79)))
 (let (($x2099 (> phase_205 79)))
 (let (($x2098 (> phase_204 79)))
 (let (($x2097 (> phase_203 79)))
 (let (($x2096 (> phase_202 79)))
 (let (($x2095 (> phase_201 79)))
 (let (($x2094 (> phase_200 79)))
 (let (($x2093 (> phase_199 79)))
 (let (($x2092 (> phase_198 79)))
 (let (($x2091 (> phase_197 79)))
 (let (($x2090 (> phase_196 79)))
 (let (($x2089 (> phase_195 79)))
 (let (($x2088 (> phase_194 79)))
 (let (($x2087 (> phase_193 79)))
 (let (($x2086 (> phase_192 79)))
 (let (($x2085 (> phase_191 79)))
 (let (($x2084 (> phase_190 79)))
 (let (($x2083 (> phase_189 79)))
 (let (($x2082 (> phase_188 79)))
 (let (($x2081 (> phase_187 79)))
 (let (($x2080 (> phase_186 79)))
 (let (($x2079 (> phase_185 79)))
 (let (($x2078 (> phase_184 79)))
 (let (($x2077 (> phase_183 79)))
 (let (($x2076 (> phase_182 79)))
 (let (($x2075 (> phase_181 79)))
 (let (($x2074 (> phase_180 79)))
 (let (($x2073 (> phase_179 79)))
 (let (($x1105 (> phase_178 79)))
 (let (($x2065 (> phase_177 79)))
 (let (($x2064 (> phase_176 79)))
 (let (($x2055 (> phase_175 79)))
 (let (($x2054 (> phase_174 79)))
 (let (($x2053 (> phase_173 79)))
 (let (($x2052 (> phase_172 79)))
 (let (($x2051 (> phase_171 79)))
 (let (($x2050 (> phase_170 79)))
 (let (($x2049 (> phase_169 79)))
 (let (($x2048 (> phase_168 79)))
 (let (($x2047 (> phase_167 79)))
 (let (($x2046 (> phase_166 79)))
 (let (($x2045 (> phase_165 79)))
 (let (($x2044 (> phase_164 79)))
 (let (($x2043 (> phase_163 79)))
 (let (($x2042 (> phase_162 79)))
 (let (($x2041 (> phase_161 79)))
 (let (($x2040 (> phase_160 79)))
 (let (($x2039 (> phase_159 79)))
 (let (($x2038 (> phase_158 79)))
 (let (($x2034 (> phase_157 79)))
 (let (($x2033 (> phase_156 79)))
 (let (($x2032 (> phase_155 79)))
 (let (($x1121 (> phase_154 79)))
 (let (($x2024 (> phase_153 79)))
 (let (($x2023 (> phase_152 79)))
 (let (($x2022 (> phase_151 79)))
 (let (($x2021 (> phase_150 79)))
 (let (($x2020 (> phase_149 79)))
 (let (($x2019 (> phase_148 79)))
 (let (($x2018 (> phase_147 79)))
 (let (($x2017 (> phase_146 79)))
 (let (($x2016 (> phase_145 79)))
 (let (($x2015 (> phase_144 79)))
 (let (($x2014 (> phase_143 79)))
 (let (($x2013 (> phase_142 79)))
 (let (($x2012 (> phase_141 79)))
 (let (($x2011 (> phase_140 79)))
 (let (($x2010 (> phase_139 79)))
 (let (($x2009 (> phase_138 79)))
 (let (($x2008 (> phase_137 79)))
 (let (($x2007 (> phase_136 79)))
 (let (($x2006 (> phase_135 79)))
 (let (($x2005 (> phase_134 79)))
 (let (($x2004 (> phase_133 79)))
 (let (($x2003 (> phase_132 79)))
 (let (($x2002 (> phase_131 79)))
 (let (($x2001 (> phase_130 79)))
 (let (($x2000 (> phase_129 79)))
 (let (($x1999 (> phase_128 79)))
 (let (($x1998 (> phase_127 79)))
 (let (($x1997 (> phase_126 79)))
 (let (($x1996 (> phase_125 79)))
 (let (($x1995 (> phase_124 79)))
 (let (($x1994 (> phase_123 79)))
 (let (($x1993 (> phase_122 79)))
 (let (($x1983 (> phase_121 79)))
 (let (($x1982 (> phase_120 79)))
 (let (($x1981 (> phase_119 79)))
 (let (($x1980 (> phase_118 79)))
 (let (($x1979 (> phase_117 79)))
 (let (($x1978 (> phase_116 79)))
 (let (($x1977 (> phase_115 79)))
 (let (($x1976 (> phase_114 79)))
 (let (($x1975 (> phase_113 79)))
 (let (($x1974 (> phase_112 79)))
 (let (($x1973 (> phase_111 79)))
 (let (($x1972 (> phase_110 79)))
 (let (($x1971 (> phase_109 79)))
 (let (($x1970 (> phase_108 79)))
 (let (($x1969 (> phase_107 79)))
 (let (($x1968 (> phase_106 79)))
 (let (($x1967 (> phase_105 79)))
 (let (($x1966 (> phase_104 79)))
 (let (($x1965 (> phase_103 79)))
 (let (($x1964 (> phase_102 79)))
 (let (($x1963 (> phase_101 79)))
 (let (($x1962 (> phase_100 79)))
 (let (($x1961 (> phase_99 79)))
 (let (($x1960 (> phase_98 79)))
 (let (($x1959 (> phase_97 79)))
 (let (($x1958 (> phase_96 79)))
 (let (($x1957 (> phase_95 79)))
 (let (($x1956 (> phase_94 79)))
 (let (($x1955 (> phase_93 79)))
 (let (($x1954 (> phase_92 79)))
 (let (($x1953 (> phase_91 79)))
 (let (($x897 (> phase_90 79)))
 (let (($x1945 (> phase_89 79)))
 (let (($x1944 (> phase_88 79)))
 (let (($x1943 (> phase_87 79)))
 (let (($x1942 (> phase_86 79)))
 (let (($x1941 (> phase_85 79)))
 (let (($x1940 (> phase_84 79)))
 (let (($x1939 (> phase_83 79)))
 (let (($x1938 (> phase_82 79)))
 (let (($x1937 (> phase_81 79)))
 (let (($x1936 (> phase_80 79)))
 (let (($x1929 (> phase_79 79)))
 (let (($x1928 (> phase_78 79)))
 (let (($x1927 (> phase_77 79)))
 (let (($x1922 (> phase_76 79)))
 (let (($x1921 (> phase_75 79)))
 (let (($x1920 (> phase_74 79)))
 (let (($x1915 (> phase_73 79)))
 (let (($x1118 (> phase_72 79)))
 (let (($x1907 (> phase_71 79)))
 (let (($x1904 (> phase_70 79)))
 (let (($x1903 (> phase_69 79)))
 (let (($x1902 (> phase_68 79)))
 (let (($x1901 (> phase_67 79)))
 (let (($x1900 (> phase_66 79)))
 (let (($x1899 (> phase_65 79)))
 (let (($x1898 (> phase_64 79)))
 (let (($x1897 (> phase_63 79)))
 (let (($x1896 (> phase_62 79)))
 (let (($x1895 (> phase_61 79)))
 (let (($x1894 (> phase_60 79)))
 (let (($x1893 (> phase_59 79)))
 (let (($x1888 (> phase_58 79)))
 (let (($x1887 (> phase_57 79)))
 (let (($x1886 (> phase_56 79)))
 (let (($x1086 (> phase_55 79)))
 (let (($x1870 (> phase_54 79)))
 (let (($x1869 (> phase_53 79)))
 (let (($x1863 (> phase_52 79)))
 (let (($x1862 (> phase_51 79)))
 (let (($x1861 (> phase_50 79)))
 (let (($x1858 (> phase_49 79)))
 (let (($x1857 (> phase_48 79)))
 (let (($x1856 (> phase_47 79)))
 (let (($x1853 (> phase_46 79)))
 (let (($x1852 (> phase_45 79)))
 (let (($x1851 (> phase_44 79)))
 (let (($x1819 (> phase_43 79)))
 (let (($x1818 (> phase_42 79)))
 (let (($x1817 (> phase_41 79)))
 (let (($x1807 (> phase_40 79)))
 (let (($x851 (> phase_39 79)))
 (let (($x1799 (> phase_38 79)))
 (let (($x1796 (> phase_37 79)))
 (let (($x1795 (> phase_36 79)))
 (let (($x1794 (> phase_35 79)))
 (let (($x1793 (> phase_34 79)))
 (let (($x1792 (> phase_33 79)))
 (let (($x1791 (> phase_32 79)))
 (let (($x1790 (> phase_31 79)))
 (let (($x1789 (> phase_30 79)))
 (let (($x1788 (> phase_29 79)))
 (let (($x1787 (> phase_28 79)))
 (let (($x1786 (> phase_27 79)))
 (let (($x1785 (> phase_26 79)))
 (let (($x1784 (> phase_25 79)))
 (let (($x1783 (> phase_24 79)))
 (let (($x1782 (> phase_23 79)))
 (let (($x1781 (> phase_22 79)))
 (let (($x1780 (> phase_21 79)))
 (let (($x1779 (> phase_20 79)))
 (let (($x1778 (> phase_19 79)))
 (let (($x1777 (> phase_18 79)))
 (let (($x1776 (> phase_17 79)))
 (let (($x1775 (> phase_16 79)))
 (let (($x1774 (> phase_15 79)))
 (let (($x1773 (> phase_14 79)))
 (let (($x1206 (> phase_13 79)))
 (let (($x1765 (> phase_12 79)))
 (let (($x1764 (> phase_11 79)))
 (let (($x1763 (> phase_10 79)))
 (let (($x1762 (> phase_9 79)))
 (let (($x1761 (> phase_8 79)))
 (let (($x1760 (> phase_7 79)))
 (let (($x1759 (> phase_6 79)))
 (let (($x1758 (> phase_5 79)))
 (let (($x1757 (> phase_4 79)))
 (let (($x1756 (> phase_3 79)))
 (let (($x1755 (> phase_2 79)))
 (let (($x2479 (> phase_1 79)))
 (let (($x2478 (> phase_0 79)))
 (or $x2478 $x2479 $x1755 $x1756 $x1757 $x1758 $x1759 $x1760 $x1761 $x1762 $x1763 $x1764 $x1765 $x1206 $x1773 $x1774 $x1775 $x1776 $x1777 $x1778 $x1779 $x1780 $x1781 $x1782 $x1783 $x1784 $x1785 $x1786 $x1787 $x1788 $x1789 $x1790 $x1791 $x1792 $x1793 $x1794 $x1795 $x1796 $x1799 $x851 $x1807 $x1817 $x1818 $x1819 $x1851 $x1852 $x1853 $x1856 $x1857 $x1858 $x1861 $x1862 $x1863 $x1869 $x1870 $x1086 $x1886 $x1887 $x1888 $x1893 $x1894 $x1895 $x1896 $x1897 $x1898 $x1899 $x1900 $x1901 $x1902 $x1903 $x1904 $x1907 $x1118 $x1915 $x1920 $x1921 $x1922 $x1927 $x1928 $x1929 $x1936 $x1937 $x1938 $x1939 $x1940 $x1941 $x1942 $x1943 $x1944 $x1945 $x897 $x1953 $x1954 $x1955 $x1956 $x1957 $x1958 $x1959 $x1960 $x1961 $x1962 $x1963 $x1964 $x1965 $x1966 $x1967 $x1968 $x1969 $x1970 $x1971 $x1972 $x1973 $x1974 $x1975 $x1976 $x1977 $x1978 $x1979 $x1980 $x1981 $x1982 $x1983 $x1993 $x1994 $x1995 $x1996 $x1997 $x1998 $x1999 $x2000 $x2001 $x2002 $x2003 $x2004 $x2005 $x2006 $x2007 $x2008 $x2009 $x2010 $x2011 $x2012 $x2013 $x2014 $x2015 $x2016 $x2017 $x2018 $x2019 $x2020 $x2021 $x2022 $x2023 $x2024 $x1121 $x2032 $x2033 $x2034 $x2038 $x2039 $x2040 $x2041 $x2042 $x2043 $x2044 $x2045 $x2046 $x2047 $x2048 $x2049 $x2050 $x2051 $x2052 $x2053 $x2054 $x2055 $x2064 $x2065 $x1105 $x2073 $x2074 $x2075 $x2076 $x2077 $x2078 $x2079 $x2080 $x2081 $x2082 $x2083 $x2084 $x2085 $x2086 $x2087 $x2088 $x2089 $x2090 $x2091 $x2092 $x2093 $x2094 $x2095 $x2096 $x2097 $x2098 $x2099 $x2100 $x2101 $x2102 $x2103 $x2104 $x2105 $x2106 $x2107 $x951 $x2115 $x2116 $x2117 $x2118)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
