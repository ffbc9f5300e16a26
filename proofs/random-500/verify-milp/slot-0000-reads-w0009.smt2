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
 (= phase_6 6))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 4))
(assert
 (= phase_10 2))
(assert
 (= phase_11 0))
(assert
 (= phase_12 2))
(assert
 (= phase_14 2))
(assert
 (= phase_16 4))
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
 (= phase_26 10))
(assert
 (= phase_27 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 10))
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
 (= phase_49 4))
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_55 6))
(assert
 (= phase_56 4))
(assert
 (= phase_57 10))
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
 (= phase_77 14))
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
 (= phase_121 10))
(assert
 (= phase_125 6))
(assert
 (= phase_126 18))
(assert
 (= phase_127 10))
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
 (= phase_135 12))
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
 (= phase_153 16))
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
 (= phase_173 16))
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
 (= phase_188 14))
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
 (= phase_220 18))
(assert
 (= phase_221 18))
(assert
 (= phase_224 18))
(assert
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_228 18))
(assert
 (= phase_230 14))
(assert
 (= phase_233 18))
(assert
 (= phase_237 12))
(assert
 (= phase_242 14))
(assert
 (= phase_243 18))
(assert
 (= phase_244 14))
(assert
 (= phase_246 16))
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
 (= phase_259 24))
(assert
 (= phase_262 14))
(assert
 (= phase_263 22))
(assert
 (= phase_264 38))
(assert
 (= phase_265 20))
(assert
 (= phase_268 20))
(assert
 (= phase_270 22))
(assert
 (= phase_275 22))
(assert
 (= phase_276 22))
(assert
 (= phase_277 20))
(assert
 (= phase_278 18))
(assert
 (= phase_279 24))
(assert
 (= phase_280 22))
(assert
 (= phase_284 22))
(assert
 (= phase_285 18))
(assert
 (= phase_286 18))
(assert
 (= phase_288 22))
(assert
 (= phase_289 18))
(assert
 (= phase_290 22))
(assert
 (= phase_292 18))
(assert
 (= phase_293 22))
(assert
 (= phase_297 14))
(assert
 (= phase_299 20))
(assert
 (= phase_301 24))
(assert
 (= phase_302 14))
(assert
 (= phase_305 24))
(assert
 (= phase_306 26))
(assert
 (= phase_307 22))
(assert
 (= phase_309 26))
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
 (= phase_328 24))
(assert
 (= phase_332 26))
(assert
 (= phase_334 24))
(assert
 (= phase_338 18))
(assert
 (= phase_339 30))
(assert
 (= phase_344 28))
(assert
 (= phase_345 28))
(assert
 (= phase_346 22))
(assert
 (= phase_347 22))
(assert
 (= phase_348 26))
(assert
 (= phase_354 30))
(assert
 (= phase_355 32))
(assert
 (= phase_357 30))
(assert
 (= phase_358 30))
(assert
 (= phase_360 30))
(assert
 (= phase_361 30))
(assert
 (= phase_362 22))
(assert
 (= phase_363 30))
(assert
 (= phase_365 30))
(assert
 (= phase_366 30))
(assert
 (= phase_367 28))
(assert
 (= phase_368 28))
(assert
 (= phase_369 28))
(assert
 (= phase_370 32))
(assert
 (= phase_371 30))
(assert
 (= phase_375 30))
(assert
 (= phase_376 30))
(assert
 (= phase_377 34))
(assert
 (= phase_379 30))
(assert
 (= phase_380 30))
(assert
 (= phase_381 30))
(assert
 (= phase_382 30))
(assert
 (= phase_384 30))
(assert
 (= phase_385 28))
(assert
 (= phase_386 26))
(assert
 (= phase_387 34))
(assert
 (= phase_390 28))
(assert
 (= phase_391 32))
(assert
 (= phase_392 30))
(assert
 (= phase_394 18))
(assert
 (= phase_395 26))
(assert
 (= phase_397 32))
(assert
 (= phase_398 36))
(assert
 (= phase_401 38))
(assert
 (= phase_402 34))
(assert
 (= phase_403 32))
(assert
 (= phase_405 34))
(assert
 (= phase_408 34))
(assert
 (= phase_415 32))
(assert
 (= phase_416 34))
(assert
 (= phase_417 34))
(assert
 (= phase_424 34))
(assert
 (= phase_425 32))
(assert
 (= phase_429 36))
