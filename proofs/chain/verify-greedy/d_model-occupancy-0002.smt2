(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_118 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_182 () Int)
(declare-fun phase_183 () Int)
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
(declare-fun d_model () Int)
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 0))
(assert
 (= phase_14 0))
(assert
 (= phase_27 0))
(assert
 (= phase_40 0))
(assert
 (= phase_53 0))
(assert
 (= phase_66 0))
(assert
 (= phase_79 0))
(assert
 (= phase_92 0))
(assert
 (= phase_105 0))
(assert
 (= phase_118 0))
(assert
 (= phase_131 0))
(assert
 (= phase_144 0))
(assert
 (= phase_157 0))
(assert
 (= phase_169 63))
(assert
 (= phase_170 0))
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
 (= d_model 42))
(assert
 (let ((?x1356 (ite (and (and true (<= phase_218 boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x1092 (+ phase_216 1)))
 (let ((?x1989 (ite (> ?x1092 phase_215) ?x1092 phase_215)))
 (let ((?x1079 (+ phase_217 1)))
 (let (($x3374 (and (and true (<= phase_215 boundary)) (<= boundary (ite (> ?x1079 ?x1989) ?x1079 ?x1989)))))
 (let ((?x2017 (ite $x3374 1 0)))
 (let ((?x1503 (ite (> ?x1092 phase_211) ?x1092 phase_211)))
 (let (($x1529 (and (and true (<= phase_211 boundary)) (<= boundary (ite (> ?x1079 ?x1503) ?x1079 ?x1503)))))
 (let ((?x3975 (ite $x1529 1 0)))
 (let ((?x3215 (ite (> ?x1092 phase_207) ?x1092 phase_207)))
 (let (($x3553 (and (and true (<= phase_207 boundary)) (<= boundary (ite (> ?x1079 ?x3215) ?x1079 ?x3215)))))
 (let ((?x1496 (ite $x3553 1 0)))
 (let ((?x1462 (ite (> ?x1092 phase_203) ?x1092 phase_203)))
 (let (($x1467 (and (and true (<= phase_203 boundary)) (<= boundary (ite (> ?x1079 ?x1462) ?x1079 ?x1462)))))
 (let ((?x1476 (ite $x1467 1 0)))
 (let ((?x110 (+ phase_199 1)))
 (let ((?x1015 (+ phase_212 1)))
 (let ((?x1475 (ite (> ?x1015 ?x110) ?x1015 ?x110)))
 (let ((?x1053 (+ phase_213 1)))
 (let ((?x1447 (ite (> ?x1053 ?x1475) ?x1053 ?x1475)))
 (let ((?x1054 (+ phase_214 1)))
 (let ((?x1160 (ite (> phase_212 phase_199) phase_212 phase_199)))
 (let ((?x1162 (ite (> phase_213 ?x1160) phase_213 ?x1160)))
 (let ((?x1164 (ite (> phase_214 ?x1162) phase_214 ?x1162)))
 (let (($x1166 (not (<= ?x1164 ?x110))))
 (let (($x1453 (and (and $x1166 (<= ?x110 boundary)) (<= boundary (ite (> ?x1054 ?x1447) ?x1054 ?x1447)))))
 (let ((?x1455 (ite $x1453 1 0)))
 (let ((?x106 (+ phase_198 1)))
 (let ((?x977 (+ phase_208 1)))
 (let ((?x1224 (ite (> ?x977 ?x106) ?x977 ?x106)))
 (let ((?x979 (+ phase_209 1)))
 (let ((?x1208 (ite (> ?x979 ?x1224) ?x979 ?x1224)))
 (let ((?x984 (+ phase_210 1)))
 (let ((?x1141 (ite (> phase_208 phase_198) phase_208 phase_198)))
 (let ((?x1143 (ite (> phase_209 ?x1141) phase_209 ?x1141)))
 (let ((?x1145 (ite (> phase_210 ?x1143) phase_210 ?x1143)))
 (let (($x1147 (not (<= ?x1145 ?x106))))
 (let (($x1425 (and (and $x1147 (<= ?x106 boundary)) (<= boundary (ite (> ?x984 ?x1208) ?x984 ?x1208)))))
 (let ((?x2285 (ite $x1425 1 0)))
 (let ((?x102 (+ phase_197 1)))
 (let ((?x905 (+ phase_204 1)))
 (let ((?x1243 (ite (> ?x905 ?x102) ?x905 ?x102)))
 (let ((?x919 (+ phase_205 1)))
 (let ((?x1239 (ite (> ?x919 ?x1243) ?x919 ?x1243)))
 (let ((?x924 (+ phase_206 1)))
 (let ((?x1122 (ite (> phase_204 phase_197) phase_204 phase_197)))
 (let ((?x1124 (ite (> phase_205 ?x1122) phase_205 ?x1122)))
 (let ((?x1126 (ite (> phase_206 ?x1124) phase_206 ?x1124)))
 (let (($x1128 (not (<= ?x1126 ?x102))))
 (let (($x1229 (and (and $x1128 (<= ?x102 boundary)) (<= boundary (ite (> ?x924 ?x1239) ?x924 ?x1239)))))
 (let ((?x1226 (ite $x1229 1 0)))
 (let ((?x1241 (ite (and (and true (<= phase_195 boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x1256 (ite (and (and true (<= phase_192 boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x1269 (ite (and (and true (<= phase_189 boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x1274 (ite (and (and true (<= phase_186 boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x932 (+ phase_193 1)))
 (let ((?x1307 (ite (> ?x932 phase_182) ?x932 phase_182)))
 (let ((?x978 (+ phase_194 1)))
 (let ((?x1304 (ite (> ?x978 ?x1307) ?x978 ?x1307)))
 (let (($x1288 (and (and true (<= phase_182 boundary)) (<= boundary (ite (> phase_195 ?x1304) phase_195 ?x1304)))))
 (let ((?x1287 (ite $x1288 1 0)))
 (let ((?x1798 (+ phase_180 1)))
 (let ((?x1344 (ite (> ?x1798 phase_179) ?x1798 phase_179)))
 (let ((?x1805 (+ phase_181 1)))
 (let ((?x1329 (ite (> ?x1805 ?x1344) ?x1805 ?x1344)))
 (let ((?x1812 (+ phase_190 1)))
 (let ((?x1328 (ite (> ?x1812 ?x1329) ?x1812 ?x1329)))
 (let ((?x907 (+ phase_191 1)))
 (let ((?x1325 (ite (> ?x907 ?x1328) ?x907 ?x1328)))
 (let ((?x1318 (ite (> phase_182 ?x1325) phase_182 ?x1325)))
 (let (($x1314 (and (and true (<= phase_179 boundary)) (<= boundary (ite (> phase_192 ?x1318) phase_192 ?x1318)))))
 (let ((?x1306 (ite $x1314 1 0)))
 (let ((?x1152 (ite (> ?x1798 phase_169) ?x1798 phase_169)))
 (let ((?x1150 (ite (> ?x1805 ?x1152) ?x1805 ?x1152)))
 (let (($x1345 (and (and true (<= phase_169 boundary)) (<= boundary (ite (> phase_182 ?x1150) phase_182 ?x1150)))))
 (let ((?x1346 (ite $x1345 1 0)))
 (let ((?x1130 (ite (and (and true (<= (- 1) boundary)) (<= boundary 536870911)) 1 0)))
 (let ((?x1803 (ite (> ?x1798 (- 1)) ?x1798 (- 1))))
 (let ((?x1811 (ite (> ?x1805 ?x1803) ?x1805 ?x1803)))
 (let ((?x1818 (ite (> ?x1812 ?x1811) ?x1812 ?x1811)))
 (let ((?x894 (ite (> ?x907 ?x1818) ?x907 ?x1818)))
 (let ((?x922 (ite (> ?x905 ?x894) ?x905 ?x894)))
 (let ((?x923 (ite (> ?x919 ?x922) ?x919 ?x922)))
 (let ((?x934 (ite (> ?x924 ?x923) ?x924 ?x923)))
 (let ((?x950 (ite (> ?x932 ?x934) ?x932 ?x934)))
 (let ((?x962 (ite (> ?x978 ?x950) ?x978 ?x950)))
 (let ((?x966 (ite (> ?x977 ?x962) ?x977 ?x962)))
 (let ((?x999 (ite (> ?x979 ?x966) ?x979 ?x966)))
 (let ((?x1000 (ite (> ?x984 ?x999) ?x984 ?x999)))
 (let ((?x1038 (ite (> ?x1015 ?x1000) ?x1015 ?x1000)))
 (let ((?x1037 (ite (> ?x1053 ?x1038) ?x1053 ?x1038)))
 (let ((?x1041 (ite (> ?x1054 ?x1037) ?x1054 ?x1037)))
 (let ((?x1076 (ite (> ?x1092 ?x1041) ?x1092 ?x1041)))
 (let (($x1113 (and true (<= (- 1) boundary))))
 (let ((?x1114 (ite (and $x1113 (<= boundary (ite (> ?x1079 ?x1076) ?x1079 ?x1076))) 1 0)))
 (let ((?x1357 (+ ?x1114 ?x1130 ?x1130 ?x1130 ?x1346 ?x1306 ?x1287 ?x1274 ?x1269 ?x1256 ?x1241 ?x1226 ?x2285 ?x1455 ?x1476 ?x1496 ?x3975 ?x2017 ?x1356)))
 (let (($x2201 (> ?x1357 d_model)))
 (let (($x1807 (<= boundary 79)))
 (let (($x1871 (>= boundary 65)))
 (let (($x1177 (>= boundary 1)))
 (let (($x1946 (and (and (= boundary (+ (* 2 boundary_half) 1)) $x1177) $x1807)))
 (let (($x1767 (and (and $x1946 $x1871) $x1807)))
 (and $x1767 $x2201))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
