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
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_174 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_182 () Int)
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
(declare-fun phase_198 () Int)
(declare-fun phase_199 () Int)
(declare-fun phase_202 () Int)
(declare-fun phase_203 () Int)
(declare-fun phase_204 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_208 () Int)
(declare-fun phase_209 () Int)
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
(declare-fun phase_238 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_245 () Int)
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
(declare-fun phase_266 () Int)
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
(declare-fun phase_296 () Int)
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
(declare-fun phase_314 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_320 () Int)
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
(declare-fun phase_341 () Int)
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
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
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
 (= phase_160 11))
(assert
 (= phase_161 10))
(assert
 (= phase_162 14))
(assert
 (= phase_164 7))
(assert
 (= phase_165 9))
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
 (= phase_176 9))
(assert
 (= phase_177 14))
(assert
 (= phase_179 10))
(assert
 (= phase_180 9))
(assert
 (= phase_182 10))
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
 (= phase_198 14))
(assert
 (= phase_199 14))
(assert
 (= phase_202 7))
(assert
 (= phase_203 14))
(assert
 (= phase_204 18))
(assert
 (= phase_205 12))
(assert
 (= phase_207 14))
(assert
 (= phase_208 18))
(assert
 (= phase_209 13))
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
 (= phase_238 11))
(assert
 (= phase_242 14))
(assert
 (= phase_243 18))
(assert
 (= phase_244 14))
(assert
 (= phase_245 13))
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
 (= phase_266 19))
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
 (= phase_296 13))
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
 (= phase_314 19))
(assert
 (= phase_316 24))
(assert
 (= phase_318 17))
(assert
 (= phase_319 21))