(assert
 (= phase_431 34))
(assert
 (= phase_434 34))
(assert
 (= phase_435 34))
(assert
 (= phase_437 38))
(assert
 (= phase_438 34))
(assert
 (= phase_439 34))
(assert
 (= phase_441 34))
(assert
 (= phase_443 38))
(assert
 (= phase_444 36))
(assert
 (= phase_445 32))
(assert
 (= phase_450 36))
(assert
 (= phase_451 38))
(assert
 (= phase_452 38))
(assert
 (= phase_454 38))
(assert
 (= phase_455 38))
(assert
 (= phase_457 38))
(assert
 (= phase_458 38))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_463 38))
(assert
 (= phase_467 38))
(assert
 (= phase_469 38))
(assert
 (= phase_470 38))
(assert
 (= phase_475 38))
(assert
 (= phase_476 38))
(assert
 (= phase_477 38))
(assert
 (= phase_479 38))
(assert
 (= phase_480 36))
(assert
 (= phase_481 10))
(assert
 (= phase_482 36))
(assert
 (= phase_484 38))
(assert
 (= phase_485 38))
(assert
 (= phase_488 38))
(assert
 (= phase_489 38))
(assert
 (= phase_491 38))
(assert
 (= phase_493 38))
(assert
 (= phase_494 38))
(assert
 (= phase_496 38))
(assert
 (= phase_497 38))
(assert
 (= phase_498 38))
(assert
 (= phase_499 38))
(assert
 (let ((?x42491 (ite (and (and true (<= (- 1) 33)) (< 33 536870911)) x_0 0.0)))
 (= window_start_contents ?x42491)))
