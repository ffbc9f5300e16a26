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
 (let (($x1519 (> phase_200 35)))
 (let (($x1518 (> phase_199 35)))
 (let (($x1517 (> phase_198 35)))
 (let (($x1516 (> phase_197 35)))
 (let (($x1515 (> phase_196 35)))
 (let (($x1514 (> phase_195 35)))
 (let (($x1504 (> phase_194 35)))
 (let (($x1503 (> phase_193 35)))
 (let (($x1502 (> phase_192 35)))
 (let (($x1501 (> phase_191 35)))
 (let (($x1500 (> phase_190 35)))
 (let (($x1499 (> phase_189 35)))
 (let (($x1495 (> phase_188 35)))
 (let (($x1494 (> phase_187 35)))
 (let (($x1493 (> phase_186 35)))
 (let (($x1492 (> phase_185 35)))
 (let (($x1491 (> phase_184 35)))
 (let (($x1490 (> phase_183 35)))
 (let (($x1489 (> phase_182 35)))
 (let (($x977 (> phase_181 35)))
 (let (($x1481 (> phase_180 35)))
 (let (($x1480 (> phase_179 35)))
 (let (($x1479 (> phase_178 35)))
 (let (($x1478 (> phase_177 35)))
 (let (($x1477 (> phase_176 35)))
 (let (($x1476 (> phase_175 35)))
 (let (($x1475 (> phase_174 35)))
 (let (($x1471 (> phase_173 35)))
 (let (($x1470 (> phase_172 35)))
 (let (($x1469 (> phase_171 35)))
 (let (($x1468 (> phase_170 35)))
 (let (($x1467 (> phase_169 35)))
 (let (($x1466 (> phase_168 35)))
 (let (($x1465 (> phase_167 35)))
 (let (($x869 (> phase_166 35)))
 (let (($x1457 (> phase_165 35)))
 (let (($x1456 (> phase_164 35)))
 (let (($x1455 (> phase_163 35)))
 (let (($x1454 (> phase_162 35)))
 (let (($x1453 (> phase_161 35)))
 (let (($x1452 (> phase_160 35)))
 (let (($x1451 (> phase_159 35)))
 (let (($x1450 (> phase_158 35)))
 (let (($x1449 (> phase_157 35)))
 (let (($x1448 (> phase_156 35)))
 (let (($x1444 (> phase_155 35)))
 (let (($x1443 (> phase_154 35)))
 (let (($x1442 (> phase_153 35)))
 (let (($x991 (> phase_152 35)))
 (let (($x1434 (> phase_151 35)))
 (let (($x1433 (> phase_150 35)))
 (let (($x1432 (> phase_149 35)))
 (let (($x1431 (> phase_148 35)))
 (let (($x1430 (> phase_147 35)))
 (let (($x1429 (> phase_146 35)))
 (let (($x1428 (> phase_145 35)))
 (let (($x1427 (> phase_144 35)))
 (let (($x1426 (> phase_143 35)))
 (let (($x1425 (> phase_142 35)))
 (let (($x1424 (> phase_141 35)))
 (let (($x1420 (> phase_140 35)))
 (let (($x1028 (> phase_139 35)))
 (let (($x1412 (> phase_138 35)))
 (let (($x1411 (> phase_137 35)))
 (let (($x1410 (> phase_136 35)))
 (let (($x1409 (> phase_135 35)))
 (let (($x1407 (> phase_134 35)))
 (let (($x1406 (> phase_133 35)))
 (let (($x1405 (> phase_132 35)))
 (let (($x1404 (> phase_131 35)))
 (let (($x1403 (> phase_130 35)))
 (let (($x1401 (> phase_129 35)))
 (let (($x1400 (> phase_128 35)))
 (let (($x1399 (> phase_127 35)))
 (let (($x982 (> phase_126 35)))
 (let (($x1391 (> phase_125 35)))
 (let (($x1387 (> phase_124 35)))
 (let (($x1386 (> phase_123 35)))
 (let (($x1385 (> phase_122 35)))
 (let (($x1384 (> phase_121 35)))
 (let (($x1383 (> phase_120 35)))
 (let (($x1382 (> phase_119 35)))
 (let (($x1381 (> phase_118 35)))
 (let (($x1380 (> phase_117 35)))
 (let (($x1379 (> phase_116 35)))
 (let (($x981 (> phase_115 35)))
 (let (($x1371 (> phase_114 35)))
 (let (($x1370 (> phase_113 35)))
 (let (($x1369 (> phase_112 35)))
 (let (($x1368 (> phase_111 35)))
 (let (($x1367 (> phase_110 35)))
 (let (($x1366 (> phase_109 35)))
 (let (($x1365 (> phase_108 35)))
 (let (($x1364 (> phase_107 35)))
 (let (($x1363 (> phase_106 35)))
 (let (($x1362 (> phase_105 35)))
 (let (($x1361 (> phase_104 35)))
 (let (($x1360 (> phase_103 35)))
 (let (($x1191 (> phase_102 35)))
 (let (($x1352 (> phase_101 35)))
 (let (($x1351 (> phase_100 35)))
 (let (($x1350 (> phase_99 35)))
 (let (($x1349 (> phase_98 35)))
 (let (($x1348 (> phase_97 35)))
 (let (($x1347 (> phase_96 35)))
 (let (($x1346 (> phase_95 35)))
 (let (($x1345 (> phase_94 35)))
 (let (($x1344 (> phase_93 35)))
 (let (($x1343 (> phase_92 35)))
 (let (($x1342 (> phase_91 35)))
 (let (($x1173 (> phase_90 35)))
 (let (($x1334 (> phase_89 35)))
 (let (($x1333 (> phase_88 35)))
 (let (($x1332 (> phase_87 35)))
 (let (($x1329 (> phase_86 35)))
 (let (($x1328 (> phase_85 35)))
 (let (($x923 (> phase_84 35)))
 (let (($x1317 (> phase_83 35)))
 (let (($x1316 (> phase_82 35)))
 (let (($x1312 (> phase_81 35)))
 (let (($x1311 (> phase_80 35)))
 (let (($x1310 (> phase_79 35)))
 (let (($x1309 (> phase_78 35)))
 (let (($x895 (> phase_77 35)))
 (let (($x1301 (> phase_76 35)))
 (let (($x1300 (> phase_75 35)))
 (let (($x1299 (> phase_74 35)))
 (let (($x1298 (> phase_73 35)))
 (let (($x1297 (> phase_72 35)))
 (let (($x1296 (> phase_71 35)))
 (let (($x1295 (> phase_70 35)))
 (let (($x1294 (> phase_69 35)))
 (let (($x1073 (> phase_68 35)))
 (let (($x1286 (> phase_67 35)))
 (let (($x1285 (> phase_66 35)))
 (let (($x1284 (> phase_65 35)))
 (let (($x1283 (> phase_64 35)))
 (let (($x1282 (> phase_63 35)))
 (let (($x1281 (> phase_62 35)))
 (let (($x1280 (> phase_61 35)))
 (let (($x1096 (> phase_60 35)))
 (let (($x1272 (> phase_59 35)))
 (let (($x1271 (> phase_58 35)))
 (let (($x1270 (> phase_57 35)))
 (let (($x1269 (> phase_56 35)))
 (let (($x1268 (> phase_55 35)))
 (let (($x1267 (> phase_54 35)))
 (let (($x826 (> phase_53 35)))
 (let (($x1259 (> phase_52 35)))
 (let (($x1258 (> phase_51 35)))
 (let (($x1257 (> phase_50 35)))
 (let (($x1256 (> phase_49 35)))
 (let (($x1255 (> phase_48 35)))
 (let (($x901 (> phase_47 35)))
 (let (($x1247 (> phase_46 35)))
 (let (($x1246 (> phase_45 35)))
 (let (($x1245 (> phase_44 35)))
 (let (($x1244 (> phase_43 35)))
 (let (($x970 (> phase_42 35)))
 (let (($x1236 (> phase_41 35)))
 (let (($x1235 (> phase_40 35)))
 (let (($x1234 (> phase_39 35)))
 (let (($x1196 (> phase_38 35)))
 (let (($x1220 (> phase_37 35)))
 (let (($x1219 (> phase_36 35)))
 (let (($x541 (> phase_35 35)))
 (let (($x891 (> phase_34 35)))
 (let (($x841 (> phase_33 35)))
 (let (($x3810 (> phase_32 35)))
 (let (($x801 (> phase_31 35)))
 (let (($x800 (> phase_30 35)))
 (let (($x799 (> phase_29 35)))
 (let (($x793 (> phase_28 35)))
 (let (($x792 (> phase_27 35)))
 (let (($x791 (> phase_26 35)))
 (let (($x779 (> phase_25 35)))
 (let (($x778 (> phase_24 35)))
 (let (($x777 (> phase_23 35)))
 (let (($x770 (> phase_22 35)))
 (let (($x769 (> phase_21 35)))
 (let (($x768 (> phase_20 35)))
 (let (($x767 (> phase_19 35)))
 (let (($x766 (> phase_18 35)))
 (let (($x765 (> phase_17 35)))
 (let (($x764 (> phase_16 35)))
 (let (($x763 (> phase_15 35)))
 (let (($x762 (> phase_14 35)))
 (let (($x761 (> phase_13 35)))
 (let (($x760 (> phase_12 35)))
 (let (($x759 (> phase_11 35)))
 (let (($x758 (> phase_10 35)))
 (let (($x757 (> phase_9 35)))
 (let (($x756 (> phase_8 35)))
 (let (($x755 (> phase_7 35)))
 (let (($x754 (> phase_6 35)))
 (let (($x753 (> phase_5 35)))
 (let (($x752 (> phase_4 35)))
 (let (($x751 (> phase_3 35)))
 (let (($x750 (> phase_2 35)))
 (let (($x1934 (> phase_1 35)))
 (let (($x1933 (> phase_0 35)))
 (or $x1933 $x1934 $x750 $x751 $x752 $x753 $x754 $x755 $x756 $x757 $x758 $x759 $x760 $x761 $x762 $x763 $x764 $x765 $x766 $x767 $x768 $x769 $x770 $x777 $x778 $x779 $x791 $x792 $x793 $x799 $x800 $x801 $x3810 $x841 $x891 $x541 $x1219 $x1220 $x1196 $x1234 $x1235 $x1236 $x970 $x1244 $x1245 $x1246 $x1247 $x901 $x1255 $x1256 $x1257 $x1258 $x1259 $x826 $x1267 $x1268 $x1269 $x1270 $x1271 $x1272 $x1096 $x1280 $x1281 $x1282 $x1283 $x1284 $x1285 $x1286 $x1073 $x1294 $x1295 $x1296 $x1297 $x1298 $x1299 $x1300 $x1301 $x895 $x1309 $x1310 $x1311 $x1312 $x1316 $x1317 $x923 $x1328 $x1329 $x1332 $x1333 $x1334 $x1173 $x1342 $x1343 $x1344 $x1345 $x1346 $x1347 $x1348 $x1349 $x1350 $x1351 $x1352 $x1191 $x1360 $x1361 $x1362 $x1363 $x1364 $x1365 $x1366 $x1367 $x1368 $x1369 $x1370 $x1371 $x981 $x1379 $x1380 $x1381 $x1382 $x1383 $x1384 $x1385 $x1386 $x1387 $x1391 $x982 $x1399 $x1400 $x1401 $x1403 $x1404 $x1405 $x1406 $x1407 $x1409 $x1410 $x1411 $x1412 $x1028 $x1420 $x1424 $x1425 $x1426 $x1427 $x1428 $x1429 $x1430 $x1431 $x1432 $x1433 $x1434 $x991 $x1442 $x1443 $x1444 $x1448 $x1449 $x1450 $x1451 $x1452 $x1453 $x1454 $x1455 $x1456 $x1457 $x869 $x1465 $x1466 $x1467 $x1468 $x1469 $x1470 $x1471 $x1475 $x1476 $x1477 $x1478 $x1479 $x1480 $x1481 $x977 $x1489 $x1490 $x1491 $x1492 $x1493 $x1494 $x1495 $x1499 $x1500 $x1501 $x1502 $x1503 $x1504 $x1514 $x1515 $x1516 $x1517 $x1518 $x1519)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
