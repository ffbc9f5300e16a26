(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_39 () Int)
(declare-fun phase_40 () Int)
(declare-fun phase_43 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_104 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_106 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_115 () Int)
(declare-fun phase_117 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_137 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_142 () Int)
(declare-fun phase_143 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_147 () Int)
(declare-fun phase_148 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_152 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_185 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_187 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_190 () Int)
(declare-fun phase_192 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_194 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_213 () Int)
(declare-fun phase_214 () Int)
(declare-fun phase_215 () Int)
(declare-fun phase_216 () Int)
(declare-fun phase_217 () Int)
(declare-fun phase_218 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_284 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_286 () Int)
(declare-fun phase_288 () Int)
(declare-fun phase_289 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_292 () Int)
(declare-fun phase_293 () Int)
(declare-fun phase_297 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_302 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_306 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_309 () Int)
(declare-fun phase_310 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_324 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_348 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_360 () Int)
(declare-fun phase_361 () Int)
(declare-fun phase_362 () Int)
(declare-fun phase_363 () Int)
(declare-fun phase_365 () Int)
(declare-fun phase_366 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_368 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_375 () Int)
(declare-fun phase_376 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_381 () Int)
(declare-fun phase_382 () Int)
(declare-fun phase_384 () Int)
(declare-fun phase_385 () Int)
(declare-fun phase_386 () Int)
(declare-fun phase_387 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_392 () Int)
(declare-fun phase_394 () Int)
(declare-fun phase_395 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_402 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_408 () Int)
(declare-fun phase_415 () Int)
(declare-fun phase_416 () Int)
(declare-fun phase_417 () Int)
(declare-fun phase_424 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_437 () Int)
(declare-fun phase_438 () Int)
(declare-fun phase_439 () Int)
(declare-fun phase_441 () Int)
(declare-fun phase_443 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_450 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_457 () Int)
(declare-fun phase_458 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_463 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_476 () Int)
(declare-fun phase_477 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_481 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_485 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_494 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_499 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 0))
(assert
 (= phase_10 2))
(assert
 (= phase_11 0))
(assert
 (= phase_12 2))
(assert
 (= phase_14 2))
(assert
 (= phase_16 0))
(assert
 (= phase_17 0))
(assert
 (= phase_18 2))
(assert
 (= phase_19 2))
(assert
 (= phase_20 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_37 2))
(assert
 (= phase_38 0))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_43 0))
(assert
 (= phase_49 0))
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 4))
(assert
 (= phase_57 6))
(assert
 (= phase_58 6))
(assert
 (= phase_59 6))
(assert
 (= phase_61 6))
(assert
 (= phase_66 6))
(assert
 (= phase_69 6))
(assert
 (= phase_71 6))
(assert
 (= phase_73 4))
(assert
 (= phase_74 6))
(assert
 (= phase_75 6))
(assert
 (= phase_76 4))
(assert
 (= phase_77 6))
(assert
 (= phase_82 4))
(assert
 (= phase_83 6))
(assert
 (= phase_84 6))
(assert
 (= phase_85 6))
(assert
 (= phase_86 6))
(assert
 (= phase_87 6))
(assert
 (= phase_88 6))
(assert
 (= phase_89 4))
(assert
 (= phase_92 4))
(assert
 (= phase_93 6))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_100 8))
(assert
 (= phase_103 6))
(assert
 (= phase_104 8))
(assert
 (= phase_105 8))
(assert
 (= phase_106 2))
(assert
 (= phase_107 6))
(assert
 (= phase_109 6))
(assert
 (= phase_110 8))
(assert
 (= phase_112 8))
(assert
 (= phase_113 8))
(assert
 (= phase_114 8))
(assert
 (= phase_115 10))
(assert
 (= phase_117 8))
(assert
 (= phase_121 2))
(assert
 (= phase_125 6))
(assert
 (= phase_126 6))
(assert
 (= phase_127 6))
(assert
 (= phase_129 10))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (= phase_132 10))
(assert
 (= phase_134 10))