(assert
 (let (($x51922 (and (distinct window_start_contents read_value) true)))
 (let (($x97556 (> boundary 33)))
 (let (($x130372 (and true $x97556)))
 (let (($x129621 (not $x130372)))
 (let (($x27030 (or $x129621 $x51922)))
 (let (($x23043 (= read_value x_0)))
 (let (($x72049 (and (and (= read_index 282) (= boundary 39)) $x23043)))
 (let (($x47785 (and (and (= read_index 281) (not false)) (= boundary (- phase_499 1)))))
 (let (($x133789 (and $x47785 $x23043)))
 (let (($x27341 (and (and (= read_index 280) (not false)) (= boundary (- phase_498 1)))))
 (let (($x98302 (and $x27341 $x23043)))
 (let (($x20361 (and (and (= read_index 279) (not false)) (= boundary (- phase_497 1)))))
 (let (($x23593 (and $x20361 $x23043)))
 (let (($x36669 (and (and (= read_index 278) (not false)) (= boundary (- phase_496 1)))))
 (let (($x21531 (and $x36669 $x23043)))
 (let (($x29197 (and (and (= read_index 277) (not false)) (= boundary (- phase_494 1)))))
 (let (($x67143 (and $x29197 $x23043)))
 (let (($x35420 (and (and (= read_index 276) (not false)) (= boundary (- phase_493 1)))))
 (let (($x6358 (and $x35420 $x23043)))
 (let (($x131651 (and (and (= read_index 275) (not false)) (= boundary (- phase_491 1)))))
 (let (($x83359 (and $x131651 $x23043)))
 (let (($x109989 (and (and (= read_index 274) (not false)) (= boundary (- phase_489 1)))))
 (let (($x16386 (and $x109989 $x23043)))
 (let (($x132726 (and (and (= read_index 273) (not false)) (= boundary (- phase_488 1)))))
 (let (($x132144 (and $x132726 $x23043)))
 (let (($x133284 (and (and (= read_index 272) (not false)) (= boundary (- phase_485 1)))))
 (let (($x129959 (and $x133284 $x23043)))
 (let (($x113837 (and (and (= read_index 271) (not false)) (= boundary (- phase_484 1)))))
 (let (($x133621 (and $x113837 $x23043)))
 (let (($x129861 (and (and (= read_index 270) (not false)) (= boundary (- phase_482 1)))))
 (let (($x17214 (and $x129861 $x23043)))
 (let (($x132449 (and (and (= read_index 268) (not false)) (= boundary (- phase_480 1)))))
 (let (($x131834 (and $x132449 $x23043)))
 (let (($x44878 (and (and (= read_index 267) (not false)) (= boundary (- phase_479 1)))))
 (let (($x17513 (and $x44878 $x23043)))
 (let (($x99352 (and (and (= read_index 266) (not false)) (= boundary (- phase_477 1)))))
 (let (($x20346 (and $x99352 $x23043)))
 (let (($x90418 (and (and (= read_index 265) (not false)) (= boundary (- phase_476 1)))))
 (let (($x25006 (and $x90418 $x23043)))
 (let (($x3630 (and (and (= read_index 264) (not false)) (= boundary (- phase_475 1)))))
 (let (($x113851 (and $x3630 $x23043)))
 (let (($x130805 (and (and (= read_index 263) (not false)) (= boundary (- phase_470 1)))))
 (let (($x65009 (and $x130805 $x23043)))
 (let (($x61898 (and (and (= read_index 262) (not false)) (= boundary (- phase_469 1)))))
 (let (($x131251 (and $x61898 $x23043)))
 (let (($x26642 (and (and (= read_index 261) (not false)) (= boundary (- phase_467 1)))))
 (let (($x117503 (and $x26642 $x23043)))
 (let (($x26462 (and (and (= read_index 260) (not false)) (= boundary (- phase_463 1)))))
 (let (($x29208 (and $x26462 $x23043)))
 (let (($x121404 (and (and (= read_index 259) (not false)) (= boundary (- phase_461 1)))))
 (let (($x121435 (and $x121404 $x23043)))
 (let (($x11164 (and (and (= read_index 258) (not false)) (= boundary (- phase_460 1)))))
 (let (($x123708 (and $x11164 $x23043)))
 (let (($x60110 (and (and (= read_index 257) (not false)) (= boundary (- phase_458 1)))))
 (let (($x128279 (and $x60110 $x23043)))
 (let (($x15548 (and (and (= read_index 256) (not false)) (= boundary (- phase_457 1)))))
 (let (($x99058 (and $x15548 $x23043)))
 (let (($x110237 (and (and (= read_index 255) (not false)) (= boundary (- phase_455 1)))))
 (let (($x116658 (and $x110237 $x23043)))
 (let (($x1259 (and (and (= read_index 254) (not false)) (= boundary (- phase_454 1)))))
 (let (($x119601 (and $x1259 $x23043)))
 (let (($x124217 (and (and (= read_index 253) (not false)) (= boundary (- phase_452 1)))))
 (let (($x47697 (and $x124217 $x23043)))
 (let (($x33453 (and (and (= read_index 252) (not false)) (= boundary (- phase_451 1)))))
 (let (($x50823 (and $x33453 $x23043)))
 (let (($x117482 (and (and (= read_index 251) (not false)) (= boundary (- phase_450 1)))))
 (let (($x28662 (and $x117482 $x23043)))
 (let (($x23015 (and (and (= read_index 249) (not false)) (= boundary (- phase_444 1)))))
 (let (($x86420 (and $x23015 $x23043)))
 (let (($x83049 (and (and (= read_index 248) (not false)) (= boundary (- phase_443 1)))))
 (let (($x134016 (and $x83049 $x23043)))
 (let (($x46648 (and (and (= read_index 244) (not false)) (= boundary (- phase_437 1)))))
 (let (($x86722 (and $x46648 $x23043)))
 (let (($x87048 (and (and (= read_index 240) (not false)) (= boundary (- phase_429 1)))))
 (let (($x118983 (and $x87048 $x23043)))
 (let (($x119467 (and (and (= read_index 230) (not false)) (= boundary (- phase_401 1)))))
 (let (($x123737 (and $x119467 $x23043)))
 (let (($x89047 (and (and (= read_index 229) (not false)) (= boundary (- phase_398 1)))))
 (let (($x91683 (and $x89047 $x23043)))
 (let (($x46607 (and (and (= read_index 153) (not false)) (= boundary (- phase_264 1)))))
 (let (($x50729 (and $x46607 $x23043)))
 (let (($x47319 (or $x50729 $x91683 $x123737 $x118983 $x86722 $x134016 $x86420 $x28662 $x50823 $x47697 $x119601 $x116658 $x99058 $x128279 $x123708 $x121435 $x29208 $x117503 $x131251 $x65009 $x113851 $x25006 $x20346 $x17513 $x131834 $x17214 $x133621 $x129959 $x132144 $x16386 $x83359 $x6358 $x67143 $x21531 $x23593 $x98302 $x133789 $x72049)))
 (and $x47319 $x27030))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
