(set-logic QF_LIA)
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
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_69 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_76 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_79 () Int)
(declare-fun phase_82 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_89 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_93 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_100 () Int)
(declare-fun phase_102 () Int)
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
(declare-fun phase_118 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_126 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_130 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_136 () Int)
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
(declare-fun phase_155 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_164 () Int)
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
(declare-fun phase_202 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_210 () Int)
(declare-fun phase_211 () Int)
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
(declare-fun phase_234 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_250 () Int)
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
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_271 () Int)
(declare-fun phase_273 () Int)
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
(declare-fun phase_304 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_306 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_309 () Int)
(declare-fun phase_310 () Int)
(declare-fun phase_312 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_324 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_335 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_348 () Int)
(declare-fun phase_350 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_360 () Int)
(declare-fun phase_361 () Int)
(declare-fun phase_362 () Int)
(declare-fun phase_363 () Int)
(declare-fun phase_364 () Int)
(declare-fun phase_365 () Int)
(declare-fun phase_366 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_368 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_373 () Int)
(declare-fun phase_375 () Int)
(declare-fun phase_376 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_378 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_381 () Int)
(declare-fun phase_382 () Int)
(declare-fun phase_383 () Int)
(declare-fun phase_384 () Int)
(declare-fun phase_385 () Int)
(declare-fun phase_386 () Int)
(declare-fun phase_387 () Int)
(declare-fun phase_388 () Int)
(declare-fun phase_389 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_392 () Int)
(declare-fun phase_394 () Int)
(declare-fun phase_395 () Int)
(declare-fun phase_396 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_400 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_402 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_406 () Int)
(declare-fun phase_407 () Int)
(declare-fun phase_408 () Int)
(declare-fun phase_409 () Int)
(declare-fun phase_410 () Int)
(declare-fun phase_411 () Int)
(declare-fun phase_412 () Int)
(declare-fun phase_415 () Int)
(declare-fun phase_416 () Int)
(declare-fun phase_417 () Int)
(declare-fun phase_418 () Int)
(declare-fun phase_419 () Int)
(declare-fun phase_420 () Int)
(declare-fun phase_421 () Int)
(declare-fun phase_422 () Int)
(declare-fun phase_423 () Int)
(declare-fun phase_424 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_433 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_436 () Int)
(declare-fun phase_437 () Int)
(declare-fun phase_438 () Int)
(declare-fun phase_439 () Int)
(declare-fun phase_441 () Int)
(declare-fun phase_442 () Int)
(declare-fun phase_443 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_447 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_450 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_453 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_456 () Int)
(declare-fun phase_457 () Int)
(declare-fun phase_458 () Int)
(declare-fun phase_459 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_462 () Int)
(declare-fun phase_463 () Int)
(declare-fun phase_464 () Int)
(declare-fun phase_465 () Int)
(declare-fun phase_466 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_468 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_471 () Int)
(declare-fun phase_472 () Int)
(declare-fun phase_473 () Int)
(declare-fun phase_474 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_476 () Int)
(declare-fun phase_477 () Int)
(declare-fun phase_478 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_481 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_483 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_485 () Int)
(declare-fun phase_486 () Int)
(declare-fun phase_487 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_490 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_492 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_494 () Int)
(declare-fun phase_495 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_499 () Int)
(declare-fun d_model () Int)
(declare-fun layer () Int)
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
 (= phase_44 2))
(assert
 (= phase_45 2))
(assert
 (= phase_46 2))
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
 (= phase_60 3))
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
 (= phase_79 1))
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
 (= phase_91 3))
(assert
 (= phase_92 4))
(assert
 (= phase_93 6))
(assert
 (= phase_94 3))
(assert
 (= phase_97 6))
(assert
 (= phase_99 6))
(assert
 (= phase_100 8))
(assert
 (= phase_102 3))
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
 (= phase_118 5))
(assert
 (= phase_120 6))
(assert
 (= phase_121 2))
(assert
 (= phase_123 7))
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
 (= phase_136 7))
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
 (= phase_155 10))
(assert
 (= phase_157 12))
(assert
 (= phase_158 12))
(assert
 (= phase_161 10))
(assert
 (= phase_162 14))
(assert
 (= phase_164 7))
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
 (= phase_202 7))
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
 (= phase_211 15))
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
 (= phase_234 11))
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
 (= phase_250 15))
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
 (= phase_269 15))
(assert
 (= phase_270 22))
(assert
 (= phase_271 17))
(assert
 (= phase_273 19))
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
 (= phase_304 17))
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
 (= phase_312 15))
(assert
 (= phase_313 24))
(assert
 (= phase_316 24))
(assert
 (= phase_318 17))
(assert
 (= phase_319 21))
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
 (= phase_329 22))
(assert
 (= phase_332 26))
(assert
 (= phase_334 24))
(assert
 (= phase_335 15))
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
 (= phase_350 25))
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
 (= phase_364 23))
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
 (= phase_373 22))
(assert
 (= phase_375 30))
(assert
 (= phase_376 26))
(assert
 (= phase_377 26))
(assert
 (= phase_378 15))
(assert
 (= phase_379 30))
(assert
 (= phase_380 22))
(assert
 (= phase_381 26))
(assert
 (= phase_382 22))
(assert
 (= phase_383 25))
(assert
 (= phase_384 26))
(assert
 (= phase_385 24))
(assert
 (= phase_386 26))
(assert
 (= phase_387 26))
(assert
 (= phase_388 27))
(assert
 (= phase_389 21))
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
 (= phase_396 27))
(assert
 (= phase_397 28))
(assert
 (= phase_398 28))
(assert
 (= phase_400 29))
(assert
 (= phase_401 30))
(assert
 (= phase_402 30))
(assert
 (= phase_403 32))
(assert
 (= phase_405 30))
(assert
 (= phase_406 27))
(assert
 (= phase_407 30))
(assert
 (= phase_408 30))
(assert
 (= phase_409 27))
(assert
 (= phase_410 31))
(assert
 (= phase_411 29))
(assert
 (= phase_412 31))
(assert
 (= phase_415 32))
(assert
 (= phase_416 26))
(assert
 (= phase_417 34))
(assert
 (= phase_418 29))
(assert
 (= phase_419 31))
(assert
 (= phase_420 21))
(assert
 (= phase_421 27))
(assert
 (= phase_422 27))
(assert
 (= phase_423 27))
(assert
 (= phase_424 30))
(assert
 (= phase_425 32))
(assert
 (= phase_426 34))
(assert
 (= phase_427 29))
(assert
 (= phase_428 27))
(assert
 (= phase_429 32))
(assert
 (= phase_430 29))
(assert
 (= phase_431 26))
(assert
 (= phase_432 29))
(assert
 (= phase_433 29))
(assert
 (= phase_434 30))
(assert
 (= phase_435 26))
(assert
 (= phase_436 29))
(assert
 (= phase_437 30))
(assert
 (= phase_438 30))
(assert
 (= phase_439 30))
(assert
 (= phase_441 34))
(assert
 (= phase_442 29))
(assert
 (= phase_443 30))
(assert
 (= phase_444 28))
(assert
 (= phase_445 32))
(assert
 (= phase_446 29))
(assert
 (= phase_447 27))
(assert
 (= phase_448 29))
(assert
 (= phase_449 9))
(assert
 (= phase_450 36))
(assert
 (= phase_451 34))
(assert
 (= phase_452 30))
(assert
 (= phase_453 31))
(assert
 (= phase_454 30))
(assert
 (= phase_455 38))
(assert
 (= phase_456 30))
(assert
 (= phase_457 34))
(assert
 (= phase_458 34))
(assert
 (= phase_459 15))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_462 33))
(assert
 (= phase_463 34))
(assert
 (= phase_464 1))
(assert
 (= phase_465 30))
(assert
 (= phase_466 35))