(assert
 (= phase_320 17))
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
 (= phase_341 19))
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
 (let (($x318 (<= boundary 536870911)))
 (let ((?x4076 (ite (and (and true (<= (+ phase_499 1) boundary)) $x318) 1 0)))
 (let ((?x4067 (ite (and (and true (<= (+ phase_498 1) boundary)) $x318) 1 0)))
 (let ((?x4065 (ite (and (and true (<= (+ phase_497 1) boundary)) $x318) 1 0)))
 (let ((?x4044 (ite (and (and true (<= (+ phase_496 1) boundary)) $x318) 1 0)))
 (let ((?x4042 (ite (and (and true (<= phase_495 boundary)) $x318) 1 0)))
 (let ((?x4008 (ite (and (and true (<= (+ phase_494 1) boundary)) $x318) 1 0)))
 (let ((?x3989 (ite (and (and true (<= (+ phase_493 1) boundary)) $x318) 1 0)))
 (let ((?x3979 (ite (and (and true (<= phase_492 boundary)) $x318) 1 0)))
 (let ((?x3977 (ite (and (and true (<= (+ phase_491 1) boundary)) $x318) 1 0)))
 (let ((?x3975 (ite (and (and true (<= phase_490 boundary)) $x318) 1 0)))
 (let ((?x3969 (ite (and (and true (<= (+ phase_489 1) boundary)) $x318) 1 0)))
 (let ((?x3968 (ite (and (and true (<= (+ phase_488 1) boundary)) $x318) 1 0)))
 (let ((?x3949 (ite (and (and true (<= phase_487 boundary)) $x318) 1 0)))
 (let ((?x3947 (ite (and (and true (<= phase_486 boundary)) $x318) 1 0)))
 (let ((?x3931 (ite (and (and true (<= (+ phase_485 1) boundary)) $x318) 1 0)))
 (let ((?x3929 (ite (and (and true (<= (+ phase_484 1) boundary)) $x318) 1 0)))
 (let ((?x3909 (ite (and (and true (<= phase_483 boundary)) $x318) 1 0)))
 (let ((?x3897 (ite (and (and true (<= (+ phase_482 1) boundary)) $x318) 1 0)))
 (let ((?x3895 (ite (and (and true (<= (+ phase_481 1) boundary)) $x318) 1 0)))
 (let ((?x3887 (ite (and (and true (<= (+ phase_480 1) boundary)) $x318) 1 0)))
 (let ((?x3885 (ite (and (and true (<= (+ phase_479 1) boundary)) $x318) 1 0)))
 (let ((?x3850 (ite (and (and true (<= (+ phase_478 1) boundary)) $x318) 1 0)))
 (let ((?x3841 (ite (and (and true (<= (+ phase_477 1) boundary)) $x318) 1 0)))
 (let ((?x3835 (ite (and (and true (<= (+ phase_476 1) boundary)) $x318) 1 0)))
 (let ((?x3825 (ite (and (and true (<= (+ phase_475 1) boundary)) $x318) 1 0)))
 (let ((?x3823 (ite (and (and true (<= phase_474 boundary)) $x318) 1 0)))
 (let ((?x3809 (ite (and (and true (<= phase_473 boundary)) $x318) 1 0)))
 (let ((?x3807 (ite (and (and true (<= phase_472 boundary)) $x318) 1 0)))
 (let ((?x3757 (ite (and (and true (<= phase_471 boundary)) $x318) 1 0)))
 (let ((?x3744 (ite (and (and true (<= (+ phase_470 1) boundary)) $x318) 1 0)))
 (let ((?x3728 (ite (and (and true (<= (+ phase_469 1) boundary)) $x318) 1 0)))
 (let ((?x3719 (ite (and (and true (<= phase_468 boundary)) $x318) 1 0)))
 (let ((?x3717 (ite (and (and true (<= (+ phase_467 1) boundary)) $x318) 1 0)))
 (let ((?x3684 (ite (and (and true (<= phase_466 boundary)) $x318) 1 0)))
 (let ((?x3682 (ite (and (and true (<= (+ phase_465 1) boundary)) $x318) 1 0)))
 (let ((?x3654 (ite (and (and true (<= phase_464 boundary)) $x318) 1 0)))
 (let ((?x3645 (ite (and (and true (<= (+ phase_463 1) boundary)) $x318) 1 0)))
 (let ((?x3639 (ite (and (and true (<= phase_462 boundary)) $x318) 1 0)))
 (let ((?x3630 (ite (and (and true (<= (+ phase_461 1) boundary)) $x318) 1 0)))
 (let ((?x3628 (ite (and (and true (<= (+ phase_460 1) boundary)) $x318) 1 0)))
 (let ((?x3612 (ite (and (and true (<= phase_459 boundary)) $x318) 1 0)))
 (let ((?x3610 (ite (and (and true (<= (+ phase_458 1) boundary)) $x318) 1 0)))
 (let ((?x3598 (ite (and (and true (<= (+ phase_457 1) boundary)) $x318) 1 0)))
 (let ((?x3596 (ite (and (and true (<= (+ phase_456 1) boundary)) $x318) 1 0)))
 (let ((?x3578 (ite (and (and true (<= (+ phase_455 1) boundary)) $x318) 1 0)))
 (let ((?x3568 (ite (and (and true (<= (+ phase_454 1) boundary)) $x318) 1 0)))
 (let ((?x3566 (ite (and (and true (<= phase_453 boundary)) $x318) 1 0)))
 (let ((?x3549 (ite (and (and true (<= (+ phase_452 1) boundary)) $x318) 1 0)))
 (let ((?x3545 (ite (and (and true (<= (+ phase_451 1) boundary)) $x318) 1 0)))
 (let ((?x3525 (ite (and (and true (<= (+ phase_450 1) boundary)) $x318) 1 0)))
 (let ((?x3507 (ite (and (and true (<= phase_449 boundary)) $x318) 1 0)))
 (let ((?x3496 (ite (and (and true (<= phase_448 boundary)) $x318) 1 0)))
 (let ((?x3494 (ite (and (and true (<= phase_447 boundary)) $x318) 1 0)))
 (let ((?x2278 (+ phase_476 1)))
 (let (($x3473 (and (and true (<= phase_446 boundary)) (<= boundary (ite (> ?x2278 phase_446) ?x2278 phase_446)))))
 (let ((?x3484 (ite $x3473 1 0)))
 (let ((?x754 (+ phase_445 1)))
 (let ((?x380 (+ phase_479 1)))
 (let ((?x3408 (ite (> ?x380 ?x754) ?x380 ?x754)))
 (let ((?x2564 (+ phase_484 1)))
 (let ((?x3434 (ite (> ?x2564 ?x3408) ?x2564 ?x3408)))
 (let ((?x523 (+ phase_460 1)))
 (let ((?x3420 (ite (> ?x523 ?x3434) ?x523 ?x3434)))
 (let ((?x828 (+ phase_480 1)))
 (let (($x3405 (<= ?x754 boundary)))
 (let ((?x3438 (ite (> phase_460 phase_445) phase_460 phase_445)))
 (let ((?x3451 (ite (> phase_479 ?x3438) phase_479 ?x3438)))
 (let ((?x3443 (ite (> phase_480 ?x3451) phase_480 ?x3451)))
 (let ((?x3453 (ite (> phase_484 ?x3443) phase_484 ?x3443)))
 (let (($x3462 (not (<= ?x3453 ?x754))))
 (let ((?x3464 (ite (and (and $x3462 $x3405) (<= boundary (ite (> ?x828 ?x3420) ?x828 ?x3420))) 1 0)))
 (let ((?x3404 (ite (and (and true $x3405) $x318) 1 0)))
 (let (($x3399 (<= boundary (ite (> ?x380 (+ phase_444 1)) ?x380 (+ phase_444 1)))))
 (let ((?x1805 (+ phase_444 1)))
 (let ((?x8422 (ite (> phase_479 phase_444) phase_479 phase_444)))
 (let (($x8424 (not (<= ?x8422 ?x1805))))
 (let ((?x3401 (ite (and (and $x8424 (<= ?x1805 boundary)) $x3399) 1 0)))
 (let ((?x3375 (ite (and (and true (<= (+ phase_443 1) boundary)) $x318) 1 0)))
 (let ((?x3365 (ite (and (and true (<= phase_442 boundary)) $x318) 1 0)))
 (let ((?x1867 (+ phase_441 1)))
 (let ((?x979 (+ phase_485 1)))
 (let ((?x3315 (ite (> ?x979 ?x1867) ?x979 ?x1867)))
 (let ((?x1809 (+ phase_496 1)))
 (let ((?x3332 (ite (> phase_485 phase_441) phase_485 phase_441)))
 (let ((?x3354 (ite (> phase_496 ?x3332) phase_496 ?x3332)))
 (let (($x3358 (not (<= ?x3354 ?x1867))))
 (let (($x3360 (and (and $x3358 (<= ?x1867 boundary)) (<= boundary (ite (> ?x1809 ?x3315) ?x1809 ?x3315)))))
 (let ((?x3361 (ite $x3360 1 0)))
 (let ((?x1730 (+ phase_439 1)))
 (let ((?x1687 (+ phase_463 1)))
 (let ((?x3284 (ite (> ?x1687 ?x1730) ?x1687 ?x1730)))
 (let ((?x438 (+ phase_498 1)))
 (let ((?x3294 (ite (> ?x438 ?x3284) ?x438 ?x3284)))
 (let ((?x1504 (+ phase_494 1)))
 (let ((?x8392 (ite (> phase_463 phase_439) phase_463 phase_439)))
 (let ((?x8394 (ite (> phase_494 ?x8392) phase_494 ?x8392)))
 (let ((?x8396 (ite (> phase_498 ?x8394) phase_498 ?x8394)))
 (let (($x8398 (not (<= ?x8396 ?x1730))))
 (let (($x3302 (and (and $x8398 (<= ?x1730 boundary)) (<= boundary (ite (> ?x1504 ?x3294) ?x1504 ?x3294)))))
 (let ((?x3313 (ite $x3302 1 0)))
 (let ((?x7528 (+ phase_438 1)))
 (let ((?x319 (+ phase_458 1)))
 (let ((?x3257 (ite (> ?x319 ?x7528) ?x319 ?x7528)))
 (let ((?x2673 (+ phase_450 1)))
 (let ((?x3276 (ite (> ?x2673 ?x3257) ?x2673 ?x3257)))
 (let ((?x471 (+ phase_482 1)))
 (let ((?x8377 (ite (> phase_450 phase_438) phase_450 phase_438)))
 (let ((?x8379 (ite (> phase_458 ?x8377) phase_458 ?x8377)))
 (let ((?x8381 (ite (> phase_482 ?x8379) phase_482 ?x8379)))
 (let (($x8383 (not (<= ?x8381 ?x7528))))
 (let (($x3280 (and (and $x8383 (<= ?x7528 boundary)) (<= boundary (ite (> ?x471 ?x3276) ?x471 ?x3276)))))
 (let ((?x3292 (ite $x3280 1 0)))
 (let ((?x3239 (ite (and (and true (<= (+ phase_437 1) boundary)) $x318) 1 0)))
 (let ((?x3217 (ite (> ?x828 phase_436) ?x828 phase_436)))
 (let ((?x2432 (+ phase_461 1)))
 (let ((?x3215 (ite (> ?x2432 ?x3217) ?x2432 ?x3217)))
 (let (($x3223 (and (and true (<= phase_436 boundary)) (<= boundary (ite (> ?x1504 ?x3215) ?x1504 ?x3215)))))
 (let ((?x3224 (ite $x3223 1 0)))
 (let ((?x7416 (+ phase_434 1)))
 (let ((?x3161 (ite (> ?x2278 ?x7416) ?x2278 ?x7416)))
 (let ((?x629 (+ phase_478 1)))
 (let ((?x3171 (ite (> ?x629 ?x3161) ?x629 ?x3161)))
 (let ((?x3173 (ite (> phase_466 ?x3171) phase_466 ?x3171)))
 (let ((?x2429 (+ phase_455 1)))
 (let ((?x8337 (ite (> phase_455 phase_434) phase_455 phase_434)))
 (let ((?x8339 (ite (> phase_466 ?x8337) phase_466 ?x8337)))
 (let ((?x8341 (ite (> phase_476 ?x8339) phase_476 ?x8339)))
 (let ((?x8343 (ite (> phase_478 ?x8341) phase_478 ?x8341)))
 (let (($x8345 (not (<= ?x8343 ?x7416))))
 (let (($x3202 (and (and $x8345 (<= ?x7416 boundary)) (<= boundary (ite (> ?x2429 ?x3173) ?x2429 ?x3173)))))
 (let ((?x3203 (ite $x3202 1 0)))
 (let ((?x3154 (ite (> ?x523 phase_433) ?x523 phase_433)))
 (let (($x3158 (and (and true (<= phase_433 boundary)) (<= boundary (ite (> ?x1809 ?x3154) ?x1809 ?x3154)))))
 (let ((?x3169 (ite $x3158 1 0)))
 (let ((?x3144 (ite (and (and true (<= phase_432 boundary)) $x318) 1 0)))
 (let ((?x2012 (+ phase_431 1)))
 (let ((?x3127 (ite (> ?x380 ?x2012) ?x380 ?x2012)))
 (let ((?x2394 (+ phase_489 1)))
 (let ((?x8307 (ite (> phase_469 phase_431) phase_469 phase_431)))
 (let ((?x8309 (ite (> phase_479 ?x8307) phase_479 ?x8307)))
 (let ((?x8311 (ite (> phase_489 ?x8309) phase_489 ?x8309)))
 (let (($x8313 (not (<= ?x8311 ?x2012))))
 (let (($x3141 (and (and $x8313 (<= ?x2012 boundary)) (<= boundary (ite (> ?x2394 ?x3127) ?x2394 ?x3127)))))
 (let ((?x3142 (ite $x3141 1 0)))
 (let (($x3122 (and (and true (<= phase_430 boundary)) (<= boundary (ite (> ?x471 phase_430) ?x471 phase_430)))))
 (let ((?x3123 (ite $x3122 1 0)))
 (let ((?x3109 (ite (and (and true (<= (+ phase_429 1) boundary)) $x318) 1 0)))
 (let (($x3106 (and (and true (<= phase_428 boundary)) (<= boundary (ite (> ?x1504 phase_428) ?x1504 phase_428)))))
 (let ((?x3103 (ite $x3106 1 0)))
 (let (($x3093 (and (and true (<= phase_427 boundary)) (<= boundary (ite (> ?x2429 phase_427) ?x2429 phase_427)))))
 (let ((?x3074 (ite $x3093 1 0)))
 (let ((?x2988 (+ phase_426 1)))
 (let ((?x3016 (ite (> phase_483 ?x2988) phase_483 ?x2988)))
 (let ((?x3018 (ite (> ?x2673 ?x3016) ?x2673 ?x3016)))
 (let ((?x3025 (ite (> ?x2429 ?x3018) ?x2429 ?x3018)))
 (let ((?x1732 (+ phase_477 1)))
 (let ((?x3022 (ite (> ?x1732 ?x3025) ?x1732 ?x3025)))
 (let ((?x3028 (ite (> phase_450 phase_426) phase_450 phase_426)))
 (let ((?x3036 (ite (> phase_455 ?x3028) phase_455 ?x3028)))
 (let ((?x3030 (ite (> phase_477 ?x3036) phase_477 ?x3036)))
 (let ((?x3038 (ite (> phase_483 ?x3030) phase_483 ?x3030)))
 (let ((?x3047 (ite (> phase_485 ?x3038) phase_485 ?x3038)))
 (let (($x3042 (not (<= ?x3047 ?x2988))))
 (let (($x3057 (and (and $x3042 (<= ?x2988 boundary)) (<= boundary (ite (> ?x979 ?x3022) ?x979 ?x3022)))))
 (let ((?x3051 (ite $x3057 1 0)))
 (let (($x3014 (<= boundary (ite (> ?x2988 (+ phase_425 1)) ?x2988 (+ phase_425 1)))))
 (let ((?x2213 (+ phase_425 1)))
 (let ((?x2993 (ite (> phase_426 phase_425) phase_426 phase_425)))
 (let (($x3002 (not (<= ?x2993 ?x2213))))
 (let ((?x3012 (ite (and (and $x3002 (<= ?x2213 boundary)) $x3014) 1 0)))
 (let ((?x1439 (+ phase_424 1)))
 (let ((?x1311 (+ phase_457 1)))
 (let ((?x2962 (ite (> ?x1311 ?x1439) ?x1311 ?x1439)))
 (let ((?x2948 (ite (> ?x319 ?x2962) ?x319 ?x2962)))
 (let ((?x2798 (+ phase_497 1)))
 (let ((?x8254 (ite (> phase_457 phase_424) phase_457 phase_424)))
 (let ((?x8256 (ite (> phase_458 ?x8254) phase_458 ?x8254)))
 (let ((?x8258 (ite (> phase_473 ?x8256) phase_473 ?x8256)))
 (let ((?x8260 (ite (> phase_497 ?x8258) phase_497 ?x8258)))
 (let (($x8262 (not (<= ?x8260 ?x1439))))
 (let (($x2975 (and (and $x8262 (<= ?x1439 boundary)) (<= boundary (ite (> ?x2798 ?x2948) ?x2798 ?x2948)))))
 (let ((?x2976 (ite $x2975 1 0)))
 (let ((?x2909 (ite (> phase_483 phase_423) phase_483 phase_423)))
 (let (($x2936 (and (and true (<= phase_423 boundary)) (<= boundary (ite (> ?x523 ?x2909) ?x523 ?x2909)))))
 (let ((?x2937 (ite $x2936 1 0)))
 (let (($x2892 (and (and true (<= phase_422 boundary)) (<= boundary (ite (> ?x2798 phase_422) ?x2798 phase_422)))))
 (let ((?x2893 (ite $x2892 1 0)))
 (let (($x2867 (and (and true (<= phase_421 boundary)) (<= boundary (ite (> ?x828 phase_421) ?x828 phase_421)))))
 (let ((?x2868 (ite $x2867 1 0)))
 (let ((?x1459 (+ phase_451 1)))
 (let (($x2856 (and (and true (<= phase_420 boundary)) (<= boundary (ite (> ?x1459 phase_420) ?x1459 phase_420)))))
 (let ((?x2857 (ite $x2856 1 0)))
 (let ((?x2828 (ite (> phase_462 phase_419) phase_462 phase_419)))
 (let (($x2832 (and (and true (<= phase_419 boundary)) (<= boundary (ite (> ?x1459 ?x2828) ?x1459 ?x2828)))))
 (let ((?x2852 (ite $x2832 1 0)))
 (let ((?x2796 (ite (> ?x2798 phase_418) ?x2798 phase_418)))
 (let ((?x2800 (ite (> phase_483 ?x2796) phase_483 ?x2796)))
 (let (($x2819 (and (and true (<= phase_418 boundary)) (<= boundary (ite (> ?x471 ?x2800) ?x471 ?x2800)))))
 (let ((?x2820 (ite $x2819 1 0)))
 (let ((?x1263 (+ phase_417 1)))
 (let ((?x2761 (ite (> phase_466 ?x1263) phase_466 ?x1263)))
 (let ((?x2771 (ite (> ?x2432 ?x2761) ?x2432 ?x2761)))
 (let ((?x2770 (ite (> phase_461 phase_417) phase_461 phase_417)))
 (let ((?x2774 (ite (> phase_466 ?x2770) phase_466 ?x2770)))
 (let ((?x2790 (ite (> phase_494 ?x2774) phase_494 ?x2774)))
 (let (($x2788 (not (<= ?x2790 ?x1263))))
 (let (($x2794 (and (and $x2788 (<= ?x1263 boundary)) (<= boundary (ite (> ?x1504 ?x2771) ?x1504 ?x2771)))))
 (let ((?x2797 (ite $x2794 1 0)))
 (let ((?x7075 (+ phase_416 1)))
 (let ((?x2738 (ite (> ?x319 ?x7075) ?x319 ?x7075)))
 (let ((?x8183 (ite (> phase_458 phase_416) phase_458 phase_416)))
 (let ((?x8185 (ite (> phase_483 ?x8183) phase_483 ?x8183)))
 (let ((?x8187 (ite (> phase_492 ?x8185) phase_492 ?x8185)))
 (let (($x8189 (not (<= ?x8187 ?x7075))))
 (let (($x2756 (and (and $x8189 (<= ?x7075 boundary)) (<= boundary (ite (> phase_483 ?x2738) phase_483 ?x2738)))))
 (let ((?x2757 (ite $x2756 1 0)))
 (let ((?x1892 (+ phase_415 1)))
 (let ((?x2684 (ite (> phase_474 ?x1892) phase_474 ?x1892)))
 (let ((?x2686 (ite (> phase_495 ?x2684) phase_495 ?x2684)))
 (let ((?x2694 (ite (> ?x629 ?x2686) ?x629 ?x2686)))
 (let ((?x2688 (ite (> ?x2673 ?x2694) ?x2673 ?x2694)))
 (let ((?x2708 (ite (> phase_450 phase_415) phase_450 phase_415)))
 (let ((?x2700 (ite (> phase_474 ?x2708) phase_474 ?x2708)))
 (let ((?x2710 (ite (> phase_478 ?x2700) phase_478 ?x2700)))
 (let ((?x2712 (ite (> phase_482 ?x2710) phase_482 ?x2710)))
 (let ((?x2732 (ite (> phase_495 ?x2712) phase_495 ?x2712)))
 (let (($x2720 (not (<= ?x2732 ?x1892))))
 (let (($x2743 (and (and $x2720 (<= ?x1892 boundary)) (<= boundary (ite (> ?x471 ?x2688) ?x471 ?x2688)))))
 (let ((?x2744 (ite $x2743 1 0)))
 (let (($x2683 (and (and true (<= phase_412 boundary)) (<= boundary (ite (> ?x2673 phase_412) ?x2673 phase_412)))))
 (let ((?x2677 (ite $x2683 1 0)))
 (let ((?x2632 (ite (> phase_474 phase_411) phase_474 phase_411)))
 (let ((?x2634 (ite (> phase_495 ?x2632) phase_495 ?x2632)))
 (let (($x2656 (and (and true (<= phase_411 boundary)) (<= boundary (ite (> ?x2564 ?x2634) ?x2564 ?x2634)))))
 (let ((?x2657 (ite $x2656 1 0)))
 (let ((?x1379 (+ phase_488 1)))
 (let (($x2631 (and (and true (<= phase_410 boundary)) (<= boundary (ite (> ?x1379 phase_410) ?x1379 phase_410)))))
 (let ((?x2628 (ite $x2631 1 0)))
 (let (($x2604 (and (and true (<= phase_409 boundary)) (<= boundary (ite (> ?x828 phase_409) ?x828 phase_409)))))
 (let ((?x2605 (ite $x2604 1 0)))
 (let (($x2587 (<= boundary (ite (> ?x2564 (+ phase_408 1)) ?x2564 (+ phase_408 1)))))
 (let ((?x4161 (+ phase_408 1)))
 (let ((?x8124 (ite (> phase_484 phase_408) phase_484 phase_408)))
 (let (($x8126 (not (<= ?x8124 ?x4161))))
 (let ((?x2585 (ite (and (and $x8126 (<= ?x4161 boundary)) $x2587) 1 0)))
 (let (($x2577 (<= boundary (ite (> ?x979 (+ phase_407 1)) ?x979 (+ phase_407 1)))))
 (let ((?x4648 (+ phase_407 1)))
 (let ((?x8112 (ite (> phase_485 phase_407) phase_485 phase_407)))
 (let (($x8114 (not (<= ?x8112 ?x4648))))
 (let ((?x2563 (ite (and (and $x8114 (<= ?x4648 boundary)) $x2577) 1 0)))
 (let ((?x2535 (ite (> phase_474 phase_406) phase_474 phase_406)))
 (let ((?x2533 (ite (> phase_495 ?x2535) phase_495 ?x2535)))
 (let (($x2551 (and (and true (<= phase_406 boundary)) (<= boundary (ite (> ?x1459 ?x2533) ?x1459 ?x2533)))))
 (let ((?x2548 (ite $x2551 1 0)))
 (let ((?x7208 (+ phase_405 1)))
 (let ((?x2501 (ite (> ?x2394 ?x7208) ?x2394 ?x7208)))
 (let ((?x8089 (ite (> phase_480 phase_405) phase_480 phase_405)))
 (let ((?x8091 (ite (> phase_489 ?x8089) phase_489 ?x8089)))
 (let (($x8093 (not (<= ?x8091 ?x7208))))
 (let (($x2521 (and (and $x8093 (<= ?x7208 boundary)) (<= boundary (ite (> ?x828 ?x2501) ?x828 ?x2501)))))
 (let ((?x2522 (ite $x2521 1 0)))
 (let (($x2499 (<= boundary (ite (> ?x1809 (+ phase_403 1)) ?x1809 (+ phase_403 1)))))
 (let ((?x8547 (+ phase_403 1)))
 (let ((?x2490 (ite (> phase_496 phase_403) phase_496 phase_403)))
 (let (($x2494 (not (<= ?x2490 ?x8547))))
 (let ((?x2497 (ite (and (and $x2494 (<= ?x8547 boundary)) $x2499) 1 0)))
 (let (($x2476 (<= boundary (ite (> ?x1379 (+ phase_402 1)) ?x1379 (+ phase_402 1)))))
 (let ((?x7402 (+ phase_402 1)))
 (let ((?x8067 (ite (> phase_453 phase_402) phase_453 phase_402)))
 (let ((?x8069 (ite (> phase_487 ?x8067) phase_487 ?x8067)))
 (let ((?x8071 (ite (> phase_488 ?x8069) phase_488 ?x8069)))
 (let (($x8073 (not (<= ?x8071 ?x7402))))
 (let ((?x2478 (ite (and (and $x8073 (<= ?x7402 boundary)) $x2476) 1 0)))
 (let ((?x7567 (+ phase_401 1)))
 (let (($x8053 (not (<= (ite (> phase_466 phase_401) phase_466 phase_401) ?x7567))))
 (let (($x2464 (and (and $x8053 (<= ?x7567 boundary)) (<= boundary (ite (> phase_466 ?x7567) phase_466 ?x7567)))))
 (let ((?x2465 (ite $x2464 1 0)))
 (let ((?x2428 (ite (> ?x1379 phase_400) ?x1379 phase_400)))
 (let ((?x2431 (ite (> ?x2429 ?x2428) ?x2429 ?x2428)))
 (let (($x2446 (and (and true (<= phase_400 boundary)) (<= boundary (ite (> ?x2432 ?x2431) ?x2432 ?x2431)))))
 (let ((?x2447 (ite $x2446 1 0)))
 (let (($x2408 (<= boundary (ite (> ?x2394 (+ phase_398 1)) ?x2394 (+ phase_398 1)))))
 (let ((?x622 (+ phase_398 1)))
 (let ((?x8015 (ite (> phase_489 phase_398) phase_489 phase_398)))
 (let (($x8017 (not (<= ?x8015 ?x622))))
 (let ((?x2426 (ite (and (and $x8017 (<= ?x622 boundary)) $x2408) 1 0)))
 (let ((?x2383 (ite (and (and true (<= (+ phase_397 1) boundary)) $x318) 1 0)))
 (let (($x2375 (and (and true (<= phase_396 boundary)) (<= boundary (ite (> ?x1867 phase_396) ?x1867 phase_396)))))
 (let ((?x2376 (ite $x2375 1 0)))
 (let ((?x2358 (ite (and (and true (<= (+ phase_394 1) boundary)) $x318) 1 0)))
 (let ((?x6823 (+ phase_390 1)))
 (let ((?x2313 (ite (> ?x2213 ?x6823) ?x2213 ?x6823)))
 (let ((?x1019 (+ phase_429 1)))
 (let ((?x2331 (ite (> ?x1019 ?x2313) ?x1019 ?x2313)))
 (let ((?x7920 (ite (> phase_425 phase_390) phase_425 phase_390)))
 (let ((?x7922 (ite (> phase_429 ?x7920) phase_429 ?x7920)))
 (let ((?x7924 (ite (> phase_476 ?x7922) phase_476 ?x7922)))
 (let (($x7926 (not (<= ?x7924 ?x6823))))
 (let (($x2347 (and (and $x7926 (<= ?x6823 boundary)) (<= boundary (ite (> ?x2278 ?x2331) ?x2278 ?x2331)))))
 (let ((?x2348 (ite $x2347 1 0)))
 (let (($x2328 (and (and true (<= phase_389 boundary)) (<= boundary (ite (> ?x8547 phase_389) ?x8547 phase_389)))))
 (let ((?x2329 (ite $x2328 1 0)))
 (let (($x2294 (and (and true (<= phase_388 boundary)) (<= boundary (ite (> ?x1867 phase_388) ?x1867 phase_388)))))
 (let ((?x2295 (ite $x2294 1 0)))
 (let (($x2281 (<= boundary (ite (> ?x2278 (+ phase_387 1)) ?x2278 (+ phase_387 1)))))
 (let ((?x6837 (+ phase_387 1)))
 (let ((?x7882 (ite (> phase_476 phase_387) phase_476 phase_387)))
 (let (($x7884 (not (<= ?x7882 ?x6837))))
 (let ((?x2285 (ite (and (and $x7884 (<= ?x6837 boundary)) $x2281) 1 0)))
 (let (($x2260 (and (and true (<= phase_383 boundary)) (<= boundary (ite (> ?x1892 phase_383) ?x1892 phase_383)))))
 (let ((?x2277 (ite $x2260 1 0)))
 (let (($x2227 (<= boundary (ite (> ?x8547 (+ phase_379 1)) ?x8547 (+ phase_379 1)))))
 (let ((?x2015 (+ phase_379 1)))
 (let ((?x7753 (ite (> phase_403 phase_379) phase_403 phase_379)))
 (let ((?x7755 (ite (> phase_410 ?x7753) phase_410 ?x7753)))
 (let ((?x7757 (ite (> phase_419 ?x7755) phase_419 ?x7755)))
 (let (($x7759 (not (<= ?x7757 ?x2015))))
 (let ((?x2256 (ite (and (and $x7759 (<= ?x2015 boundary)) $x2227) 1 0)))
 (let (($x2217 (and (and true (<= phase_378 boundary)) (<= boundary (ite (> ?x2213 phase_378) ?x2213 phase_378)))))
 (let ((?x2224 (ite $x2217 1 0)))
 (let ((?x2201 (ite (and (and true (<= (+ phase_376 1) boundary)) $x318) 1 0)))
 (let (($x2197 (<= boundary (ite (> ?x1263 (+ phase_375 1)) ?x1263 (+ phase_375 1)))))
 (let ((?x7145 (+ phase_375 1)))
 (let ((?x7703 (ite (> phase_417 phase_375) phase_417 phase_375)))
 (let (($x7705 (not (<= ?x7703 ?x7145))))
 (let ((?x2195 (ite (and (and $x7705 (<= ?x7145 boundary)) $x2197) 1 0)))
 (let ((?x2178 (ite (and (and true (<= (+ phase_373 1) boundary)) $x318) 1 0)))
 (let (($x2150 (<= boundary (ite (> ?x1867 (+ phase_371 1)) ?x1867 (+ phase_371 1)))))
 (let ((?x1516 (+ phase_371 1)))
 (let ((?x7666 (ite (> phase_407 phase_371) phase_407 phase_371)))
 (let ((?x7668 (ite (> phase_441 ?x7666) phase_441 ?x7666)))
 (let ((?x7670 (ite (> phase_443 ?x7668) phase_443 ?x7668)))
 (let ((?x7672 (ite (> phase_446 ?x7670) phase_446 ?x7670)))
 (let (($x7674 (not (<= ?x7672 ?x1516))))
 (let ((?x2168 (ite (and (and $x7674 (<= ?x1516 boundary)) $x2150) 1 0)))
 (let (($x2108 (<= boundary (ite (> ?x1892 (+ phase_368 1)) ?x1892 (+ phase_368 1)))))
 (let ((?x973 (+ phase_368 1)))
 (let ((?x7625 (ite (> phase_415 phase_368) phase_415 phase_368)))
 (let ((?x7627 (ite (> phase_439 ?x7625) phase_439 ?x7625)))
 (let (($x7629 (not (<= ?x7627 ?x973))))
 (let ((?x2136 (ite (and (and $x7629 (<= ?x973 boundary)) $x2108) 1 0)))
 (let (($x2078 (<= boundary (ite (> ?x754 (+ phase_367 1)) ?x754 (+ phase_367 1)))))
 (let ((?x970 (+ phase_367 1)))
 (let (($x2055 (<= ?x970 boundary)))
 (let ((?x7611 (ite (> phase_401 phase_367) phase_401 phase_367)))
 (let ((?x7613 (ite (> phase_445 ?x7611) phase_445 ?x7611)))
 (let (($x7615 (not (<= ?x7613 ?x970))))
 (let ((?x2081 (ite (and (and $x7615 $x2055) $x2078) 1 0)))
 (let ((?x7594 (ite (> phase_405 phase_367) phase_405 phase_367)))
 (let ((?x7596 (ite (> phase_434 ?x7594) phase_434 ?x7594)))
 (let ((?x7598 (ite (> phase_445 ?x7596) phase_445 ?x7596)))
 (let (($x7600 (not (<= ?x7598 ?x970))))
 (let ((?x2066 (ite (and (and $x7600 $x2055) $x2078) 1 0)))
 (let (($x2045 (<= boundary (ite (> ?x8547 (+ phase_365 1)) ?x8547 (+ phase_365 1)))))
 (let ((?x6661 (+ phase_365 1)))
 (let ((?x7554 (ite (> phase_403 phase_365) phase_403 phase_365)))
 (let (($x7556 (not (<= ?x7554 ?x6661))))
 (let ((?x2047 (ite (and (and $x7556 (<= ?x6661 boundary)) $x2045) 1 0)))
 (let (($x2034 (and (and true (<= phase_364 boundary)) (<= boundary (ite (> ?x754 phase_364) ?x754 phase_364)))))
 (let ((?x2042 (ite $x2034 1 0)))
 (let (($x2021 (<= boundary (ite (> ?x8547 (+ phase_362 1)) ?x8547 (+ phase_362 1)))))
 (let ((?x1646 (+ phase_362 1)))
 (let ((?x7516 (ite (> phase_403 phase_362) phase_403 phase_362)))
 (let ((?x7518 (ite (> phase_412 ?x7516) phase_412 ?x7516)))
 (let (($x7520 (not (<= ?x7518 ?x1646))))
 (let ((?x2030 (ite (and (and $x7520 (<= ?x1646 boundary)) $x2021) 1 0)))
 (let (($x2000 (<= boundary (ite (> ?x754 (+ phase_361 1)) ?x754 (+ phase_361 1)))))
 (let ((?x967 (+ phase_361 1)))
 (let ((?x7503 (ite (> phase_445 phase_361) phase_445 phase_361)))
 (let (($x7505 (not (<= ?x7503 ?x967))))
 (let ((?x2018 (ite (and (and $x7505 (<= ?x967 boundary)) $x2000) 1 0)))
 (let ((?x827 (+ phase_357 1)))
 (let ((?x1908 (ite (> ?x1892 ?x827) ?x1892 ?x827)))
 (let ((?x1952 (ite (> ?x754 ?x1908) ?x754 ?x1908)))
 (let ((?x7441 (ite (> phase_405 phase_357) phase_405 phase_357)))
 (let ((?x7443 (ite (> phase_409 ?x7441) phase_409 ?x7441)))
 (let ((?x7445 (ite (> phase_415 ?x7443) phase_415 ?x7443)))
 (let ((?x7447 (ite (> phase_421 ?x7445) phase_421 ?x7445)))
 (let ((?x7449 (ite (> phase_424 ?x7447) phase_424 ?x7447)))
 (let ((?x7451 (ite (> phase_428 ?x7449) phase_428 ?x7449)))
 (let ((?x7453 (ite (> phase_445 ?x7451) phase_445 ?x7451)))
 (let ((?x7455 (ite (> phase_460 ?x7453) phase_460 ?x7453)))
 (let (($x7457 (not (<= ?x7455 ?x827))))
 (let (($x1956 (and (and $x7457 (<= ?x827 boundary)) (<= boundary (ite (> ?x523 ?x1952) ?x523 ?x1952)))))
 (let ((?x1997 (ite $x1956 1 0)))
 (let (($x1906 (<= boundary (ite (> ?x1867 (+ phase_354 1)) ?x1867 (+ phase_354 1)))))
 (let ((?x2974 (+ phase_354 1)))
 (let ((?x7392 (ite (> phase_412 phase_354) phase_412 phase_354)))
 (let ((?x7394 (ite (> phase_441 ?x7392) phase_441 ?x7392)))
 (let (($x7396 (not (<= ?x7394 ?x2974))))
 (let ((?x1891 (ite (and (and $x7396 (<= ?x2974 boundary)) $x1906) 1 0)))
 (let (($x1879 (and (and true (<= phase_350 boundary)) (<= boundary (ite (> ?x1019 phase_350) ?x1019 phase_350)))))
 (let ((?x1866 (ite $x1879 1 0)))
 (let ((?x1839 (ite (and (and true (<= (+ phase_345 1) boundary)) $x318) 1 0)))
 (let ((?x1825 (ite (and (and true (<= (+ phase_339 1) boundary)) $x318) 1 0)))
 (let ((?x1823 (ite (and (and true (<= phase_335 boundary)) $x318) 1 0)))
 (let (($x1812 (<= boundary (ite (> ?x1809 (+ phase_332 1)) ?x1809 (+ phase_332 1)))))
 (let ((?x3638 (+ phase_332 1)))
 (let ((?x7093 (ite (> phase_388 phase_332) phase_388 phase_332)))
 (let ((?x7095 (ite (> phase_396 ?x7093) phase_396 ?x7093)))
 (let ((?x7097 (ite (> phase_496 ?x7095) phase_496 ?x7095)))
 (let (($x7099 (not (<= ?x7097 ?x3638))))
 (let ((?x1814 (ite (and (and $x7099 (<= ?x3638 boundary)) $x1812) 1 0)))
 (let ((?x1808 (ite (and (and true (<= (+ phase_329 1) boundary)) $x318) 1 0)))
 (let (($x1789 (and (and true (<= phase_319 boundary)) (<= boundary (ite (> ?x1732 phase_319) ?x1732 phase_319)))))
 (let ((?x1790 (ite $x1789 1 0)))
 (let (($x1779 (and (and true (<= phase_318 boundary)) (<= boundary (ite (> ?x1263 phase_318) ?x1263 phase_318)))))
 (let ((?x1780 (ite $x1779 1 0)))
 (let (($x1757 (and (and true (<= phase_312 boundary)) (<= boundary (ite (> ?x1732 phase_312) ?x1732 phase_312)))))
 (let ((?x1758 (ite $x1757 1 0)))
 (let (($x1715 (<= boundary (ite (> ?x1687 (+ phase_305 1)) ?x1687 (+ phase_305 1)))))
 (let ((?x2787 (+ phase_305 1)))
 (let (($x1704 (<= ?x2787 boundary)))
 (let ((?x6648 (ite (> phase_355 phase_305) phase_355 phase_305)))
 (let ((?x6650 (ite (> phase_361 ?x6648) phase_361 ?x6648)))
 (let ((?x6652 (ite (> phase_463 ?x6650) phase_463 ?x6650)))
 (let (($x6654 (not (<= ?x6652 ?x2787))))
 (let ((?x1731 (ite (and (and $x6654 $x1704) $x1715) 1 0)))
 (let ((?x1718 (ite (and (and true $x1704) $x318) 1 0)))
 (let ((?x6628 (ite (> phase_368 phase_305) phase_368 phase_305)))
 (let ((?x6630 (ite (> phase_463 ?x6628) phase_463 ?x6628)))
 (let (($x6632 (not (<= ?x6630 ?x2787))))
 (let ((?x1713 (ite (and (and $x6632 $x1704) $x1715) 1 0)))
 (let ((?x1686 (ite (and (and true (<= phase_304 boundary)) $x318) 1 0)))
 (let ((?x1674 (ite (and (and true (<= (+ phase_299 1) boundary)) $x318) 1 0)))
 (let ((?x5107 (+ phase_289 1)))
 (let ((?x6417 (ite (> phase_301 phase_289) phase_301 phase_289)))
 (let ((?x6419 (ite (> phase_314 ?x6417) phase_314 ?x6417)))
 (let ((?x6421 (ite (> phase_341 ?x6419) phase_341 ?x6419)))
 (let ((?x6423 (ite (> phase_495 ?x6421) phase_495 ?x6421)))
 (let (($x6425 (not (<= ?x6423 ?x5107))))
 (let (($x1672 (and (and $x6425 (<= ?x5107 boundary)) (<= boundary (ite (> phase_495 ?x5107) phase_495 ?x5107)))))
 (let ((?x1660 (ite $x1672 1 0)))
 (let (($x1649 (<= boundary (ite (> ?x523 (+ phase_278 1)) ?x523 (+ phase_278 1)))))
 (let ((?x4369 (+ phase_278 1)))
 (let ((?x6259 (ite (> phase_307 phase_278) phase_307 phase_278)))
 (let ((?x6261 (ite (> phase_361 ?x6259) phase_361 ?x6259)))
 (let ((?x6263 (ite (> phase_373 ?x6261) phase_373 ?x6261)))
 (let ((?x6265 (ite (> phase_460 ?x6263) phase_460 ?x6263)))
 (let (($x6267 (not (<= ?x6265 ?x4369))))
 (let ((?x1647 (ite (and (and $x6267 (<= ?x4369 boundary)) $x1649) 1 0)))
 (let ((?x1624 (ite (and (and true (<= (+ phase_277 1) boundary)) $x318) 1 0)))
 (let ((?x1622 (ite (and (and true (<= phase_273 boundary)) $x318) 1 0)))
 (let ((?x1620 (ite (and (and true (<= phase_271 boundary)) $x318) 1 0)))
 (let ((?x1587 (ite (and (and true (<= phase_269 boundary)) $x318) 1 0)))
 (let (($x1569 (<= boundary (ite (> ?x380 (+ phase_268 1)) ?x380 (+ phase_268 1)))))
 (let ((?x2308 (+ phase_268 1)))
 (let ((?x6113 (ite (> phase_320 phase_268) phase_320 phase_268)))
 (let ((?x6115 (ite (> phase_347 ?x6113) phase_347 ?x6113)))
 (let ((?x6117 (ite (> phase_369 ?x6115) phase_369 ?x6115)))
 (let ((?x6119 (ite (> phase_479 ?x6117) phase_479 ?x6117)))
 (let (($x6121 (not (<= ?x6119 ?x2308))))
 (let ((?x1585 (ite (and (and $x6121 (<= ?x2308 boundary)) $x1569) 1 0)))
 (let ((?x1566 (ite (and (and true (<= (+ phase_265 1) boundary)) $x318) 1 0)))
 (let ((?x1541 (ite (and (and true (<= (+ phase_264 1) boundary)) $x318) 1 0)))
 (let (($x1534 (and (and true (<= phase_250 boundary)) (<= boundary (ite (> ?x1504 phase_250) ?x1504 phase_250)))))
 (let ((?x1535 (ite $x1534 1 0)))
 (let (($x1487 (<= boundary (ite (> ?x828 (+ phase_242 1)) ?x828 (+ phase_242 1)))))
 (let ((?x3261 (+ phase_242 1)))
 (let ((?x5680 (ite (> phase_269 phase_242) phase_269 phase_242)))
 (let ((?x5682 (ite (> phase_278 ?x5680) phase_278 ?x5680)))
 (let ((?x5684 (ite (> phase_325 ?x5682) phase_325 ?x5682)))
 (let ((?x5686 (ite (> phase_480 ?x5684) phase_480 ?x5684)))
 (let (($x5688 (not (<= ?x5686 ?x3261))))
 (let ((?x1503 (ite (and (and $x5688 (<= ?x3261 boundary)) $x1487) 1 0)))
 (let (($x1474 (and (and true (<= phase_234 boundary)) (<= boundary (ite (> ?x1459 phase_234) ?x1459 phase_234)))))
 (let ((?x1475 (ite $x1474 1 0)))
 (let ((?x1458 (ite (and (and true (<= phase_211 boundary)) $x318) 1 0)))
 (let (($x1425 (<= boundary (ite (> ?x319 (+ phase_208 1)) ?x319 (+ phase_208 1)))))
 (let ((?x751 (+ phase_208 1)))
 (let ((?x5132 (ite (> phase_257 phase_208) phase_257 phase_208)))
 (let ((?x5134 (ite (> phase_266 ?x5132) phase_266 ?x5132)))
 (let ((?x5136 (ite (> phase_288 ?x5134) phase_288 ?x5134)))
 (let ((?x5138 (ite (> phase_293 ?x5136) phase_293 ?x5136)))
 (let ((?x5140 (ite (> phase_458 ?x5138) phase_458 ?x5138)))
 (let (($x5142 (not (<= ?x5140 ?x751))))
 (let ((?x1456 (ite (and (and $x5142 (<= ?x751 boundary)) $x1425) 1 0)))
 (let ((?x1422 (ite (and (and true (<= (+ phase_203 1) boundary)) $x318) 1 0)))
 (let (($x1393 (and (and true (<= phase_202 boundary)) (<= boundary (ite (> ?x1379 phase_202) ?x1379 phase_202)))))
 (let ((?x1394 (ite $x1393 1 0)))
 (let (($x1380 (<= boundary (ite (> ?x754 (+ phase_197 1)) ?x754 (+ phase_197 1)))))
 (let ((?x559 (+ phase_197 1)))
 (let ((?x4970 (ite (> phase_209 phase_197) phase_209 phase_197)))
 (let ((?x4972 (ite (> phase_297 ?x4970) phase_297 ?x4970)))
 (let ((?x4974 (ite (> phase_445 ?x4972) phase_445 ?x4972)))
 (let (($x4976 (not (<= ?x4974 ?x559))))
 (let ((?x1378 (ite (and (and $x4976 (<= ?x559 boundary)) $x1380) 1 0)))
 (let ((?x1353 (ite (and (and true (<= (+ phase_177 1) boundary)) $x318) 1 0)))
 (let (($x1339 (and (and true (<= phase_164 boundary)) (<= boundary (ite (> ?x1311 phase_164) ?x1311 phase_164)))))
 (let ((?x1340 (ite $x1339 1 0)))
 (let (($x1294 (<= boundary (ite (> ?x8547 (+ phase_157 1)) ?x8547 (+ phase_157 1)))))
 (let ((?x1968 (+ phase_157 1)))
 (let ((?x4313 (ite (> phase_204 phase_157) phase_204 phase_157)))
 (let ((?x4315 (ite (> phase_209 ?x4313) phase_209 ?x4313)))
 (let ((?x4317 (ite (> phase_245 ?x4315) phase_245 ?x4315)))
 (let ((?x4319 (ite (> phase_369 ?x4317) phase_369 ?x4317)))
 (let ((?x4321 (ite (> phase_403 ?x4319) phase_403 ?x4319)))
 (let (($x4323 (not (<= ?x4321 ?x1968))))
 (let ((?x1310 (ite (and (and $x4323 (<= ?x1968 boundary)) $x1294) 1 0)))
 (let (($x1269 (<= boundary (ite (> ?x1263 (+ phase_140 1)) ?x1263 (+ phase_140 1)))))
 (let ((?x2261 (+ phase_140 1)))
 (let ((?x3960 (ite (> phase_157 phase_140) phase_157 phase_140)))
 (let ((?x3962 (ite (> phase_262 ?x3960) phase_262 ?x3960)))
 (let ((?x3964 (ite (> phase_417 ?x3962) phase_417 ?x3962)))
 (let (($x3966 (not (<= ?x3964 ?x2261))))
 (let ((?x1279 (ite (and (and $x3966 (<= ?x2261 boundary)) $x1269) 1 0)))
 (let (($x1251 (and (and true (<= phase_136 boundary)) (<= boundary (ite (> ?x754 phase_136) ?x754 phase_136)))))
 (let ((?x1262 (ite $x1251 1 0)))
 (let (($x1230 (and (and true (<= phase_123 boundary)) (<= boundary (ite (> ?x754 phase_123) ?x754 phase_123)))))
 (let ((?x1243 (ite $x1230 1 0)))
 (let (($x1205 (<= boundary (ite (> ?x471 (+ phase_120 1)) ?x471 (+ phase_120 1)))))
 (let ((?x664 (+ phase_120 1)))
 (let ((?x3581 (ite (> phase_153 phase_120) phase_153 phase_120)))
 (let ((?x3583 (ite (> phase_162 ?x3581) phase_162 ?x3581)))
 (let ((?x3585 (ite (> phase_182 ?x3583) phase_182 ?x3583)))
 (let ((?x3587 (ite (> phase_198 ?x3585) phase_198 ?x3585)))
 (let ((?x3589 (ite (> phase_482 ?x3587) phase_482 ?x3587)))
 (let (($x3591 (not (<= ?x3589 ?x664))))
 (let ((?x1219 (ite (and (and $x3591 (<= ?x664 boundary)) $x1205) 1 0)))
 (let ((?x1191 (ite (and (and true (<= phase_118 boundary)) $x318) 1 0)))
 (let ((?x1419 (+ phase_107 1)))
 (let ((?x3334 (ite (> phase_160 phase_107) phase_160 phase_107)))
 (let ((?x3336 (ite (> phase_161 ?x3334) phase_161 ?x3334)))
 (let ((?x3338 (ite (> phase_172 ?x3336) phase_172 ?x3336)))
 (let ((?x3340 (ite (> phase_176 ?x3338) phase_176 ?x3338)))
 (let ((?x3342 (ite (> phase_195 ?x3340) phase_195 ?x3340)))
 (let ((?x3344 (ite (> phase_238 ?x3342) phase_238 ?x3342)))
 (let ((?x3346 (ite (> phase_313 ?x3344) phase_313 ?x3344)))
 (let ((?x3348 (ite (> phase_474 ?x3346) phase_474 ?x3346)))
 (let (($x3350 (not (<= ?x3348 ?x1419))))
 (let (($x1180 (and (and $x3350 (<= ?x1419 boundary)) (<= boundary (ite (> phase_474 ?x1419) phase_474 ?x1419)))))
 (let ((?x1189 (ite $x1180 1 0)))
 (let ((?x1176 (ite (and (and true (<= phase_102 boundary)) $x318) 1 0)))
 (let (($x1162 (<= boundary (ite (> ?x471 (+ phase_100 1)) ?x471 (+ phase_100 1)))))
 (let ((?x745 (+ phase_100 1)))
 (let ((?x3188 (ite (> phase_165 phase_100) phase_165 phase_100)))
 (let ((?x3190 (ite (> phase_171 ?x3188) phase_171 ?x3188)))
 (let ((?x3192 (ite (> phase_180 ?x3190) phase_180 ?x3190)))
 (let ((?x3194 (ite (> phase_449 ?x3192) phase_449 ?x3192)))
 (let ((?x3196 (ite (> phase_482 ?x3194) phase_482 ?x3194)))
 (let (($x3198 (not (<= ?x3196 ?x745))))
 (let ((?x1148 (ite (and (and $x3198 (<= ?x745 boundary)) $x1162) 1 0)))
 (let (($x1131 (and (and true (<= phase_94 boundary)) (<= boundary (ite (> ?x8547 phase_94) ?x8547 phase_94)))))
 (let ((?x1132 (ite $x1131 1 0)))
 (let (($x1100 (and (and true (<= phase_91 boundary)) (<= boundary (ite (> ?x828 phase_91) ?x828 phase_91)))))
 (let ((?x1101 (ite $x1100 1 0)))
 (let ((?x1082 (ite (and (and true (<= (+ phase_85 1) boundary)) $x318) 1 0)))
 (let (($x1066 (and (and true (<= phase_79 boundary)) (<= boundary (ite (> ?x1019 phase_79) ?x1019 phase_79)))))
 (let ((?x1067 (ite $x1066 1 0)))
 (let (($x984 (<= boundary (ite (> ?x979 (+ phase_71 1)) ?x979 (+ phase_71 1)))))
 (let ((?x1125 (+ phase_71 1)))
 (let ((?x2608 (ite (> phase_131 phase_71) phase_131 phase_71)))
 (let ((?x2610 (ite (> phase_138 ?x2608) phase_138 ?x2608)))
 (let ((?x2612 (ite (> phase_146 ?x2610) phase_146 ?x2610)))
 (let ((?x2614 (ite (> phase_246 ?x2612) phase_246 ?x2612)))
 (let ((?x2616 (ite (> phase_350 ?x2614) phase_350 ?x2614)))
 (let ((?x2618 (ite (> phase_485 ?x2616) phase_485 ?x2616)))
 (let (($x2620 (not (<= ?x2618 ?x1125))))
 (let ((?x1018 (ite (and (and $x2620 (<= ?x1125 boundary)) $x984) 1 0)))
 (let ((?x925 (ite (and (and true (<= phase_60 boundary)) $x318) 1 0)))
 (let ((?x921 (ite (and (and true (<= (+ phase_57 1) boundary)) $x318) 1 0)))
 (let ((?x417 (+ phase_39 1)))
 (let ((?x756 (ite (> ?x754 ?x417) ?x754 ?x417)))
 (let ((?x1894 (ite (> phase_52 phase_39) phase_52 phase_39)))
 (let ((?x1896 (ite (> phase_71 ?x1894) phase_71 ?x1894)))
 (let ((?x1898 (ite (> phase_296 ?x1896) phase_296 ?x1896)))
 (let ((?x1900 (ite (> phase_445 ?x1898) phase_445 ?x1898)))
 (let ((?x1902 (ite (> phase_480 ?x1900) phase_480 ?x1900)))
 (let (($x1904 (not (<= ?x1902 ?x417))))
 (let (($x880 (and (and $x1904 (<= ?x417 boundary)) (<= boundary (ite (> ?x828 ?x756) ?x828 ?x756)))))
 (let ((?x881 (ite $x880 1 0)))
 (let ((?x753 (ite (and (and true (<= (+ phase_35 1) boundary)) $x318) 1 0)))
 (let (($x698 (<= boundary (ite (> ?x629 (+ phase_26 1)) ?x629 (+ phase_26 1)))))
 (let ((?x896 (+ phase_26 1)))
 (let ((?x1664 (ite (> phase_77 phase_26) phase_77 phase_26)))
 (let ((?x1666 (ite (> phase_391 ?x1664) phase_391 ?x1664)))
 (let ((?x1668 (ite (> phase_478 ?x1666) phase_478 ?x1666)))
 (let (($x1670 (not (<= ?x1668 ?x896))))
 (let ((?x700 (ite (and (and $x1670 (<= ?x896 boundary)) $x698) 1 0)))
 (let (($x577 (<= boundary (ite (> ?x523 (+ phase_12 1)) ?x523 (+ phase_12 1)))))
 (let ((?x406 (+ phase_12 1)))
 (let ((?x1356 (ite (> phase_59 phase_12) phase_59 phase_12)))
 (let ((?x1358 (ite (> phase_87 ?x1356) phase_87 ?x1356)))
 (let ((?x1360 (ite (> phase_253 ?x1358) phase_253 ?x1358)))
 (let ((?x1362 (ite (> phase_265 ?x1360) phase_265 ?x1360)))
 (let ((?x1364 (ite (> phase_285 ?x1362) phase_285 ?x1362)))
 (let ((?x1366 (ite (> phase_460 ?x1364) phase_460 ?x1364)))
 (let (($x1368 (not (<= ?x1366 ?x406))))
 (let ((?x579 (ite (and (and $x1368 (<= ?x406 boundary)) $x577) 1 0)))
 (let (($x8543 (and true (<= (- 1) boundary))))
 (let ((?x522 (ite (and $x8543 (<= boundary (ite (> ?x471 (- 1)) ?x471 (- 1)))) 1 0)))
 (let ((?x437 (ite (> ?x380 (- 1)) ?x380 (- 1))))
 (let ((?x470 (ite (and $x8543 (<= boundary (ite (> ?x438 ?x437) ?x438 ?x437))) 1 0)))
 (let ((?x379 (ite (and $x8543 (<= boundary (ite (> ?x319 (- 1)) ?x319 (- 1)))) 1 0)))
 (let ((?x317 (ite (and $x8543 (<= boundary (ite (> ?x8547 (- 1)) ?x8547 (- 1)))) 1 0)))
 (let ((?x8545 (ite (and $x8543 $x318) 1 0)))
 (let ((?x4077 (+ ?x8545 ?x8545 ?x8545 ?x8545 ?x317 ?x379 ?x470 ?x522 ?x579 ?x700 ?x753 ?x881 ?x921 ?x925 ?x1018 ?x1067 ?x1082 ?x1101 ?x1132 ?x1148 ?x1176 ?x1189 ?x1191 ?x1219 ?x1243 ?x1262 ?x1279 ?x1310 ?x1340 ?x1353 ?x1378 ?x1394 ?x1422 ?x1456 ?x1458 ?x1475 ?x1503 ?x1535 ?x1541 ?x1566 ?x1585 ?x1587 ?x1620 ?x1622 ?x1624 ?x1647 ?x1660 ?x1674 ?x1686 ?x1713 ?x1718 ?x1731 ?x1758 ?x1780 ?x1790 ?x1808 ?x1814 ?x1823 ?x1825 ?x1839 ?x1866 ?x1891 ?x1997 ?x2018 ?x2030 ?x2042 ?x2047 ?x2066 ?x2081 ?x2136 ?x2168 ?x2178 ?x2195 ?x2201 ?x2224 ?x2256 ?x2277 ?x2285 ?x2295 ?x2329 ?x2348 ?x2358 ?x2376 ?x2383 ?x2426 ?x2447 ?x2465 ?x2478 ?x2497 ?x2522 ?x2548 ?x2563 ?x2585 ?x2605 ?x2628 ?x2657 ?x2677 ?x2744 ?x2757 ?x2797 ?x2820 ?x2852 ?x2857 ?x2868 ?x2893 ?x2937 ?x2976 ?x3012 ?x3051 ?x3074 ?x3103 ?x3109 ?x3123 ?x3142 ?x3144 ?x3169 ?x3203 ?x3224 ?x3239 ?x3292 ?x3313 ?x3361 ?x3365 ?x3375 ?x3401 ?x3404 ?x3464 ?x3484 ?x3494 ?x3496 ?x3507 ?x3525 ?x3525 ?x3545 ?x3549 ?x3566 ?x3568 ?x3578 ?x3596 ?x3598 ?x3610 ?x3612 ?x3628 ?x3630 ?x3639 ?x3645 ?x3654 ?x3682 ?x3684 ?x3717 ?x3719 ?x3728 ?x3744 ?x3757 ?x3807 ?x3809 ?x3823 ?x3825 ?x3835 ?x3841 ?x3850 ?x3885 ?x3887 ?x3895 ?x3897 ?x3897 ?x3897 ?x3909 ?x3929 ?x3931 ?x3947 ?x3949 ?x3968 ?x3969 ?x3975 ?x3977 ?x3979 ?x3989 ?x4008 ?x4042 ?x4044 ?x4065 ?x4067 ?x4076)))
 (let (($x4112 (> ?x4077 d_model)))
 (let (($x8549 (<= boundary 39)))
 (let (($x4099 (>= boundary 33)))
 (let (($x8546 (>= boundary 1)))
 (let (($x4098 (and (and (= boundary (+ (* 2 boundary_half) 1)) $x8546) $x8549)))
 (let (($x4111 (and (and $x4098 $x4099) $x8549)))
 (and $x4111 $x4112))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