(assert
 (= phase_135 8))
(assert
 (= phase_137 6))
(assert
 (= phase_138 10))
(assert
 (= phase_140 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 8))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (= phase_152 12))
(assert
 (= phase_153 12))
(assert
 (= phase_154 8))
(assert
 (= phase_157 12))
(assert
 (= phase_158 12))
(assert
 (= phase_161 10))
(assert
 (= phase_162 14))
(assert
 (= phase_166 10))
(assert
 (= phase_168 12))
(assert
 (= phase_171 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 4))
(assert
 (= phase_174 10))
(assert
 (= phase_177 14))
(assert
 (= phase_179 10))
(assert
 (= phase_183 14))
(assert
 (= phase_185 14))
(assert
 (= phase_186 12))
(assert
 (= phase_187 10))
(assert
 (= phase_188 10))
(assert
 (= phase_189 14))
(assert
 (= phase_190 10))
(assert
 (= phase_192 10))
(assert
 (= phase_193 12))
(assert
 (= phase_194 14))
(assert
 (= phase_195 10))
(assert
 (= phase_197 10))
(assert
 (= phase_199 14))
(assert
 (= phase_203 14))
(assert
 (= phase_205 12))
(assert
 (= phase_207 14))
(assert
 (= phase_208 18))
(assert
 (= phase_210 10))
(assert
 (= phase_213 14))
(assert
 (= phase_214 18))
(assert
 (= phase_215 14))
(assert
 (= phase_216 14))
(assert
 (= phase_217 16))
(assert
 (= phase_218 14))
(assert
 (= phase_220 14))
(assert
 (= phase_221 18))
(assert
 (= phase_224 14))
(assert
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_228 14))
(assert
 (= phase_230 14))
(assert
 (= phase_233 14))
(assert
 (= phase_237 12))
(assert
 (= phase_242 14))
(assert
 (= phase_243 18))
(assert
 (= phase_244 14))
(assert
 (= phase_246 12))
(assert
 (= phase_247 16))
(assert
 (= phase_248 16))
(assert
 (= phase_251 18))
(assert
 (= phase_252 16))
(assert
 (= phase_253 22))
(assert
 (= phase_254 14))
(assert
 (= phase_255 20))
(assert
 (= phase_257 20))
(assert
 (= phase_259 16))
(assert
 (= phase_262 14))
(assert
 (= phase_263 22))
(assert
 (= phase_264 22))
(assert
 (= phase_265 16))
(assert
 (= phase_268 16))
(assert
 (= phase_270 22))
(assert
 (= phase_275 22))
(assert
 (= phase_276 18))
(assert
 (= phase_277 16))
(assert
 (= phase_278 18))
(assert
 (= phase_279 16))
(assert
 (= phase_280 18))
(assert
 (= phase_284 14))
(assert
 (= phase_285 14))
(assert
 (= phase_286 18))
(assert
 (= phase_288 22))
(assert
 (= phase_289 18))
(assert
 (= phase_290 18))
(assert
 (= phase_292 18))
(assert
 (= phase_293 22))
(assert
 (= phase_297 14))
(assert
 (= phase_299 20))
(assert
 (= phase_301 20))
(assert
 (= phase_302 14))
(assert
 (= phase_305 24))
(assert
 (= phase_306 18))
(assert
 (= phase_307 22))
(assert
 (= phase_309 22))
(assert
 (= phase_310 22))
(assert
 (= phase_313 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_324 26))
(assert
 (= phase_325 20))
(assert
 (= phase_326 24))
(assert
 (= phase_327 24))
(assert
 (= phase_328 20))
(assert
 (= phase_332 26))
(assert
 (= phase_334 24))
(assert
 (= phase_338 18))
(assert
 (= phase_339 26))
(assert
 (= phase_344 24))
(assert
 (= phase_345 24))
(assert
 (= phase_346 22))
(assert
 (= phase_347 18))
(assert
 (= phase_348 26))
(assert
 (= phase_354 30))
(assert
 (= phase_355 28))