(assert
 (= phase_467 30))
(assert
 (= phase_468 25))
(assert
 (= phase_469 30))
(assert
 (= phase_470 30))
(assert
 (= phase_471 31))
(assert
 (= phase_472 31))
(assert
 (= phase_473 31))
(assert
 (= phase_474 33))
(assert
 (= phase_475 30))
(assert
 (= phase_476 34))
(assert
 (= phase_477 38))
(assert
 (= phase_478 34))
(assert
 (= phase_479 34))
(assert
 (= phase_480 36))
(assert
 (= phase_481 10))
(assert
 (= phase_482 36))
(assert
 (= phase_483 35))
(assert
 (= phase_484 34))
(assert
 (= phase_485 38))
(assert
 (= phase_486 29))
(assert
 (= phase_487 31))
(assert
 (= phase_488 34))
(assert
 (= phase_489 34))
(assert
 (= phase_490 15))
(assert
 (= phase_491 30))
(assert
 (= phase_492 29))
(assert
 (= phase_493 30))
(assert
 (= phase_494 38))
(assert
 (= phase_495 33))
(assert
 (= phase_496 38))
(assert
 (= phase_497 34))
(assert
 (= phase_498 34))
(assert
 (= phase_499 30))
(assert
 (= d_model 244))
(assert
 (let ((?x1460 (ite (or (and (= phase_466 (+ (* 4 layer) 1)) (not false))) 1 0)))
 (let ((?x1575 (ite (or (and (= phase_483 (+ (* 4 layer) 1)) (not false))) 1 0)))
 (let ((?x1588 (ite (or (and (= phase_462 (+ (* 4 layer) 1)) (not false))) 1 0)))
 (let ((?x9572 (* 4 layer)))
 (let ((?x1218 (+ ?x9572 1)))
 (let (($x1383 (= phase_495 ?x1218)))
 (let (($x1550 (or (and (= phase_474 ?x1218) (not (= phase_415 (- phase_474 1)))) (and $x1383 (not (= phase_415 (- phase_495 1)))))))
 (let ((?x1551 (ite $x1550 1 0)))
 (let (($x1407 (not false)))
 (let (($x1425 (and $x1383 $x1407)))
 (let (($x1244 (= phase_474 ?x1218)))
 (let (($x1408 (and $x1244 $x1407)))
 (let ((?x1465 (ite (or $x1408 $x1425) 1 0)))
 (let ((?x1456 (ite (or $x1425) 1 0)))
 (let ((?x1422 (ite (or $x1408) 1 0)))
 (let ((?x14656 (+ ?x1422 ?x1456 ?x1460 ?x1465 ?x1465 ?x1551 ?x1575 ?x1460 ?x1575 ?x1588 ?x1575 ?x1575 ?x1460)))
 (let ((?x23606 (ite (and (<= phase_499 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x15967 (ite (and (<= phase_498 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23349 (ite (and (<= phase_497 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23365 (ite (and (<= phase_495 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23308 (ite (and (<= phase_493 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23296 (ite (and (<= phase_492 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x21843 (ite (and (<= phase_491 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23190 (ite (and (<= phase_490 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x13580 (ite (and (<= phase_489 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x11906 (ite (and (<= phase_488 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23033 (ite (and (<= phase_487 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23032 (ite (and (<= phase_486 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x19348 (ite (and (<= phase_484 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x24210 (ite (and (<= phase_483 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22888 (ite (and (<= phase_482 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22864 (ite (and (<= phase_481 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22807 (ite (and (<= phase_480 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22789 (ite (and (<= phase_479 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22623 (ite (and (<= phase_478 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22497 (ite (and (<= phase_476 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x16917 (ite (and (<= phase_475 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x24342 (ite (and (<= phase_474 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x17360 (ite (and (<= phase_473 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x15538 (ite (and (<= phase_472 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x15529 (ite (and (<= phase_471 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22403 (ite (and (<= phase_470 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9257 (ite (and (<= phase_469 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23972 (ite (and (<= phase_468 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x18542 (ite (and (<= phase_467 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x21161 (ite (and (<= phase_466 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x21019 (ite (and (<= phase_465 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x20891 (ite (and (<= phase_464 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x18519 (ite (and (<= phase_463 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x23441 (ite (and (<= phase_462 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x14948 (ite (and (<= phase_460 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9770 (ite (and (<= phase_459 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x20802 (ite (and (<= phase_458 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x10274 (ite (and (<= phase_457 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x20881 (ite (and (<= phase_456 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x20854 (ite (and (<= phase_454 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x14749 (ite (and (<= phase_453 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x21491 (ite (and (<= phase_452 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x18364 (ite (and (<= phase_451 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x12331 (ite (and (<= phase_450 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x18111 (ite (and (<= phase_449 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x12138 (ite (and (<= phase_448 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x12135 (ite (and (<= phase_447 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x12329 (and (<= phase_446 ?x1218) (< ?x1218 (ite (> phase_476 phase_446) phase_476 phase_446)))))
 (let ((?x21580 (ite $x12329 1 0)))
 (let ((?x18541 (ite (> phase_479 phase_445) phase_479 phase_445)))
 (let ((?x7929 (ite (> phase_484 ?x18541) phase_484 ?x18541)))
 (let ((?x7941 (ite (> phase_460 ?x7929) phase_460 ?x7929)))
 (let ((?x7933 (ite (> phase_480 ?x7941) phase_480 ?x7941)))
 (let (($x20932 (<= phase_445 ?x1218)))
 (let ((?x21376 (ite (and $x20932 (< ?x1218 ?x7933)) 1 0)))
 (let ((?x21278 (ite (and $x20932 (< ?x1218 536870911)) 1 0)))
 (let (($x21256 (and (<= phase_444 ?x1218) (< ?x1218 (ite (> phase_479 phase_444) phase_479 phase_444)))))
 (let ((?x20850 (ite $x21256 1 0)))
 (let ((?x19058 (ite (and (<= phase_443 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x22913 (ite (and (<= phase_442 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x10383 (and (<= phase_441 ?x1218) (< ?x1218 (ite (> phase_485 phase_441) phase_485 phase_441)))))
 (let ((?x18788 (ite $x10383 1 0)))
 (let ((?x8392 (ite (> phase_463 phase_439) phase_463 phase_439)))
 (let ((?x9261 (ite (> phase_498 ?x8392) phase_498 ?x8392)))
 (let ((?x7729 (ite (> phase_494 ?x9261) phase_494 ?x9261)))
 (let ((?x13294 (ite (and (<= phase_439 ?x1218) (< ?x1218 ?x7729)) 1 0)))
 (let ((?x7692 (ite (> phase_458 phase_438) phase_458 phase_438)))
 (let ((?x7696 (ite (> phase_450 ?x7692) phase_450 ?x7692)))
 (let ((?x12740 (ite (> phase_482 ?x7696) phase_482 ?x7696)))
 (let ((?x22024 (ite (and (<= phase_438 ?x1218) (< ?x1218 ?x12740)) 1 0)))
 (let ((?x21964 (ite (and (<= phase_437 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x7618 (ite (> phase_480 phase_436) phase_480 phase_436)))
 (let ((?x7609 (ite (> phase_461 ?x7618) phase_461 ?x7618)))
 (let ((?x15056 (ite (and (<= phase_436 ?x1218) (< ?x1218 ?x7609)) 1 0)))
 (let ((?x7551 (ite (> phase_476 phase_434) phase_476 phase_434)))
 (let ((?x7585 (ite (> phase_478 ?x7551) phase_478 ?x7551)))
 (let ((?x7602 (ite (> phase_466 ?x7585) phase_466 ?x7585)))
 (let ((?x7592 (ite (> phase_455 ?x7602) phase_455 ?x7602)))
 (let ((?x18145 (ite (and (<= phase_434 ?x1218) (< ?x1218 ?x7592)) 1 0)))
 (let ((?x7530 (ite (> phase_460 phase_433) phase_460 phase_433)))
 (let ((?x7540 (ite (> phase_496 ?x7530) phase_496 ?x7530)))
 (let ((?x13406 (ite (and (<= phase_433 ?x1218) (< ?x1218 ?x7540)) 1 0)))
 (let ((?x17602 (ite (and (<= phase_432 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x7506 (ite (> phase_479 phase_431) phase_479 phase_431)))
 (let ((?x7508 (ite (> phase_489 ?x7506) phase_489 ?x7506)))
 (let ((?x15465 (ite (and (<= phase_431 ?x1218) (< ?x1218 ?x7508)) 1 0)))
 (let (($x15633 (and (<= phase_430 ?x1218) (< ?x1218 (ite (> phase_482 phase_430) phase_482 phase_430)))))
 (let ((?x17801 (ite $x15633 1 0)))
 (let ((?x12898 (ite (and (<= phase_429 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x20902 (and (<= phase_428 ?x1218) (< ?x1218 (ite (> phase_494 phase_428) phase_494 phase_428)))))
 (let ((?x15190 (ite $x20902 1 0)))
 (let ((?x11073 (ite (> phase_453 phase_427) phase_453 phase_427)))
 (let ((?x7376 (ite (> phase_455 ?x11073) phase_455 ?x11073)))
 (let ((?x9427 (ite (and (<= phase_427 ?x1218) (< ?x1218 ?x7376)) 1 0)))
 (let ((?x7332 (ite (> phase_483 phase_426) phase_483 phase_426)))
 (let ((?x7328 (ite (> phase_450 ?x7332) phase_450 ?x7332)))
 (let ((?x7353 (ite (> phase_455 ?x7328) phase_455 ?x7328)))
 (let ((?x9399 (ite (and (<= phase_426 ?x1218) (< ?x1218 ?x7353)) 1 0)))
 (let (($x18057 (and (<= phase_425 ?x1218) (< ?x1218 (ite (> phase_426 phase_425) phase_426 phase_425)))))
 (let ((?x21747 (ite $x18057 1 0)))
 (let ((?x7214 (ite (> phase_473 phase_424) phase_473 phase_424)))
 (let ((?x7210 (ite (> phase_457 ?x7214) phase_457 ?x7214)))
 (let ((?x7212 (ite (> phase_458 ?x7210) phase_458 ?x7210)))
 (let ((?x7250 (ite (> phase_497 ?x7212) phase_497 ?x7212)))
 (let ((?x11323 (ite (and (<= phase_424 ?x1218) (< ?x1218 ?x7250)) 1 0)))
 (let ((?x2909 (ite (> phase_483 phase_423) phase_483 phase_423)))
 (let ((?x11091 (ite (> phase_460 ?x2909) phase_460 ?x2909)))
 (let ((?x23998 (ite (and (<= phase_423 ?x1218) (< ?x1218 ?x11091)) 1 0)))
 (let (($x14752 (and (<= phase_422 ?x1218) (< ?x1218 (ite (> phase_497 phase_422) phase_497 phase_422)))))
 (let ((?x15524 (ite $x14752 1 0)))
 (let (($x14997 (and (<= phase_421 ?x1218) (< ?x1218 (ite (> phase_480 phase_421) phase_480 phase_421)))))
 (let ((?x15002 (ite $x14997 1 0)))
 (let (($x13604 (and (<= phase_420 ?x1218) (< ?x1218 (ite (> phase_451 phase_420) phase_451 phase_420)))))
 (let ((?x13597 (ite $x13604 1 0)))
 (let ((?x2828 (ite (> phase_462 phase_419) phase_462 phase_419)))
 (let ((?x7028 (ite (> phase_451 ?x2828) phase_451 ?x2828)))
 (let ((?x15278 (ite (and (<= phase_419 ?x1218) (< ?x1218 ?x7028)) 1 0)))
 (let ((?x6887 (ite (> phase_497 phase_418) phase_497 phase_418)))
 (let ((?x6950 (ite (> phase_483 ?x6887) phase_483 ?x6887)))
 (let ((?x6975 (ite (> phase_482 ?x6950) phase_482 ?x6950)))
 (let ((?x13302 (ite (and (<= phase_418 ?x1218) (< ?x1218 ?x6975)) 1 0)))
 (let ((?x6867 (ite (> phase_466 phase_417) phase_466 phase_417)))
 (let ((?x6873 (ite (> phase_461 ?x6867) phase_461 ?x6867)))
 (let ((?x14902 (ite (and (<= phase_417 ?x1218) (< ?x1218 ?x6873)) 1 0)))
 (let ((?x8183 (ite (> phase_458 phase_416) phase_458 phase_416)))
 (let ((?x8185 (ite (> phase_483 ?x8183) phase_483 ?x8183)))
 (let ((?x13295 (ite (and (<= phase_416 ?x1218) (< ?x1218 ?x8185)) 1 0)))
 (let ((?x6712 (ite (> phase_474 phase_415) phase_474 phase_415)))
 (let ((?x6702 (ite (> phase_495 ?x6712) phase_495 ?x6712)))
 (let ((?x21898 (ite (> phase_478 ?x6702) phase_478 ?x6702)))
 (let ((?x6716 (ite (> phase_450 ?x21898) phase_450 ?x21898)))
 (let ((?x11059 (ite (> phase_482 ?x6716) phase_482 ?x6716)))
 (let ((?x14754 (ite (and (<= phase_415 ?x1218) (< ?x1218 ?x11059)) 1 0)))
 (let (($x21909 (and (<= phase_412 ?x1218) (< ?x1218 (ite (> phase_450 phase_412) phase_450 phase_412)))))
 (let ((?x14369 (ite $x21909 1 0)))
 (let ((?x2632 (ite (> phase_474 phase_411) phase_474 phase_411)))
 (let ((?x2634 (ite (> phase_495 ?x2632) phase_495 ?x2632)))
 (let ((?x6640 (ite (> phase_484 ?x2634) phase_484 ?x2634)))
 (let ((?x21613 (ite (and (<= phase_411 ?x1218) (< ?x1218 ?x6640)) 1 0)))
 (let (($x23842 (and (<= phase_410 ?x1218) (< ?x1218 (ite (> phase_488 phase_410) phase_488 phase_410)))))
 (let ((?x14043 (ite $x23842 1 0)))
 (let (($x19426 (and (<= phase_409 ?x1218) (< ?x1218 (ite (> phase_480 phase_409) phase_480 phase_409)))))
 (let ((?x13298 (ite $x19426 1 0)))
 (let (($x10932 (and (<= phase_408 ?x1218) (< ?x1218 (ite (> phase_484 phase_408) phase_484 phase_408)))))
 (let ((?x9475 (ite $x10932 1 0)))
 (let (($x24384 (and (<= phase_407 ?x1218) (< ?x1218 (ite (> phase_485 phase_407) phase_485 phase_407)))))
 (let ((?x24302 (ite $x24384 1 0)))
 (let ((?x2535 (ite (> phase_474 phase_406) phase_474 phase_406)))
 (let ((?x2533 (ite (> phase_495 ?x2535) phase_495 ?x2535)))
 (let ((?x6531 (ite (> phase_451 ?x2533) phase_451 ?x2533)))
 (let ((?x11971 (ite (and (<= phase_406 ?x1218) (< ?x1218 ?x6531)) 1 0)))
 (let ((?x6480 (ite (> phase_489 phase_405) phase_489 phase_405)))
 (let ((?x6470 (ite (> phase_480 ?x6480) phase_480 ?x6480)))
 (let ((?x10830 (ite (and (<= phase_405 ?x1218) (< ?x1218 ?x6470)) 1 0)))
 (let (($x10820 (and (<= phase_403 ?x1218) (< ?x1218 (ite (> phase_496 phase_403) phase_496 phase_403)))))
 (let ((?x10822 (ite $x10820 1 0)))
 (let ((?x8067 (ite (> phase_453 phase_402) phase_453 phase_402)))
 (let ((?x8069 (ite (> phase_487 ?x8067) phase_487 ?x8067)))
 (let ((?x8071 (ite (> phase_488 ?x8069) phase_488 ?x8069)))
 (let ((?x10824 (ite (and (<= phase_402 ?x1218) (< ?x1218 ?x8071)) 1 0)))
 (let (($x14906 (and (<= phase_401 ?x1218) (< ?x1218 (ite (> phase_466 phase_401) phase_466 phase_401)))))
 (let ((?x11711 (ite $x14906 1 0)))
 (let ((?x8039 (ite (> phase_471 phase_400) phase_471 phase_400)))
 (let ((?x11021 (ite (> phase_488 ?x8039) phase_488 ?x8039)))
 (let ((?x6311 (ite (> phase_455 ?x11021) phase_455 ?x11021)))
 (let ((?x13778 (ite (and (<= phase_400 ?x1218) (< ?x1218 ?x6311)) 1 0)))
 (let (($x16760 (and (<= phase_398 ?x1218) (< ?x1218 (ite (> phase_489 phase_398) phase_489 phase_398)))))
 (let ((?x10886 (ite $x16760 1 0)))
 (let ((?x15591 (ite (and (<= phase_397 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x16098 (and (<= phase_396 ?x1218) (< ?x1218 (ite (> phase_441 phase_396) phase_441 phase_396)))))
 (let ((?x10805 (ite $x16098 1 0)))
 (let ((?x13565 (ite (and (<= phase_394 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x7920 (ite (> phase_425 phase_390) phase_425 phase_390)))
 (let ((?x7922 (ite (> phase_429 ?x7920) phase_429 ?x7920)))
 (let ((?x7924 (ite (> phase_476 ?x7922) phase_476 ?x7922)))
 (let ((?x10372 (ite (and (<= phase_390 ?x1218) (< ?x1218 ?x7924)) 1 0)))
 (let (($x10086 (and (<= phase_389 ?x1218) (< ?x1218 (ite (> phase_403 phase_389) phase_403 phase_389)))))
 (let ((?x10370 (ite $x10086 1 0)))
 (let (($x10358 (and (<= phase_388 ?x1218) (< ?x1218 (ite (> phase_441 phase_388) phase_441 phase_388)))))
 (let ((?x10361 (ite $x10358 1 0)))
 (let (($x11003 (and (<= phase_387 ?x1218) (< ?x1218 (ite (> phase_476 phase_387) phase_476 phase_387)))))
 (let ((?x10245 (ite $x11003 1 0)))
 (let (($x9104 (and (<= phase_383 ?x1218) (< ?x1218 (ite (> phase_415 phase_383) phase_415 phase_383)))))
 (let ((?x10333 (ite $x9104 1 0)))
 (let ((?x5847 (ite (> phase_410 phase_379) phase_410 phase_379)))
 (let ((?x5863 (ite (> phase_419 ?x5847) phase_419 ?x5847)))
 (let ((?x5866 (ite (> phase_403 ?x5863) phase_403 ?x5863)))
 (let ((?x13376 (ite (and (<= phase_379 ?x1218) (< ?x1218 ?x5866)) 1 0)))
 (let (($x10307 (and (<= phase_378 ?x1218) (< ?x1218 (ite (> phase_425 phase_378) phase_425 phase_378)))))
 (let ((?x10326 (ite $x10307 1 0)))
 (let ((?x10306 (ite (and (<= phase_376 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x10293 (and (<= phase_375 ?x1218) (< ?x1218 (ite (> phase_417 phase_375) phase_417 phase_375)))))
 (let ((?x10295 (ite $x10293 1 0)))
 (let ((?x13361 (ite (and (<= phase_373 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x10288 (and (<= phase_371 ?x1218) (< ?x1218 (ite (> phase_441 phase_371) phase_441 phase_371)))))
 (let ((?x10285 (ite $x10288 1 0)))
 (let (($x12822 (and (<= phase_368 ?x1218) (< ?x1218 (ite (> phase_415 phase_368) phase_415 phase_368)))))
 (let ((?x10278 (ite $x12822 1 0)))
 (let (($x10263 (and (<= phase_367 ?x1218) (< ?x1218 (ite (> phase_445 phase_367) phase_445 phase_367)))))
 (let ((?x10265 (ite $x10263 1 0)))
 (let (($x10091 (and (<= phase_365 ?x1218) (< ?x1218 (ite (> phase_403 phase_365) phase_403 phase_365)))))
 (let ((?x10257 (ite $x10091 1 0)))
 (let (($x10021 (and (<= phase_364 ?x1218) (< ?x1218 (ite (> phase_445 phase_364) phase_445 phase_364)))))
 (let ((?x10083 (ite $x10021 1 0)))
 (let ((?x5557 (ite (> phase_412 phase_362) phase_412 phase_362)))
 (let ((?x5563 (ite (> phase_403 ?x5557) phase_403 ?x5557)))
 (let ((?x10018 (ite (and (<= phase_362 ?x1218) (< ?x1218 ?x5563)) 1 0)))
 (let (($x10386 (and (<= phase_361 ?x1218) (< ?x1218 (ite (> phase_445 phase_361) phase_445 phase_361)))))
 (let ((?x9998 (ite $x10386 1 0)))
 (let ((?x5340 (ite (> phase_415 phase_357) phase_415 phase_357)))
 (let ((?x5356 (ite (> phase_445 ?x5340) phase_445 ?x5340)))
 (let ((?x13359 (ite (> phase_460 ?x5356) phase_460 ?x5356)))
 (let ((?x9987 (ite (and (<= phase_357 ?x1218) (< ?x1218 ?x13359)) 1 0)))
 (let ((?x7392 (ite (> phase_412 phase_354) phase_412 phase_354)))
 (let ((?x7394 (ite (> phase_441 ?x7392) phase_441 ?x7392)))
 (let ((?x12540 (ite (and (<= phase_354 ?x1218) (< ?x1218 ?x7394)) 1 0)))
 (let (($x9935 (and (<= phase_350 ?x1218) (< ?x1218 (ite (> phase_429 phase_350) phase_429 phase_350)))))
 (let ((?x9991 (ite $x9935 1 0)))
 (let ((?x9990 (ite (and (<= phase_345 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x10764 (ite (and (<= phase_339 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9245 (ite (and (<= phase_335 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x12079 (and (<= phase_332 ?x1218) (< ?x1218 (ite (> phase_496 phase_332) phase_496 phase_332)))))
 (let ((?x12126 (ite $x12079 1 0)))
 (let ((?x9970 (ite (and (<= phase_329 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x10743 (and (<= phase_319 ?x1218) (< ?x1218 (ite (> phase_477 phase_319) phase_477 phase_319)))))
 (let ((?x13381 (ite $x10743 1 0)))
 (let (($x12971 (and (<= phase_318 ?x1218) (< ?x1218 (ite (> phase_417 phase_318) phase_417 phase_318)))))
 (let ((?x10270 (ite $x12971 1 0)))
 (let (($x9068 (and (<= phase_312 ?x1218) (< ?x1218 (ite (> phase_477 phase_312) phase_477 phase_312)))))
 (let ((?x9067 (ite $x9068 1 0)))
 (let (($x11902 (<= phase_305 ?x1218)))
 (let (($x9074 (and $x11902 (< ?x1218 (ite (> phase_463 phase_305) phase_463 phase_305)))))
 (let ((?x9037 (ite $x9074 1 0)))
 (let ((?x9071 (ite (and $x11902 (< ?x1218 536870911)) 1 0)))
 (let ((?x9060 (ite (and (<= phase_304 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9061 (ite (and (<= phase_299 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x9045 (and (<= phase_289 ?x1218) (< ?x1218 (ite (> phase_495 phase_289) phase_495 phase_289)))))
 (let ((?x9044 (ite $x9045 1 0)))
 (let (($x9049 (and (<= phase_278 ?x1218) (< ?x1218 (ite (> phase_460 phase_278) phase_460 phase_278)))))
 (let ((?x9048 (ite $x9049 1 0)))
 (let ((?x9040 (ite (and (<= phase_277 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9039 (ite (and (<= phase_273 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9029 (ite (and (<= phase_271 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x9031 (ite (and (<= phase_269 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8985 (and (<= phase_268 ?x1218) (< ?x1218 (ite (> phase_479 phase_268) phase_479 phase_268)))))
 (let ((?x8983 (ite $x8985 1 0)))
 (let ((?x8989 (ite (and (<= phase_265 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x8993 (ite (and (<= phase_264 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8881 (and (<= phase_250 ?x1218) (< ?x1218 (ite (> phase_494 phase_250) phase_494 phase_250)))))
 (let ((?x8825 (ite $x8881 1 0)))
 (let (($x8920 (and (<= phase_242 ?x1218) (< ?x1218 (ite (> phase_480 phase_242) phase_480 phase_242)))))
 (let ((?x8973 (ite $x8920 1 0)))
 (let (($x8926 (and (<= phase_234 ?x1218) (< ?x1218 (ite (> phase_451 phase_234) phase_451 phase_234)))))
 (let ((?x8939 (ite $x8926 1 0)))
 (let ((?x8773 (ite (and (<= phase_211 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x11899 (and (<= phase_208 ?x1218) (< ?x1218 (ite (> phase_458 phase_208) phase_458 phase_208)))))
 (let ((?x8944 (ite $x11899 1 0)))
 (let ((?x8828 (ite (and (<= phase_203 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8856 (and (<= phase_202 ?x1218) (< ?x1218 (ite (> phase_488 phase_202) phase_488 phase_202)))))
 (let ((?x11897 (ite $x8856 1 0)))
 (let (($x8863 (and (<= phase_197 ?x1218) (< ?x1218 (ite (> phase_445 phase_197) phase_445 phase_197)))))
 (let ((?x8861 (ite $x8863 1 0)))
 (let ((?x8875 (ite (and (<= phase_177 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8877 (and (<= phase_164 ?x1218) (< ?x1218 (ite (> phase_457 phase_164) phase_457 phase_164)))))
 (let ((?x8879 (ite $x8877 1 0)))
 (let (($x8885 (and (<= phase_157 ?x1218) (< ?x1218 (ite (> phase_403 phase_157) phase_403 phase_157)))))
 (let ((?x8884 (ite $x8885 1 0)))
 (let (($x8826 (and (<= phase_140 ?x1218) (< ?x1218 (ite (> phase_417 phase_140) phase_417 phase_140)))))
 (let ((?x8824 (ite $x8826 1 0)))
 (let (($x8804 (and (<= phase_136 ?x1218) (< ?x1218 (ite (> phase_445 phase_136) phase_445 phase_136)))))
 (let ((?x8803 (ite $x8804 1 0)))
 (let (($x8808 (and (<= phase_123 ?x1218) (< ?x1218 (ite (> phase_445 phase_123) phase_445 phase_123)))))
 (let ((?x8807 (ite $x8808 1 0)))
 (let (($x8813 (and (<= phase_120 ?x1218) (< ?x1218 (ite (> phase_482 phase_120) phase_482 phase_120)))))
 (let ((?x8810 (ite $x8813 1 0)))
 (let ((?x8778 (ite (and (<= phase_118 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8783 (and (<= phase_107 ?x1218) (< ?x1218 (ite (> phase_474 phase_107) phase_474 phase_107)))))
 (let ((?x8782 (ite $x8783 1 0)))
 (let ((?x8786 (ite (and (<= phase_102 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8791 (and (<= phase_100 ?x1218) (< ?x1218 (ite (> phase_482 phase_100) phase_482 phase_100)))))
 (let ((?x8794 (ite $x8791 1 0)))
 (let (($x8750 (and (<= phase_94 ?x1218) (< ?x1218 (ite (> phase_403 phase_94) phase_403 phase_94)))))
 (let ((?x8749 (ite $x8750 1 0)))
 (let (($x8755 (and (<= phase_91 ?x1218) (< ?x1218 (ite (> phase_480 phase_91) phase_480 phase_91)))))
 (let ((?x8754 (ite $x8755 1 0)))
 (let ((?x13745 (ite (and (<= phase_85 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8720 (and (<= phase_79 ?x1218) (< ?x1218 (ite (> phase_429 phase_79) phase_429 phase_79)))))
 (let ((?x8719 (ite $x8720 1 0)))
 (let (($x8725 (and (<= phase_71 ?x1218) (< ?x1218 (ite (> phase_485 phase_71) phase_485 phase_71)))))
 (let ((?x8724 (ite $x8725 1 0)))
 (let ((?x8708 (ite (and (<= phase_60 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x8712 (ite (and (<= phase_57 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let ((?x2001 (ite (> phase_445 phase_39) phase_445 phase_39)))
 (let ((?x2017 (ite (> phase_480 ?x2001) phase_480 ?x2001)))
 (let ((?x8618 (ite (and (<= phase_39 ?x1218) (< ?x1218 ?x2017)) 1 0)))
 (let ((?x8658 (ite (and (<= phase_35 ?x1218) (< ?x1218 536870911)) 1 0)))
 (let (($x8572 (and (<= phase_26 ?x1218) (< ?x1218 (ite (> phase_478 phase_26) phase_478 phase_26)))))
 (let ((?x8661 (ite $x8572 1 0)))
 (let (($x8576 (and (<= phase_12 ?x1218) (< ?x1218 (ite (> phase_460 phase_12) phase_460 phase_12)))))
 (let ((?x8575 (ite $x8576 1 0)))
 (let (($x8508 (<= (- 1) ?x1218)))
 (let ((?x8580 (ite (and $x8508 (< ?x1218 (ite (> phase_482 (- 1)) phase_482 (- 1)))) 1 0)))
 (let ((?x1712 (ite (> phase_479 (- 1)) phase_479 (- 1))))
 (let ((?x1716 (ite (> phase_498 ?x1712) phase_498 ?x1712)))
 (let ((?x8590 (ite (and $x8508 (< ?x1218 ?x1716)) 1 0)))
 (let ((?x8597 (ite (and $x8508 (< ?x1218 (ite (> phase_458 (- 1)) phase_458 (- 1)))) 1 0)))
 (let ((?x8519 (ite (and $x8508 (< ?x1218 (ite (> phase_403 (- 1)) phase_403 (- 1)))) 1 0)))
 (let ((?x8516 (ite (and $x8508 (< ?x1218 536870911)) 1 0)))
 (let ((?x23637 (+ ?x8516 ?x8516 ?x8516 ?x8516 ?x8519 ?x8597 ?x8590 ?x8580 ?x8575 ?x8661 ?x8658 ?x8618 ?x8712 ?x8708 ?x8724 ?x8719 ?x13745 ?x8754 ?x8749 ?x8794 ?x8786 ?x8782 ?x8778 ?x8810 ?x8807 ?x8803 ?x8824 ?x8884 ?x8879 ?x8875 ?x8861 ?x11897 ?x8828 ?x8944 ?x8773 ?x8939 ?x8973 ?x8825 ?x8993 ?x8989 ?x8983 ?x9031 ?x9029 ?x9039 ?x9040 ?x9048 ?x9044 ?x9061 ?x9060 ?x9037 ?x9071 ?x9037 ?x9067 ?x10270 ?x13381 ?x9970 ?x12126 ?x9245 ?x10764 ?x9990 ?x9991 ?x12540 ?x9987 ?x9998 ?x10018 ?x10083 ?x10257 ?x10265 ?x10265 ?x10278 ?x10285 ?x13361 ?x10295 ?x10306 ?x10326 ?x13376 ?x10333 ?x10245 ?x10361 ?x10370 ?x10372 ?x13565 ?x10805 ?x15591 ?x10886 ?x13778 ?x11711 ?x10824 ?x10822 ?x10830 ?x11971 ?x24302 ?x9475 ?x13298 ?x14043 ?x21613 ?x14369 ?x14754 ?x13295 ?x14902 ?x13302 ?x15278 ?x13597 ?x15002 ?x15524 ?x23998 ?x11323 ?x21747 ?x9399 ?x9427 ?x15190 ?x12898 ?x17801 ?x15465 ?x17602 ?x13406 ?x18145 ?x15056 ?x21964 ?x22024 ?x13294 ?x18788 ?x22913 ?x19058 ?x20850 ?x21278 ?x21376 ?x21580 ?x12135 ?x12138 ?x18111 ?x12331 ?x12331 ?x18364 ?x21491 ?x14749 ?x20854 ?x20881 ?x10274 ?x20802 ?x9770 ?x14948 ?x23441 ?x18519 ?x20891 ?x21019 ?x21161 ?x18542 ?x23972 ?x9257 ?x22403 ?x15529 ?x15538 ?x17360 ?x24342 ?x16917 ?x22497 ?x22623 ?x22789 ?x22807 ?x22864 ?x22888 ?x22888 ?x22888 ?x24210 ?x19348 ?x23032 ?x23033 ?x11906 ?x13580 ?x23190 ?x21843 ?x23296 ?x23308 ?x23365 ?x23349 ?x15967 ?x23606)))
 (let ((?x1406 (ite $x1383 1 0)))
 (let (($x1405 (= phase_483 ?x1218)))
 (let ((?x1382 (ite $x1405 1 0)))
 (let ((?x1373 (ite (= phase_482 ?x9572) 3 0)))
 (let ((?x1307 (ite (= phase_480 ?x9572) 1 0)))
 (let ((?x1245 (ite $x1244 1 0)))
 (let (($x1260 (= phase_466 ?x1218)))
 (let ((?x1261 (ite $x1260 1 0)))
 (let (($x1192 (= phase_462 ?x1218)))
 (let ((?x1193 (ite $x1192 1 0)))
 (let ((?x1217 (ite (= phase_460 ?x9572) 1 0)))
 (let ((?x1133 (ite (= phase_450 ?x9572) 2 0)))
 (let ((?x1083 (ite (= phase_445 ?x9572) 2 0)))
 (let ((?x924 (ite (= phase_429 ?x9572) 1 0)))
 (let ((?x830 (ite (= phase_425 ?x9572) 1 0)))
 (let ((?x520 (ite (= phase_415 ?x9572) 1 0)))
 (let ((?x320 (ite (= phase_403 ?x9572) 1 0)))
 (let ((?x16689 (+ ?x320 ?x520 ?x830 ?x924 ?x1083 ?x1133 ?x1217 ?x1193 ?x1261 ?x1245 ?x1307 ?x1373 ?x1382 ?x1406)))
 (let ((?x8506 (ite (and (<= phase_499 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x18484 (ite (and (<= phase_498 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8492 (ite (and (<= phase_497 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8479 (ite (and (<= phase_495 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8477 (ite (and (<= phase_493 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8454 (ite (and (<= phase_492 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8451 (ite (and (<= phase_491 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8449 (ite (and (<= phase_490 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8442 (ite (and (<= phase_489 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8440 (ite (and (<= phase_488 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8416 (ite (and (<= phase_487 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8413 (ite (and (<= phase_486 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8400 (ite (and (<= phase_484 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8389 (ite (and (<= phase_483 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8386 (ite (and (<= phase_482 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8364 (ite (and (<= phase_481 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8367 (ite (and (<= phase_480 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8346 (ite (and (<= phase_479 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8331 (ite (and (<= phase_478 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8316 (ite (and (<= phase_476 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8317 (ite (and (<= phase_475 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x12745 (ite (and (<= phase_474 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8263 (ite (and (<= phase_473 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8245 (ite (and (<= phase_472 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8241 (ite (and (<= phase_471 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8232 (ite (and (<= phase_470 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8224 (ite (and (<= phase_469 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8216 (ite (and (<= phase_468 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8212 (ite (and (<= phase_467 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8209 (ite (and (<= phase_466 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x20405 (ite (and (<= phase_465 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8160 (ite (and (<= phase_464 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8131 (ite (and (<= phase_463 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8122 (ite (and (<= phase_462 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8110 (ite (and (<= phase_460 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8117 (ite (and (<= phase_459 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8095 (ite (and (<= phase_458 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8084 (ite (and (<= phase_457 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8081 (ite (and (<= phase_456 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8048 (ite (and (<= phase_454 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8049 (ite (and (<= phase_453 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8041 (ite (and (<= phase_452 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8033 (ite (and (<= phase_451 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8020 (ite (and (<= phase_450 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x7994 (ite (and (<= phase_449 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x8007 (ite (and (<= phase_448 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x7983 (ite (and (<= phase_447 (- ?x9572 1)) (< (- ?x9572 1) 536870911)) 1 0)))
 (let ((?x7968 (ite (> phase_476 phase_446) phase_476 phase_446)))
 (let ((?x1604 (- ?x9572 1)))
 (let (($x7812 (and (<= phase_444 ?x1604) (< ?x1604 (ite (> phase_479 phase_444) phase_479 phase_444)))))
 (let (($x7742 (and (<= phase_441 ?x1604) (< ?x1604 (ite (> phase_485 phase_441) phase_485 phase_441)))))
 (let (($x7489 (and (<= phase_430 ?x1604) (< ?x1604 (ite (> phase_482 phase_430) phase_482 phase_430)))))
 (let (($x7400 (and (<= phase_428 ?x1604) (< ?x1604 (ite (> phase_494 phase_428) phase_494 phase_428)))))
 (let (($x7330 (and (<= phase_425 ?x1604) (< ?x1604 (ite (> phase_426 phase_425) phase_426 phase_425)))))
 (let (($x7139 (and (<= phase_422 ?x1604) (< ?x1604 (ite (> phase_497 phase_422) phase_497 phase_422)))))
 (let (($x7128 (and (<= phase_421 ?x1604) (< ?x1604 (ite (> phase_480 phase_421) phase_480 phase_421)))))
 (let (($x7117 (and (<= phase_420 ?x1604) (< ?x1604 (ite (> phase_451 phase_420) phase_451 phase_420)))))
 (let (($x6685 (and (<= phase_412 ?x1604) (< ?x1604 (ite (> phase_450 phase_412) phase_450 phase_412)))))
 (let (($x6637 (and (<= phase_410 ?x1604) (< ?x1604 (ite (> phase_488 phase_410) phase_488 phase_410)))))
 (let (($x6598 (and (<= phase_409 ?x1604) (< ?x1604 (ite (> phase_480 phase_409) phase_480 phase_409)))))
 (let (($x6586 (and (<= phase_408 ?x1604) (< ?x1604 (ite (> phase_484 phase_408) phase_484 phase_408)))))
 (let (($x6583 (and (<= phase_407 ?x1604) (< ?x1604 (ite (> phase_485 phase_407) phase_485 phase_407)))))
 (let (($x6415 (and (<= phase_403 ?x1604) (< ?x1604 (ite (> phase_496 phase_403) phase_496 phase_403)))))
 (let (($x6353 (and (<= phase_401 ?x1604) (< ?x1604 (ite (> phase_466 phase_401) phase_466 phase_401)))))
 (let (($x6290 (and (<= phase_398 ?x1604) (< ?x1604 (ite (> phase_489 phase_398) phase_489 phase_398)))))
 (let (($x6284 (and (<= phase_396 ?x1604) (< ?x1604 (ite (> phase_441 phase_396) phase_441 phase_396)))))
 (let (($x6137 (and (<= phase_389 ?x1604) (< ?x1604 (ite (> phase_403 phase_389) phase_403 phase_389)))))
 (let (($x5999 (and (<= phase_388 ?x1604) (< ?x1604 (ite (> phase_441 phase_388) phase_441 phase_388)))))
 (let (($x5998 (and (<= phase_387 ?x1604) (< ?x1604 (ite (> phase_476 phase_387) phase_476 phase_387)))))
 (let (($x5979 (and (<= phase_383 ?x1604) (< ?x1604 (ite (> phase_415 phase_383) phase_415 phase_383)))))
 (let (($x13367 (and (<= phase_378 ?x1604) (< ?x1604 (ite (> phase_425 phase_378) phase_425 phase_378)))))
 (let (($x5792 (and (<= phase_375 ?x1604) (< ?x1604 (ite (> phase_417 phase_375) phase_417 phase_375)))))
 (let (($x5716 (and (<= phase_371 ?x1604) (< ?x1604 (ite (> phase_441 phase_371) phase_441 phase_371)))))
 (let (($x5715 (and (<= phase_368 ?x1604) (< ?x1604 (ite (> phase_415 phase_368) phase_415 phase_368)))))
 (let (($x23340 (and (<= phase_367 ?x1604) (< ?x1604 (ite (> phase_445 phase_367) phase_445 phase_367)))))
 (let ((?x5713 (ite $x23340 1 0)))
 (let (($x11077 (and (<= phase_365 ?x1604) (< ?x1604 (ite (> phase_403 phase_365) phase_403 phase_365)))))
 (let (($x5603 (and (<= phase_364 ?x1604) (< ?x1604 (ite (> phase_445 phase_364) phase_445 phase_364)))))
 (let (($x5470 (and (<= phase_361 ?x1604) (< ?x1604 (ite (> phase_445 phase_361) phase_445 phase_361)))))
 (let (($x5175 (and (<= phase_350 ?x1604) (< ?x1604 (ite (> phase_429 phase_350) phase_429 phase_350)))))
 (let (($x8947 (and (<= phase_332 ?x1604) (< ?x1604 (ite (> phase_496 phase_332) phase_496 phase_332)))))
 (let (($x8842 (and (<= phase_319 ?x1604) (< ?x1604 (ite (> phase_477 phase_319) phase_477 phase_319)))))
 (let (($x8698 (and (<= phase_318 ?x1604) (< ?x1604 (ite (> phase_417 phase_318) phase_417 phase_318)))))
 (let (($x5245 (and (<= phase_312 ?x1604) (< ?x1604 (ite (> phase_477 phase_312) phase_477 phase_312)))))
 (let (($x8650 (<= phase_305 ?x1604)))
 (let (($x8643 (and $x8650 (< ?x1604 (ite (> phase_463 phase_305) phase_463 phase_305)))))
 (let ((?x8278 (ite $x8643 1 0)))
 (let (($x5530 (and (<= phase_289 ?x1604) (< ?x1604 (ite (> phase_495 phase_289) phase_495 phase_289)))))
 (let (($x8197 (and (<= phase_278 ?x1604) (< ?x1604 (ite (> phase_460 phase_278) phase_460 phase_278)))))
 (let (($x3492 (and (<= phase_268 ?x1604) (< ?x1604 (ite (> phase_479 phase_268) phase_479 phase_268)))))
 (let (($x3219 (and (<= phase_250 ?x1604) (< ?x1604 (ite (> phase_494 phase_250) phase_494 phase_250)))))
 (let (($x3152 (and (<= phase_242 ?x1604) (< ?x1604 (ite (> phase_480 phase_242) phase_480 phase_242)))))
 (let (($x3122 (and (<= phase_234 ?x1604) (< ?x1604 (ite (> phase_451 phase_234) phase_451 phase_234)))))
 (let (($x3096 (and (<= phase_208 ?x1604) (< ?x1604 (ite (> phase_458 phase_208) phase_458 phase_208)))))
 (let (($x2965 (and (<= phase_202 ?x1604) (< ?x1604 (ite (> phase_488 phase_202) phase_488 phase_202)))))
 (let (($x2893 (and (<= phase_197 ?x1604) (< ?x1604 (ite (> phase_445 phase_197) phase_445 phase_197)))))
 (let (($x2797 (and (<= phase_164 ?x1604) (< ?x1604 (ite (> phase_457 phase_164) phase_457 phase_164)))))
 (let (($x2756 (and (<= phase_157 ?x1604) (< ?x1604 (ite (> phase_403 phase_157) phase_403 phase_157)))))
 (let (($x2683 (and (<= phase_140 ?x1604) (< ?x1604 (ite (> phase_417 phase_140) phase_417 phase_140)))))
 (let (($x2623 (and (<= phase_136 ?x1604) (< ?x1604 (ite (> phase_445 phase_136) phase_445 phase_136)))))
 (let (($x2563 (and (<= phase_123 ?x1604) (< ?x1604 (ite (> phase_445 phase_123) phase_445 phase_123)))))
 (let (($x2539 (and (<= phase_120 ?x1604) (< ?x1604 (ite (> phase_482 phase_120) phase_482 phase_120)))))
 (let (($x2459 (and (<= phase_107 ?x1604) (< ?x1604 (ite (> phase_474 phase_107) phase_474 phase_107)))))
 (let (($x2349 (and (<= phase_100 ?x1604) (< ?x1604 (ite (> phase_482 phase_100) phase_482 phase_100)))))
 (let (($x2292 (and (<= phase_94 ?x1604) (< ?x1604 (ite (> phase_403 phase_94) phase_403 phase_94)))))
 (let (($x2267 (and (<= phase_91 ?x1604) (< ?x1604 (ite (> phase_480 phase_91) phase_480 phase_91)))))
 (let (($x2224 (and (<= phase_79 ?x1604) (< ?x1604 (ite (> phase_429 phase_79) phase_429 phase_79)))))
 (let (($x2200 (and (<= phase_71 ?x1604) (< ?x1604 (ite (> phase_485 phase_71) phase_485 phase_71)))))
 (let (($x1879 (and (<= phase_26 ?x1604) (< ?x1604 (ite (> phase_478 phase_26) phase_478 phase_26)))))
 (let (($x1806 (and (<= phase_12 ?x1604) (< ?x1604 (ite (> phase_460 phase_12) phase_460 phase_12)))))
 (let (($x1621 (<= (- 1) ?x1604)))
 (let ((?x1781 (ite (and $x1621 (< ?x1604 (ite (> phase_482 (- 1)) phase_482 (- 1)))) 1 0)))
 (let ((?x1714 (ite (and $x1621 (< ?x1604 (ite (> phase_458 (- 1)) phase_458 (- 1)))) 1 0)))
 (let ((?x1673 (ite (and $x1621 (< ?x1604 (ite (> phase_403 (- 1)) phase_403 (- 1)))) 1 0)))
 (let ((?x1650 (ite (and $x1621 (< ?x1604 536870911)) 1 0)))
 (let ((?x8507 (+ ?x1650 ?x1650 ?x1650 ?x1650 ?x1673 ?x1714 (ite (and $x1621 (< ?x1604 ?x1716)) 1 0) ?x1781 (ite $x1806 1 0) (ite $x1879 1 0) (ite (and (<= phase_35 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_39 ?x1604) (< ?x1604 ?x2017)) 1 0) (ite (and (<= phase_57 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_60 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x2200 1 0) (ite $x2224 1 0) (ite (and (<= phase_85 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x2267 1 0) (ite $x2292 1 0) (ite $x2349 1 0) (ite (and (<= phase_102 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x2459 1 0) (ite (and (<= phase_118 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x2539 1 0) (ite $x2563 1 0) (ite $x2623 1 0) (ite $x2683 1 0) (ite $x2756 1 0) (ite $x2797 1 0) (ite (and (<= phase_177 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x2893 1 0) (ite $x2965 1 0) (ite (and (<= phase_203 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x3096 1 0) (ite (and (<= phase_211 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x3122 1 0) (ite $x3152 1 0) (ite $x3219 1 0) (ite (and (<= phase_264 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_265 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x3492 1 0) (ite (and (<= phase_269 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_271 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_273 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_277 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x8197 1 0) (ite $x5530 1 0) (ite (and (<= phase_299 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_304 ?x1604) (< ?x1604 536870911)) 1 0) ?x8278 (ite (and $x8650 (< ?x1604 536870911)) 1 0) ?x8278 (ite $x5245 1 0) (ite $x8698 1 0) (ite $x8842 1 0) (ite (and (<= phase_329 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x8947 1 0) (ite (and (<= phase_335 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_339 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_345 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x5175 1 0) (ite (and (<= phase_354 ?x1604) (< ?x1604 ?x7394)) 1 0) (ite (and (<= phase_357 ?x1604) (< ?x1604 ?x13359)) 1 0) (ite $x5470 1 0) (ite (and (<= phase_362 ?x1604) (< ?x1604 ?x5563)) 1 0) (ite $x5603 1 0) (ite $x11077 1 0) ?x5713 ?x5713 (ite $x5715 1 0) (ite $x5716 1 0) (ite (and (<= phase_373 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x5792 1 0) (ite (and (<= phase_376 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x13367 1 0) (ite (and (<= phase_379 ?x1604) (< ?x1604 ?x5866)) 1 0) (ite $x5979 1 0) (ite $x5998 1 0) (ite $x5999 1 0) (ite $x6137 1 0) (ite (and (<= phase_390 ?x1604) (< ?x1604 ?x7924)) 1 0) (ite (and (<= phase_394 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x6284 1 0) (ite (and (<= phase_397 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x6290 1 0) (ite (and (<= phase_400 ?x1604) (< ?x1604 ?x6311)) 1 0) (ite $x6353 1 0) (ite (and (<= phase_402 ?x1604) (< ?x1604 ?x8071)) 1 0) (ite $x6415 1 0) (ite (and (<= phase_405 ?x1604) (< ?x1604 ?x6470)) 1 0) (ite (and (<= phase_406 ?x1604) (< ?x1604 ?x6531)) 1 0) (ite $x6583 1 0) (ite $x6586 1 0) (ite $x6598 1 0) (ite $x6637 1 0) (ite (and (<= phase_411 ?x1604) (< ?x1604 ?x6640)) 1 0) (ite $x6685 1 0) (ite (and (<= phase_415 ?x1604) (< ?x1604 ?x11059)) 1 0) (ite (and (<= phase_416 ?x1604) (< ?x1604 ?x8185)) 1 0) (ite (and (<= phase_417 ?x1604) (< ?x1604 ?x6873)) 1 0) (ite (and (<= phase_418 ?x1604) (< ?x1604 ?x6975)) 1 0) (ite (and (<= phase_419 ?x1604) (< ?x1604 ?x7028)) 1 0) (ite $x7117 1 0) (ite $x7128 1 0) (ite $x7139 1 0) (ite (and (<= phase_423 ?x1604) (< ?x1604 ?x11091)) 1 0) (ite (and (<= phase_424 ?x1604) (< ?x1604 ?x7250)) 1 0) (ite $x7330 1 0) (ite (and (<= phase_426 ?x1604) (< ?x1604 ?x7353)) 1 0) (ite (and (<= phase_427 ?x1604) (< ?x1604 ?x7376)) 1 0) (ite $x7400 1 0) (ite (and (<= phase_429 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x7489 1 0) (ite (and (<= phase_431 ?x1604) (< ?x1604 ?x7508)) 1 0) (ite (and (<= phase_432 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_433 ?x1604) (< ?x1604 ?x7540)) 1 0) (ite (and (<= phase_434 ?x1604) (< ?x1604 ?x7592)) 1 0) (ite (and (<= phase_436 ?x1604) (< ?x1604 ?x7609)) 1 0) (ite (and (<= phase_437 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_438 ?x1604) (< ?x1604 ?x12740)) 1 0) (ite (and (<= phase_439 ?x1604) (< ?x1604 ?x7729)) 1 0) (ite $x7742 1 0) (ite (and (<= phase_442 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_443 ?x1604) (< ?x1604 536870911)) 1 0) (ite $x7812 1 0) (ite (and (<= phase_445 ?x1604) (< ?x1604 536870911)) 1 0) (ite (and (<= phase_445 ?x1604) (< ?x1604 ?x7933)) 1 0) (ite (and (<= phase_446 ?x1604) (< ?x1604 ?x7968)) 1 0) ?x7983 ?x8007 ?x7994 ?x8020 ?x8020 ?x8033 ?x8041 ?x8049 ?x8048 ?x8081 ?x8084 ?x8095 ?x8117 ?x8110 ?x8122 ?x8131 ?x8160 ?x20405 ?x8209 ?x8212 ?x8216 ?x8224 ?x8232 ?x8241 ?x8245 ?x8263 ?x12745 ?x8317 ?x8316 ?x8331 ?x8346 ?x8367 ?x8364 ?x8386 ?x8386 ?x8386 ?x8389 ?x8400 ?x8413 ?x8416 ?x8440 ?x8442 ?x8449 ?x8451 ?x8454 ?x8477 ?x8479 ?x8492 ?x18484 ?x8506)))
 (let (($x10138 (= layer 0)))
 (let ((?x8511 (ite $x10138 18 ?x8507)))
 (let ((?x23719 (- (+ ?x8511 ?x16689) ?x23637)))
 (let ((?x1353 (ite (and (<= ?x9572 phase_482) (<= phase_482 (+ ?x9572 3))) 2 0)))
 (let ((?x1264 (ite (and (<= ?x9572 phase_480) (<= phase_480 (+ ?x9572 3))) 1 0)))
 (let ((?x1190 (ite (and (<= ?x9572 phase_460) (<= phase_460 (+ ?x9572 3))) 1 0)))
 (let ((?x1101 (ite (and (<= ?x9572 phase_450) (<= phase_450 (+ ?x9572 3))) 1 0)))
 (let ((?x1064 (ite (and (<= ?x9572 phase_445) (<= phase_445 (+ ?x9572 3))) 1 0)))
 (let ((?x922 (ite (and (<= ?x9572 phase_429) (<= phase_429 (+ ?x9572 3))) 1 0)))
 (let ((?x525 (ite (and (<= ?x9572 phase_425) (<= phase_425 (+ ?x9572 3))) 1 0)))
 (let ((?x472 (ite (and (<= ?x9572 phase_415) (<= phase_415 (+ ?x9572 3))) 1 0)))
 (let ((?x8551 (ite (and (<= ?x9572 phase_403) (<= phase_403 (+ ?x9572 3))) 1 0)))
 (let ((?x24395 (+ ?x8551 ?x472 ?x525 ?x922 ?x1064 ?x1101 ?x1190 ?x1264 ?x1353)))
 (let ((?x23767 (+ (+ (* 2 ?x24395) ?x23719) ?x14656)))
 (let (($x23769 (> ?x23767 d_model)))
 (let (($x21782 (<= layer 9)))
 (let (($x26572 (>= layer 8)))
 (let (($x13648 (and $x26572 $x21782)))
 (and $x13648 $x23769)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