(assert
 (= phase_357 26))
(assert
 (= phase_358 22))
(assert
 (= phase_360 22))
(assert
 (= phase_361 26))
(assert
 (= phase_362 22))
(assert
 (= phase_363 22))
(assert
 (= phase_365 26))
(assert
 (= phase_366 26))
(assert
 (= phase_367 28))
(assert
 (= phase_368 28))
(assert
 (= phase_369 24))
(assert
 (= phase_370 16))
(assert
 (= phase_371 26))
(assert
 (= phase_375 30))
(assert
 (= phase_376 26))
(assert
 (= phase_377 26))
(assert
 (= phase_379 30))
(assert
 (= phase_380 22))
(assert
 (= phase_381 26))
(assert
 (= phase_382 22))
(assert
 (= phase_384 26))
(assert
 (= phase_385 24))
(assert
 (= phase_386 26))
(assert
 (= phase_387 26))
(assert
 (= phase_390 28))
(assert
 (= phase_391 28))
(assert
 (= phase_392 26))
(assert
 (= phase_394 14))
(assert
 (= phase_395 26))
(assert
 (= phase_397 28))
(assert
 (= phase_398 28))
(assert
 (= phase_401 30))
(assert
 (= phase_402 30))
(assert
 (= phase_403 32))
(assert
 (= phase_405 30))
(assert
 (= phase_408 30))
(assert
 (= phase_415 32))
(assert
 (= phase_416 26))
(assert
 (= phase_417 34))
(assert
 (= phase_424 30))
(assert
 (= phase_425 32))
(assert
 (= phase_429 32))
(assert
 (= phase_431 26))
(assert
 (= phase_434 30))
(assert
 (= phase_435 26))
(assert
 (= phase_437 30))
(assert
 (= phase_438 30))
(assert
 (= phase_439 30))
(assert
 (= phase_441 34))
(assert
 (= phase_443 30))
(assert
 (= phase_444 28))
(assert
 (= phase_445 32))
(assert
 (= phase_450 36))
(assert
 (= phase_451 34))
(assert
 (= phase_452 30))
(assert
 (= phase_454 30))
(assert
 (= phase_455 38))
(assert
 (= phase_457 34))
(assert
 (= phase_458 34))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_463 34))
(assert
 (= phase_467 30))
(assert
 (= phase_469 30))
(assert
 (= phase_470 30))
(assert
 (= phase_475 30))
(assert
 (= phase_476 34))
(assert
 (= phase_477 38))
(assert
 (= phase_479 34))
(assert
 (= phase_480 36))
(assert
 (= phase_481 10))
(assert
 (= phase_482 36))
(assert
 (= phase_484 34))
(assert
 (= phase_485 38))
(assert
 (= phase_488 34))
(assert
 (= phase_489 34))
(assert
 (= phase_491 30))
(assert
 (= phase_493 30))
(assert
 (= phase_494 38))
(assert
 (= phase_496 38))
(assert
 (= phase_497 34))
(assert
 (= phase_498 34))
(assert
 (= phase_499 30))
(assert
 (let ((?x132695 (ite (and (and true (<= (- 1) 13)) (< 13 536870911)) x_0 0.0)))
 (= window_start_contents ?x132695)))
(assert
 (let (($x86189 (and (distinct window_start_contents read_value) true)))
 (let (($x25741 (not (and (and true (> boundary 13)) (<= boundary 17)))))
 (let (($x127441 (or $x25741 $x86189)))
 (let (($x52356 (= read_value x_0)))
 (let (($x133821 (and (and (= read_index 210) (not false)) (= boundary (- phase_370 1)))))
 (let (($x69815 (and $x133821 $x52356)))
 (let (($x101281 (and (and (= read_index 195) (not false)) (= boundary (- phase_347 1)))))
 (let (($x38091 (and $x101281 $x52356)))
 (let (($x79207 (and (and (= read_index 190) (not false)) (= boundary (- phase_338 1)))))
 (let (($x18482 (and $x79207 $x52356)))
 (let (($x138593 (and (and (= read_index 176) (not false)) (= boundary (- phase_306 1)))))
 (let (($x24801 (and $x138593 $x52356)))
 (let (($x16957 (and (and (= read_index 169) (not false)) (= boundary (- phase_292 1)))))
 (let (($x129379 (and $x16957 $x52356)))
 (let (($x48216 (and (and (= read_index 168) (not false)) (= boundary (- phase_290 1)))))
 (let (($x81801 (and $x48216 $x52356)))
 (let (($x6386 (and (and (= read_index 167) (not false)) (= boundary (- phase_289 1)))))
 (let (($x76763 (and $x6386 $x52356)))
 (let (($x122609 (and (and (= read_index 165) (not false)) (= boundary (- phase_286 1)))))
 (let (($x5106 (and $x122609 $x52356)))
 (let (($x117210 (and (and (= read_index 162) (not false)) (= boundary (- phase_280 1)))))
 (let (($x26091 (and $x117210 $x52356)))
 (let (($x132068 (and (and (= read_index 161) (not false)) (= boundary (- phase_279 1)))))
 (let (($x122613 (and $x132068 $x52356)))
 (let (($x2070 (and (and (= read_index 160) (not false)) (= boundary (- phase_278 1)))))
 (let (($x134129 (and $x2070 $x52356)))
 (let (($x119763 (and (and (= read_index 159) (not false)) (= boundary (- phase_277 1)))))
 (let (($x131113 (and $x119763 $x52356)))
 (let (($x26580 (and (and (= read_index 158) (not false)) (= boundary (- phase_276 1)))))
 (let (($x44030 (and $x26580 $x52356)))
 (let (($x132878 (and (and (= read_index 155) (not false)) (= boundary (- phase_268 1)))))
 (let (($x50607 (and $x132878 $x52356)))
 (let (($x113709 (and (and (= read_index 154) (not false)) (= boundary (- phase_265 1)))))
 (let (($x34333 (and $x113709 $x52356)))
 (let (($x28241 (and (and (= read_index 150) (not false)) (= boundary (- phase_259 1)))))
 (let (($x92317 (and $x28241 $x52356)))
 (let (($x69818 (and (and (= read_index 145) (not false)) (= boundary (- phase_252 1)))))
 (let (($x128300 (and $x69818 $x52356)))
 (let (($x52267 (and (and (= read_index 144) (not false)) (= boundary (- phase_251 1)))))
 (let (($x52258 (and $x52267 $x52356)))
 (let (($x52626 (and (and (= read_index 143) (not false)) (= boundary (- phase_248 1)))))
 (let (($x52618 (and $x52626 $x52356)))
 (let (($x132529 (and (and (= read_index 142) (not false)) (= boundary (- phase_247 1)))))
 (let (($x52674 (and $x132529 $x52356)))
 (let (($x124236 (and (and (= read_index 139) (not false)) (= boundary (- phase_243 1)))))
 (let (($x127465 (and $x124236 $x52356)))
 (let (($x80493 (and (and (= read_index 130) (not false)) (= boundary (- phase_221 1)))))
 (let (($x84938 (and $x80493 $x52356)))
 (let (($x52813 (and (and (= read_index 127) (not false)) (= boundary (- phase_217 1)))))
 (let (($x69239 (and $x52813 $x52356)))
 (let (($x34205 (and (and (= read_index 124) (not false)) (= boundary (- phase_214 1)))))
 (let (($x36994 (and $x34205 $x52356)))
 (let (($x12817 (and (and (= read_index 121) (not false)) (= boundary (- phase_208 1)))))
 (let (($x18086 (and $x12817 $x52356)))
 (let (($x13050 (or $x18086 $x36994 $x69239 $x84938 $x127465 $x52674 $x52618 $x52258 $x128300 $x92317 $x34333 $x50607 $x44030 $x131113 $x134129 $x122613 $x26091 $x5106 $x76763 $x81801 $x129379 $x24801 $x18482 $x38091 $x69815)))
 (and $x13050 $x127441)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
