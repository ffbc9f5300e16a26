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
(declare-fun phase_219 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_221 () Int)
(declare-fun phase_222 () Int)
(declare-fun phase_223 () Int)
(declare-fun phase_224 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_226 () Int)
(declare-fun phase_227 () Int)
(declare-fun phase_228 () Int)
(declare-fun phase_229 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_231 () Int)
(declare-fun phase_232 () Int)
(declare-fun phase_233 () Int)
(declare-fun phase_234 () Int)
(declare-fun phase_235 () Int)
(declare-fun phase_236 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_240 () Int)
(declare-fun phase_241 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_244 () Int)
(declare-fun phase_245 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_249 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_251 () Int)
(declare-fun phase_252 () Int)
(declare-fun phase_253 () Int)
(declare-fun phase_254 () Int)
(declare-fun phase_255 () Int)
(declare-fun phase_256 () Int)
(declare-fun phase_257 () Int)
(declare-fun phase_258 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_261 () Int)
(declare-fun phase_262 () Int)
(declare-fun phase_263 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_266 () Int)
(declare-fun phase_267 () Int)
(declare-fun phase_268 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_271 () Int)
(declare-fun phase_272 () Int)
(declare-fun phase_273 () Int)
(declare-fun phase_274 () Int)
(declare-fun phase_275 () Int)
(declare-fun phase_276 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_279 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_281 () Int)
(declare-fun phase_282 () Int)
(declare-fun phase_283 () Int)
(declare-fun phase_284 () Int)
(declare-fun phase_285 () Int)
(declare-fun phase_286 () Int)
(declare-fun phase_287 () Int)
(declare-fun phase_288 () Int)
(declare-fun phase_289 () Int)
(declare-fun phase_290 () Int)
(declare-fun phase_291 () Int)
(declare-fun phase_292 () Int)
(declare-fun phase_293 () Int)
(declare-fun phase_294 () Int)
(declare-fun phase_295 () Int)
(declare-fun phase_296 () Int)
(declare-fun phase_297 () Int)
(declare-fun phase_298 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_300 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_302 () Int)
(declare-fun phase_303 () Int)
(declare-fun phase_304 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_306 () Int)
(declare-fun phase_307 () Int)
(declare-fun phase_308 () Int)
(declare-fun phase_309 () Int)
(declare-fun phase_310 () Int)
(declare-fun phase_311 () Int)
(declare-fun phase_312 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_314 () Int)
(declare-fun phase_315 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_317 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_320 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_323 () Int)
(declare-fun phase_324 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_328 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_330 () Int)
(declare-fun phase_331 () Int)
(declare-fun phase_332 () Int)
(declare-fun phase_333 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_335 () Int)
(declare-fun phase_336 () Int)
(declare-fun phase_337 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_340 () Int)
(declare-fun phase_341 () Int)
(declare-fun phase_342 () Int)
(declare-fun phase_343 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_348 () Int)
(declare-fun phase_349 () Int)
(declare-fun phase_350 () Int)
(declare-fun phase_351 () Int)
(declare-fun phase_352 () Int)
(declare-fun phase_353 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_356 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_359 () Int)
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
(declare-fun phase_372 () Int)
(declare-fun phase_373 () Int)
(declare-fun phase_374 () Int)
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
(declare-fun phase_393 () Int)
(declare-fun phase_394 () Int)
(declare-fun phase_395 () Int)
(declare-fun phase_396 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_399 () Int)
(declare-fun phase_400 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_402 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_404 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_406 () Int)
(declare-fun phase_407 () Int)
(declare-fun phase_408 () Int)
(declare-fun phase_409 () Int)
(declare-fun phase_410 () Int)
(declare-fun phase_411 () Int)
(declare-fun phase_412 () Int)
(declare-fun phase_413 () Int)
(declare-fun phase_414 () Int)
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
(declare-fun phase_440 () Int)
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
(assert
 (= phase_0 1))
(assert
 (= phase_1 3))
(assert
 (= phase_2 3))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 1))
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
 (= phase_13 1))
(assert
 (= phase_14 2))
(assert
 (= phase_15 1))
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
 (= phase_21 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_24 1))
(assert
 (= phase_25 1))
(assert
 (= phase_26 10))
(assert
 (= phase_27 2))
(assert
 (= phase_28 1))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_31 1))
(assert
 (= phase_32 1))
(assert
 (= phase_33 1))
(assert
 (= phase_34 2))
(assert
 (= phase_35 10))
(assert
 (= phase_36 3))
(assert
 (= phase_37 2))
(assert
 (= phase_38 0))
(assert
 (= phase_39 2))
(assert
 (= phase_40 2))
(assert
 (= phase_41 2))
(assert
 (= phase_42 1))
(assert
 (= phase_43 0))
(assert
 (= phase_44 2))
(assert
 (= phase_45 2))
(assert
 (= phase_46 2))
(assert
 (= phase_47 1))
(assert
 (= phase_48 3))
(assert
 (= phase_49 4))
(assert
 (= phase_50 1))
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_53 5))
(assert
 (= phase_54 3))
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
 (= phase_60 7))
(assert
 (= phase_61 6))
(assert
 (= phase_62 5))
(assert
 (= phase_63 7))
(assert
 (= phase_64 5))
(assert
 (= phase_65 5))
(assert
 (= phase_66 6))
(assert
 (= phase_67 5))
(assert
 (= phase_68 5))
(assert
 (= phase_69 6))
(assert
 (= phase_70 5))
(assert
 (= phase_71 6))
(assert
 (= phase_72 7))
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
 (= phase_78 5))
(assert
 (= phase_79 5))
(assert
 (= phase_80 5))
(assert
 (= phase_81 7))
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
 (= phase_90 7))
(assert
 (= phase_91 7))
(assert
 (= phase_92 4))
(assert
 (= phase_93 6))
(assert
 (= phase_94 5))
(assert
 (= phase_95 5))
(assert
 (= phase_96 7))
(assert
 (= phase_97 6))
(assert
 (= phase_98 5))
(assert
 (= phase_99 6))
(assert
 (= phase_100 8))
(assert
 (= phase_101 7))
(assert
 (= phase_102 19))
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
 (= phase_108 11))
(assert
 (= phase_109 6))
(assert
 (= phase_110 8))
(assert
 (= phase_111 9))
(assert
 (= phase_112 8))
(assert
 (= phase_113 8))
(assert
 (= phase_114 8))
(assert
 (= phase_115 10))
(assert
 (= phase_116 9))
(assert
 (= phase_117 8))
(assert
 (= phase_118 11))
(assert
 (= phase_119 11))
(assert
 (= phase_120 6))
(assert
 (= phase_121 10))
(assert
 (= phase_122 5))
(assert
 (= phase_123 7))
(assert
 (= phase_124 7))
(assert
 (= phase_125 6))
(assert
 (= phase_126 18))
(assert
 (= phase_127 10))
(assert
 (= phase_128 10))
(assert
 (= phase_129 10))
(assert
 (= phase_130 8))
(assert
 (= phase_131 10))
(assert
 (= phase_132 10))
(assert
 (= phase_133 9))
(assert
 (= phase_134 10))
(assert
 (= phase_135 12))
(assert
 (= phase_136 11))
(assert
 (= phase_137 6))
(assert
 (= phase_138 10))
(assert
 (= phase_139 7))
(assert
 (= phase_140 10))
(assert
 (= phase_141 11))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 8))
(assert
 (= phase_145 9))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_148 6))
(assert
 (= phase_149 6))
(assert
 (= phase_150 11))
(assert
 (= phase_151 10))
(assert
 (= phase_152 12))
(assert
 (= phase_153 16))
(assert
 (= phase_154 8))
(assert
 (= phase_155 10))
(assert
 (= phase_156 11))
(assert
 (= phase_157 12))
(assert
 (= phase_158 12))
(assert
 (= phase_159 15))
(assert
 (= phase_160 15))
(assert
 (= phase_161 10))
(assert
 (= phase_162 14))
(assert
 (= phase_163 13))
(assert
 (= phase_164 37))
(assert
 (= phase_165 9))
(assert
 (= phase_166 10))
(assert
 (= phase_167 11))
(assert
 (= phase_168 12))
(assert
 (= phase_169 14))
(assert
 (= phase_170 15))
(assert
 (= phase_171 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 16))
(assert
 (= phase_174 10))
(assert
 (= phase_175 11))
(assert
 (= phase_176 11))
(assert
 (= phase_177 14))
(assert
 (= phase_178 9))
(assert
 (= phase_179 10))
(assert
 (= phase_180 13))
(assert
 (= phase_181 10))
(assert
 (= phase_182 10))
(assert
 (= phase_183 14))
(assert
 (= phase_184 9))
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
 (= phase_191 11))
(assert
 (= phase_192 10))
(assert
 (= phase_193 12))
(assert
 (= phase_194 14))
(assert
 (= phase_195 10))
(assert
 (= phase_196 17))
(assert
 (= phase_197 10))
(assert
 (= phase_198 14))
(assert
 (= phase_199 14))
(assert
 (= phase_200 13))
(assert
 (= phase_201 19))
(assert
 (= phase_202 37))
(assert
 (= phase_203 14))
(assert
 (= phase_204 18))
(assert
 (= phase_205 12))
(assert
 (= phase_206 11))
(assert
 (= phase_207 14))
(assert
 (= phase_208 18))
(assert
 (= phase_209 17))
(assert
 (= phase_210 10))
(assert
 (= phase_211 19))
(assert
 (= phase_212 13))
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
 (= phase_219 11))
(assert
 (= phase_220 18))
(assert
 (= phase_221 18))
(assert
 (= phase_222 18))
(assert
 (= phase_223 13))
(assert
 (= phase_224 18))
(assert
 (= phase_225 15))
(assert
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_228 18))
(assert
 (= phase_229 13))
(assert
 (= phase_230 14))
(assert
 (= phase_231 17))
(assert
 (= phase_232 17))
(assert
 (= phase_233 18))
(assert
 (= phase_234 19))
(assert
 (= phase_235 19))
(assert
 (= phase_236 11))
(assert
 (= phase_237 12))
(assert
 (= phase_238 21))
(assert
 (= phase_239 15))
(assert
 (= phase_240 15))
(assert
 (= phase_241 17))
(assert
 (= phase_242 14))
(assert
 (= phase_243 18))
(assert
 (= phase_244 14))
(assert
 (= phase_245 17))
(assert
 (= phase_246 16))
(assert
 (= phase_247 16))
(assert
 (= phase_248 16))
(assert
 (= phase_249 19))
(assert
 (= phase_250 25))
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
 (= phase_256 23))
(assert
 (= phase_257 20))
(assert
 (= phase_258 17))
(assert
 (= phase_259 24))
(assert
 (= phase_260 19))
(assert
 (= phase_261 13))
(assert
 (= phase_262 14))
(assert
 (= phase_263 22))
(assert
 (= phase_264 38))
(assert
 (= phase_265 20))
(assert
 (= phase_266 21))
(assert
 (= phase_267 25))
(assert
 (= phase_268 20))
(assert
 (= phase_269 15))
(assert
 (= phase_270 22))
(assert
 (= phase_271 17))
(assert
 (= phase_272 23))
(assert
 (= phase_273 37))
(assert
 (= phase_274 27))
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
 (= phase_281 17))
(assert
 (= phase_282 27))
(assert
 (= phase_283 26))
(assert
 (= phase_284 22))
(assert
 (= phase_285 18))
(assert
 (= phase_286 18))
(assert
 (= phase_287 21))
(assert
 (= phase_288 22))
(assert
 (= phase_289 18))
(assert
 (= phase_290 22))
(assert
 (= phase_291 22))
(assert
 (= phase_292 18))
(assert
 (= phase_293 22))
(assert
 (= phase_294 23))
(assert
 (= phase_295 21))
(assert
 (= phase_296 23))
(assert
 (= phase_297 14))
(assert
 (= phase_298 15))
(assert
 (= phase_299 20))
(assert
 (= phase_300 33))
(assert
 (= phase_301 24))
(assert
 (= phase_302 14))
(assert
 (= phase_303 27))
(assert
 (= phase_304 29))
(assert
 (= phase_305 24))
(assert
 (= phase_306 26))
(assert
 (= phase_307 22))
(assert
 (= phase_308 18))
(assert
 (= phase_309 26))
(assert
 (= phase_310 22))
(assert
 (= phase_311 27))
(assert
 (= phase_312 25))
(assert
 (= phase_313 24))
(assert
 (= phase_314 27))
(assert
 (= phase_315 25))
(assert
 (= phase_316 24))
(assert
 (= phase_317 25))
(assert
 (= phase_318 27))
(assert
 (= phase_319 21))
(assert
 (= phase_320 31))
(assert
 (= phase_321 24))
(assert
 (= phase_322 19))
(assert
 (= phase_323 29))
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
 (= phase_329 26))
(assert
 (= phase_330 23))
(assert
 (= phase_331 25))
(assert
 (= phase_332 26))
(assert
 (= phase_333 29))
(assert
 (= phase_334 24))
(assert
 (= phase_335 27))
(assert
 (= phase_336 35))
(assert
 (= phase_337 29))
(assert
 (= phase_338 18))
(assert
 (= phase_339 30))
(assert
 (= phase_340 29))
(assert
 (= phase_341 33))
(assert
 (= phase_342 27))
(assert
 (= phase_343 27))
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
 (= phase_349 27))
(assert
 (= phase_350 33))
(assert
 (= phase_351 37))
(assert
 (= phase_352 35))
(assert
 (= phase_353 33))
(assert
 (= phase_354 30))
(assert
 (= phase_355 32))
(assert
 (= phase_356 33))
(assert
 (= phase_357 30))
(assert
 (= phase_358 30))
(assert
 (= phase_359 37))
(assert
 (= phase_360 30))
(assert
 (= phase_361 30))
(assert
 (= phase_362 22))
(assert
 (= phase_363 30))
(assert
 (= phase_364 31))
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
 (= phase_372 33))
(assert
 (= phase_373 38))
(assert
 (= phase_374 35))
(assert
 (= phase_375 30))
(assert
 (= phase_376 30))
(assert
 (= phase_377 34))
(assert
 (= phase_378 21))
(assert
 (= phase_379 30))
(assert
 (= phase_380 30))
(assert
 (= phase_381 30))
(assert
 (= phase_382 30))
(assert
 (= phase_383 29))
(assert
 (= phase_384 30))
(assert
 (= phase_385 28))
(assert
 (= phase_386 26))
(assert
 (= phase_387 34))
(assert
 (= phase_388 27))
(assert
 (= phase_389 29))
(assert
 (= phase_390 28))
(assert
 (= phase_391 32))
(assert
 (= phase_392 30))
(assert
 (= phase_393 33))
(assert
 (= phase_394 18))
(assert
 (= phase_395 26))
(assert
 (= phase_396 33))
(assert
 (= phase_397 32))
(assert
 (= phase_398 36))
(assert
 (= phase_399 34))
(assert
 (= phase_400 37))
(assert
 (= phase_401 38))
(assert
 (= phase_402 34))
(assert
 (= phase_403 32))
(assert
 (= phase_404 37))
(assert
 (= phase_405 34))
(assert
 (= phase_406 37))
(assert
 (= phase_407 34))
(assert
 (= phase_408 34))
(assert
 (= phase_409 33))
(assert
 (= phase_410 37))
(assert
 (= phase_411 37))
(assert
 (= phase_412 31))
(assert
 (= phase_413 35))
(assert
 (= phase_414 34))
(assert
 (= phase_415 32))
(assert
 (= phase_416 34))
(assert
 (= phase_417 34))
(assert
 (= phase_418 35))
(assert
 (= phase_419 37))
(assert
 (= phase_420 37))
(assert
 (= phase_421 35))
(assert
 (= phase_422 37))
(assert
 (= phase_423 35))
(assert
 (= phase_424 34))
(assert
 (= phase_425 32))
(assert
 (= phase_426 34))
(assert
 (= phase_427 29))
(assert
 (= phase_428 35))
(assert
 (= phase_429 36))
(assert
 (= phase_430 35))
(assert
 (= phase_431 34))
(assert
 (= phase_432 39))
(assert
 (= phase_433 35))
(assert
 (= phase_434 34))
(assert
 (= phase_435 34))
(assert
 (= phase_436 29))
(assert
 (= phase_437 38))
(assert
 (= phase_438 34))
(assert
 (= phase_439 34))
(assert
 (= phase_440 37))
(assert
 (= phase_441 34))
(assert
 (= phase_442 33))
(assert
 (= phase_443 38))
(assert
 (= phase_444 36))
(assert
 (= phase_445 32))
(assert
 (= phase_446 37))
(assert
 (= phase_447 39))
(assert
 (= phase_448 29))
(assert
 (= phase_449 37))
(assert
 (= phase_450 36))
(assert
 (= phase_451 38))
(assert
 (= phase_452 38))
(assert
 (= phase_453 39))
(assert
 (= phase_454 38))
(assert
 (= phase_455 38))
(assert
 (= phase_456 38))
(assert
 (= phase_457 38))
(assert
 (= phase_458 38))
(assert
 (= phase_459 37))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_462 39))
(assert
 (= phase_463 38))
(assert
 (= phase_464 39))
(assert
 (= phase_465 38))
(assert
 (= phase_466 39))
(assert
 (= phase_467 38))
(assert
 (= phase_468 37))
(assert
 (= phase_469 38))
(assert
 (= phase_470 38))
(assert
 (= phase_471 39))
(assert
 (= phase_472 35))
(assert
 (= phase_473 39))
(assert
 (= phase_474 39))
(assert
 (= phase_475 38))
(assert
 (= phase_476 38))
(assert
 (= phase_477 38))
(assert
 (= phase_478 38))
(assert
 (= phase_479 38))
(assert
 (= phase_480 36))
(assert
 (= phase_481 10))
(assert
 (= phase_482 36))
(assert
 (= phase_483 37))
(assert
 (= phase_484 38))
(assert
 (= phase_485 38))
(assert
 (= phase_486 39))
(assert
 (= phase_487 39))
(assert
 (= phase_488 38))
(assert
 (= phase_489 38))
(assert
 (= phase_490 31))
(assert
 (= phase_491 38))
(assert
 (= phase_492 39))
(assert
 (= phase_493 38))
(assert
 (= phase_494 38))
(assert
 (= phase_495 39))
(assert
 (= phase_496 38))
(assert
 (= phase_497 38))
(assert
 (= phase_498 38))
(assert
 (= phase_499 38))
(assert
 (let (($x11137 (> phase_499 39)))
 (let (($x11145 (> phase_498 39)))
 (let (($x11170 (> phase_497 39)))
 (let (($x11240 (> phase_496 39)))
 (let (($x11095 (> phase_495 39)))
 (let (($x11049 (> phase_494 39)))
 (let (($x11054 (> phase_493 39)))
 (let (($x11025 (> phase_492 39)))
 (let (($x7339 (> phase_491 39)))
 (let (($x10979 (> phase_490 39)))
 (let (($x10952 (> phase_489 39)))
 (let (($x10921 (> phase_488 39)))
 (let (($x10877 (> phase_487 39)))
 (let (($x10901 (> phase_486 39)))
 (let (($x10861 (> phase_485 39)))
 (let (($x10794 (> phase_484 39)))
 (let (($x10827 (> phase_483 39)))
 (let (($x10791 (> phase_482 39)))
 (let (($x10721 (> phase_481 39)))
 (let (($x10676 (> phase_480 39)))
 (let (($x10708 (> phase_479 39)))
 (let (($x10691 (> phase_478 39)))
 (let (($x10674 (> phase_477 39)))
 (let (($x10703 (> phase_476 39)))
 (let (($x10595 (> phase_475 39)))
 (let (($x10598 (> phase_474 39)))
 (let (($x10563 (> phase_473 39)))
 (let (($x10581 (> phase_472 39)))
 (let (($x10571 (> phase_471 39)))
 (let (($x10520 (> phase_470 39)))
 (let (($x10433 (> phase_469 39)))
 (let (($x10486 (> phase_468 39)))
 (let (($x10506 (> phase_467 39)))
 (let (($x10458 (> phase_466 39)))
 (let (($x9451 (> phase_465 39)))
 (let (($x10437 (> phase_464 39)))
 (let (($x9422 (> phase_463 39)))
 (let (($x10413 (> phase_462 39)))
 (let (($x10442 (> phase_461 39)))
 (let (($x9380 (> phase_460 39)))
 (let (($x10382 (> phase_459 39)))
 (let (($x9472 (> phase_458 39)))
 (let (($x10345 (> phase_457 39)))
 (let (($x9515 (> phase_456 39)))
 (let (($x10360 (> phase_455 39)))
 (let (($x9500 (> phase_454 39)))
 (let (($x10314 (> phase_453 39)))
 (let (($x10290 (> phase_452 39)))
 (let (($x10234 (> phase_451 39)))
 (let (($x10255 (> phase_450 39)))
 (let (($x10220 (> phase_449 39)))
 (let (($x10219 (> phase_448 39)))
 (let (($x10205 (> phase_447 39)))
 (let (($x10127 (> phase_446 39)))
 (let (($x10154 (> phase_445 39)))
 (let (($x9964 (> phase_444 39)))
 (let (($x10102 (> phase_443 39)))
 (let (($x10091 (> phase_442 39)))
 (let (($x10032 (> phase_441 39)))
 (let (($x9931 (> phase_440 39)))
 (let (($x9961 (> phase_439 39)))
 (let (($x9958 (> phase_438 39)))
 (let (($x9878 (> phase_437 39)))
 (let (($x9909 (> phase_436 39)))
 (let (($x9823 (> phase_435 39)))
 (let (($x9854 (> phase_434 39)))
 (let (($x9821 (> phase_433 39)))
 (let (($x9760 (> phase_432 39)))
 (let (($x9781 (> phase_431 39)))
 (let (($x9683 (> phase_430 39)))
 (let (($x9703 (> phase_429 39)))
 (let (($x9570 (> phase_428 39)))
 (let (($x9655 (> phase_427 39)))
 (let (($x9656 (> phase_426 39)))
 (let (($x9565 (> phase_425 39)))
 (let (($x9540 (> phase_424 39)))
 (let (($x9560 (> phase_423 39)))
 (let (($x9592 (> phase_422 39)))
 (let (($x9605 (> phase_421 39)))
 (let (($x9640 (> phase_420 39)))
 (let (($x9661 (> phase_419 39)))
 (let (($x9675 (> phase_418 39)))
 (let (($x9695 (> phase_417 39)))
 (let (($x9698 (> phase_416 39)))
 (let (($x9723 (> phase_415 39)))
 (let (($x9743 (> phase_414 39)))
 (let (($x9776 (> phase_413 39)))
 (let (($x9790 (> phase_412 39)))
 (let (($x9813 (> phase_411 39)))
 (let (($x9815 (> phase_410 39)))
 (let (($x9841 (> phase_409 39)))
 (let (($x9874 (> phase_408 39)))
 (let (($x9894 (> phase_407 39)))
 (let (($x9896 (> phase_406 39)))
 (let (($x9929 (> phase_405 39)))
 (let (($x9943 (> phase_404 39)))
 (let (($x9968 (> phase_403 39)))
 (let (($x9991 (> phase_402 39)))
 (let (($x9994 (> phase_401 39)))
 (let (($x10027 (> phase_400 39)))
 (let (($x10041 (> phase_399 39)))
 (let (($x10044 (> phase_398 39)))
 (let (($x10089 (> phase_397 39)))
 (let (($x10122 (> phase_396 39)))
 (let (($x10144 (> phase_395 39)))
 (let (($x10199 (> phase_394 39)))
 (let (($x10217 (> phase_393 39)))
 (let (($x10337 (> phase_392 39)))
 (let (($x10398 (> phase_391 39)))
 (let (($x10481 (> phase_390 39)))
 (let (($x10654 (> phase_389 39)))
 (let (($x10741 (> phase_388 39)))
 (let (($x10872 (> phase_387 39)))
 (let (($x10995 (> phase_386 39)))
 (let (($x11122 (> phase_385 39)))
 (let (($x11270 (> phase_384 39)))
 (let (($x11421 (> phase_383 39)))
 (let (($x11604 (> phase_382 39)))
 (let (($x11779 (> phase_381 39)))
 (let (($x11968 (> phase_380 39)))
 (let (($x12122 (> phase_379 39)))
 (let (($x12359 (> phase_378 39)))
 (let (($x9367 (> phase_377 39)))
 (let (($x12727 (> phase_376 39)))
 (let (($x12430 (> phase_375 39)))
 (let (($x12151 (> phase_374 39)))
 (let (($x11859 (> phase_373 39)))
 (let (($x11588 (> phase_372 39)))
 (let (($x11307 (> phase_371 39)))
 (let (($x11013 (> phase_370 39)))
 (let (($x10730 (> phase_369 39)))
 (let (($x10441 (> phase_368 39)))
 (let (($x10155 (> phase_367 39)))
 (let (($x9862 (> phase_366 39)))
 (let (($x9584 (> phase_365 39)))
 (let (($x9288 (> phase_364 39)))
 (let (($x9005 (> phase_363 39)))
 (let (($x8714 (> phase_362 39)))
 (let (($x8557 (> phase_361 39)))
 (let (($x8289 (> phase_360 39)))
 (let (($x8330 (> phase_359 39)))
 (let (($x8320 (> phase_358 39)))
 (let (($x8190 (> phase_357 39)))
 (let (($x8057 (> phase_356 39)))
 (let (($x7446 (> phase_355 39)))
 (let (($x7709 (> phase_354 39)))
 (let (($x7642 (> phase_353 39)))
 (let (($x7566 (> phase_352 39)))
 (let (($x7495 (> phase_351 39)))
 (let (($x7242 (> phase_350 39)))
 (let (($x7097 (> phase_349 39)))
 (let (($x9409 (> phase_348 39)))
 (let (($x9420 (> phase_347 39)))
 (let (($x9412 (> phase_346 39)))
 (let (($x9434 (> phase_345 39)))
 (let (($x9445 (> phase_344 39)))
 (let (($x9437 (> phase_343 39)))
 (let (($x9462 (> phase_342 39)))
 (let (($x9473 (> phase_341 39)))
 (let (($x9470 (> phase_340 39)))
 (let (($x9523 (> phase_339 39)))
 (let (($x9528 (> phase_338 39)))
 (let (($x9572 (> phase_337 39)))
 (let (($x9587 (> phase_336 39)))
 (let (($x9617 (> phase_335 39)))
 (let (($x9634 (> phase_334 39)))
 (let (($x9628 (> phase_333 39)))
 (let (($x9635 (> phase_332 39)))
 (let (($x9632 (> phase_331 39)))
 (let (($x9645 (> phase_330 39)))
 (let (($x9676 (> phase_329 39)))
 (let (($x9681 (> phase_328 39)))
 (let (($x9735 (> phase_327 39)))
 (let (($x9740 (> phase_326 39)))
 (let (($x9745 (> phase_325 39)))
 (let (($x9750 (> phase_324 39)))
 (let (($x9755 (> phase_323 39)))
 (let (($x9771 (> phase_322 39)))
 (let (($x9766 (> phase_321 39)))
 (let (($x9763 (> phase_320 39)))
 (let (($x9780 (> phase_319 39)))
 (let (($x9796 (> phase_318 39)))
 (let (($x9791 (> phase_317 39)))
 (let (($x9806 (> phase_316 39)))
 (let (($x9783 (> phase_315 39)))
 (let (($x9788 (> phase_314 39)))
 (let (($x9793 (> phase_313 39)))
 (let (($x9798 (> phase_312 39)))
 (let (($x9864 (> phase_311 39)))
 (let (($x9879 (> phase_310 39)))
 (let (($x9876 (> phase_309 39)))
 (let (($x9881 (> phase_308 39)))
 (let (($x9886 (> phase_307 39)))
 (let (($x9913 (> phase_306 39)))
 (let (($x9919 (> phase_305 39)))
 (let (($x9916 (> phase_304 39)))
 (let (($x9971 (> phase_303 39)))
 (let (($x9985 (> phase_302 39)))
 (let (($x9983 (> phase_301 39)))
 (let (($x10011 (> phase_300 39)))
 (let (($x10153 (> phase_299 39)))
 (let (($x10169 (> phase_298 39)))
 (let (($x10185 (> phase_297 39)))
 (let (($x10204 (> phase_296 39)))
 (let (($x10195 (> phase_295 39)))
 (let (($x10215 (> phase_294 39)))
 (let (($x10210 (> phase_293 39)))
 (let (($x10207 (> phase_292 39)))
 (let (($x10202 (> phase_291 39)))
 (let (($x10229 (> phase_290 39)))
 (let (($x10235 (> phase_289 39)))
 (let (($x10232 (> phase_288 39)))
 (let (($x10295 (> phase_287 39)))
 (let (($x10277 (> phase_286 39)))
 (let (($x10294 (> phase_285 39)))
 (let (($x10309 (> phase_284 39)))
 (let (($x10333 (> phase_283 39)))
 (let (($x10330 (> phase_282 39)))
 (let (($x10325 (> phase_281 39)))
 (let (($x10352 (> phase_280 39)))
 (let (($x10358 (> phase_279 39)))
 (let (($x10355 (> phase_278 39)))
 (let (($x10372 (> phase_277 39)))
 (let (($x10388 (> phase_276 39)))
 (let (($x10375 (> phase_275 39)))
 (let (($x10390 (> phase_274 39)))
 (let (($x10438 (> phase_273 39)))
 (let (($x10435 (> phase_272 39)))
 (let (($x10505 (> phase_271 39)))
 (let (($x10521 (> phase_270 39)))
 (let (($x10516 (> phase_269 39)))
 (let (($x10513 (> phase_268 39)))
 (let (($x10530 (> phase_267 39)))
 (let (($x10535 (> phase_266 39)))
 (let (($x10550 (> phase_265 39)))
 (let (($x10556 (> phase_264 39)))
 (let (($x10553 (> phase_263 39)))
 (let (($x10580 (> phase_262 39)))
 (let (($x10611 (> phase_261 39)))
 (let (($x10608 (> phase_260 39)))
 (let (($x10630 (> phase_259 39)))
 (let (($x10668 (> phase_258 39)))
 (let (($x10678 (> phase_257 39)))
 (let (($x10683 (> phase_256 39)))
 (let (($x10699 (> phase_255 39)))
 (let (($x10681 (> phase_254 39)))
 (let (($x10709 (> phase_253 39)))
 (let (($x10706 (> phase_252 39)))
 (let (($x10786 (> phase_251 39)))
 (let (($x10784 (> phase_250 39)))
 (let (($x10846 (> phase_249 39)))
 (let (($x10862 (> phase_248 39)))
 (let (($x10857 (> phase_247 39)))
 (let (($x10854 (> phase_246 39)))
 (let (($x10871 (> phase_245 39)))
 (let (($x10887 (> phase_244 39)))
 (let (($x10882 (> phase_243 39)))
 (let (($x10897 (> phase_242 39)))
 (let (($x10899 (> phase_241 39)))
 (let (($x10929 (> phase_240 39)))
 (let (($x10927 (> phase_239 39)))
 (let (($x10954 (> phase_238 39)))
 (let (($x10959 (> phase_237 39)))
 (let (($x10975 (> phase_236 39)))
 (let (($x10970 (> phase_235 39)))
 (let (($x10967 (> phase_234 39)))
 (let (($x11014 (> phase_233 39)))
 (let (($x11034 (> phase_232 39)))
 (let (($x11056 (> phase_231 39)))
 (let (($x11073 (> phase_230 39)))
 (let (($x11082 (> phase_229 39)))
 (let (($x11098 (> phase_228 39)))
 (let (($x11107 (> phase_227 39)))
 (let (($x11123 (> phase_226 39)))
 (let (($x11167 (> phase_225 39)))
 (let (($x11172 (> phase_224 39)))
 (let (($x11178 (> phase_223 39)))
 (let (($x11160 (> phase_222 39)))
 (let (($x11177 (> phase_221 39)))
 (let (($x11196 (> phase_220 39)))
 (let (($x11216 (> phase_219 39)))
 (let (($x11213 (> phase_218 39)))
 (let (($x11230 (> phase_217 39)))
 (let (($x11246 (> phase_216 39)))
 (let (($x11233 (> phase_215 39)))
 (let (($x11271 (> phase_214 39)))
 (let (($x11291 (> phase_213 39)))
 (let (($x11288 (> phase_212 39)))
 (let (($x11305 (> phase_211 39)))
 (let (($x11324 (> phase_210 39)))
 (let (($x11353 (> phase_209 39)))
 (let (($x11368 (> phase_208 39)))
 (let (($x11389 (> phase_207 39)))
 (let (($x11386 (> phase_206 39)))
 (let (($x11381 (> phase_205 39)))
 (let (($x11408 (> phase_204 39)))
 (let (($x11403 (> phase_203 39)))
 (let (($x11419 (> phase_202 39)))
 (let (($x11414 (> phase_201 39)))
 (let (($x11411 (> phase_200 39)))
 (let (($x11406 (> phase_199 39)))
 (let (($x11433 (> phase_198 39)))
 (let (($x11441 (> phase_197 39)))
 (let (($x11438 (> phase_196 39)))
 (let (($x11477 (> phase_195 39)))
 (let (($x11497 (> phase_194 39)))
 (let (($x11537 (> phase_193 39)))
 (let (($x11542 (> phase_192 39)))
 (let (($x11529 (> phase_191 39)))
 (let (($x11541 (> phase_190 39)))
 (let (($x11547 (> phase_189 39)))
 (let (($x11544 (> phase_188 39)))
 (let (($x11564 (> phase_187 39)))
 (let (($x11579 (> phase_186 39)))
 (let (($x11482 (> phase_185 39)))
 (let (($x11594 (> phase_184 39)))
 (let (($x11600 (> phase_183 39)))
 (let (($x11597 (> phase_182 39)))
 (let (($x11614 (> phase_181 39)))
 (let (($x11630 (> phase_180 39)))
 (let (($x11617 (> phase_179 39)))
 (let (($x11644 (> phase_178 39)))
 (let (($x11639 (> phase_177 39)))
 (let (($x11655 (> phase_176 39)))
 (let (($x11650 (> phase_175 39)))
 (let (($x11647 (> phase_174 39)))
 (let (($x11642 (> phase_173 39)))
 (let (($x11682 (> phase_172 39)))
 (let (($x11664 (> phase_171 39)))
 (let (($x11674 (> phase_170 39)))
 (let (($x11695 (> phase_169 39)))
 (let (($x11722 (> phase_168 39)))
 (let (($x11728 (> phase_167 39)))
 (let (($x11733 (> phase_166 39)))
 (let (($x11730 (> phase_165 39)))
 (let (($x11742 (> phase_164 39)))
 (let (($x11748 (> phase_163 39)))
 (let (($x11745 (> phase_162 39)))
 (let (($x11790 (> phase_161 39)))
 (let (($x11806 (> phase_160 39)))
 (let (($x11793 (> phase_159 39)))
 (let (($x11820 (> phase_158 39)))
 (let (($x11826 (> phase_157 39)))
 (let (($x11823 (> phase_156 39)))
 (let (($x11773 (> phase_155 39)))
 (let (($x11870 (> phase_154 39)))
 (let (($x11876 (> phase_153 39)))
 (let (($x11873 (> phase_152 39)))
 (let (($x11868 (> phase_151 39)))
 (let (($x11898 (> phase_150 39)))
 (let (($x11893 (> phase_149 39)))
 (let (($x11909 (> phase_148 39)))
 (let (($x11896 (> phase_147 39)))
 (let (($x11923 (> phase_146 39)))
 (let (($x11929 (> phase_145 39)))
 (let (($x11936 (> phase_144 39)))
 (let (($x11953 (> phase_143 39)))
 (let (($x11958 (> phase_142 39)))
 (let (($x11964 (> phase_141 39)))
 (let (($x11946 (> phase_140 39)))
 (let (($x12002 (> phase_139 39)))
 (let (($x12017 (> phase_138 39)))
 (let (($x12105 (> phase_137 39)))
 (let (($x12120 (> phase_136 39)))
 (let (($x12107 (> phase_135 39)))
 (let (($x12134 (> phase_134 39)))
 (let (($x12140 (> phase_133 39)))
 (let (($x12155 (> phase_132 39)))
 (let (($x12192 (> phase_131 39)))
 (let (($x12193 (> phase_130 39)))
 (let (($x12230 (> phase_129 39)))
 (let (($x12260 (> phase_128 39)))
 (let (($x12276 (> phase_127 39)))
 (let (($x12296 (> phase_126 39)))
 (let (($x12291 (> phase_125 39)))
 (let (($x12288 (> phase_124 39)))
 (let (($x12316 (> phase_123 39)))
 (let (($x12338 (> phase_122 39)))
 (let (($x12329 (> phase_121 39)))
 (let (($x12349 (> phase_120 39)))
 (let (($x12344 (> phase_119 39)))
 (let (($x12341 (> phase_118 39)))
 (let (($x12336 (> phase_117 39)))
 (let (($x12363 (> phase_116 39)))
 (let (($x12358 (> phase_115 39)))
 (let (($x12373 (> phase_114 39)))
 (let (($x12396 (> phase_113 39)))
 (let (($x12393 (> phase_112 39)))
 (let (($x12386 (> phase_111 39)))
 (let (($x12427 (> phase_110 39)))
 (let (($x12421 (> phase_109 39)))
 (let (($x12437 (> phase_108 39)))
 (let (($x12424 (> phase_107 39)))
 (let (($x12429 (> phase_106 39)))
 (let (($x12456 (> phase_105 39)))
 (let (($x12422 (> phase_104 39)))
 (let (($x12452 (> phase_103 39)))
 (let (($x12475 (> phase_102 39)))
 (let (($x12470 (> phase_101 39)))
 (let (($x12485 (> phase_100 39)))
 (let (($x12487 (> phase_99 39)))
 (let (($x12515 (> phase_98 39)))
 (let (($x12520 (> phase_97 39)))
 (let (($x12540 (> phase_96 39)))
 (let (($x12320 (> phase_95 39)))
 (let (($x11760 (> phase_94 39)))
 (let (($x9249 (> phase_93 39)))
 (let (($x8660 (> phase_92 39)))
 (let (($x8788 (> phase_91 39)))
 (let (($x8223 (> phase_90 39)))
 (let (($x12949 (> phase_89 39)))
 (let (($x12929 (> phase_88 39)))
 (let (($x12899 (> phase_87 39)))
 (let (($x12883 (> phase_86 39)))
 (let (($x12855 (> phase_85 39)))
 (let (($x12831 (> phase_84 39)))
 (let (($x12832 (> phase_83 39)))
 (let (($x12809 (> phase_82 39)))
 (let (($x12751 (> phase_81 39)))
 (let (($x12730 (> phase_80 39)))
 (let (($x12732 (> phase_79 39)))
 (let (($x12715 (> phase_78 39)))
 (let (($x12724 (> phase_77 39)))
 (let (($x12708 (> phase_76 39)))
 (let (($x12690 (> phase_75 39)))
 (let (($x12667 (> phase_74 39)))
 (let (($x12680 (> phase_73 39)))
 (let (($x12660 (> phase_72 39)))
 (let (($x12385 (> phase_71 39)))
 (let (($x12365 (> phase_70 39)))
 (let (($x12367 (> phase_69 39)))
 (let (($x12347 (> phase_68 39)))
 (let (($x12224 (> phase_67 39)))
 (let (($x12221 (> phase_66 39)))
 (let (($x12216 (> phase_65 39)))
 (let (($x12196 (> phase_64 39)))
 (let (($x12118 (> phase_63 39)))
 (let (($x12098 (> phase_62 39)))
 (let (($x12086 (> phase_61 39)))
 (let (($x12068 (> phase_60 39)))
 (let (($x12072 (> phase_59 39)))
 (let (($x12050 (> phase_58 39)))
 (let (($x12063 (> phase_57 39)))
 (let (($x12043 (> phase_56 39)))
 (let (($x12045 (> phase_55 39)))
 (let (($x12025 (> phase_54 39)))
 (let (($x11988 (> phase_53 39)))
 (let (($x11970 (> phase_52 39)))
 (let (($x11977 (> phase_51 39)))
 (let (($x11952 (> phase_50 39)))
 (let (($x11947 (> phase_49 39)))
 (let (($x11927 (> phase_48 39)))
 (let (($x11940 (> phase_47 39)))
 (let (($x11920 (> phase_46 39)))
 (let (($x11922 (> phase_45 39)))
 (let (($x11902 (> phase_44 39)))
 (let (($x11915 (> phase_43 39)))
 (let (($x11886 (> phase_42 39)))
 (let (($x11897 (> phase_41 39)))
 (let (($x11895 (> phase_40 39)))
 (let (($x11862 (> phase_39 39)))
 (let (($x11842 (> phase_38 39)))
 (let (($x11812 (> phase_37 39)))
 (let (($x11792 (> phase_36 39)))
 (let (($x11787 (> phase_35 39)))
 (let (($x11769 (> phase_34 39)))
 (let (($x11739 (> phase_33 39)))
 (let (($x11719 (> phase_32 39)))
 (let (($x11714 (> phase_31 39)))
 (let (($x11694 (> phase_30 39)))
 (let (($x11648 (> phase_29 39)))
 (let (($x11628 (> phase_28 39)))
 (let (($x11623 (> phase_27 39)))
 (let (($x11603 (> phase_26 39)))
 (let (($x11566 (> phase_25 39)))
 (let (($x11548 (> phase_24 39)))
 (let (($x11555 (> phase_23 39)))
 (let (($x11533 (> phase_22 39)))
 (let (($x11510 (> phase_21 39)))
 (let (($x11518 (> phase_20 39)))
 (let (($x11513 (> phase_19 39)))
 (let (($x11493 (> phase_18 39)))
 (let (($x11495 (> phase_17 39)))
 (let (($x11475 (> phase_16 39)))
 (let (($x11463 (> phase_15 39)))
 (let (($x11442 (> phase_14 39)))
 (let (($x11422 (> phase_13 39)))
 (let (($x11402 (> phase_12 39)))
 (let (($x11397 (> phase_11 39)))
 (let (($x11377 (> phase_10 39)))
 (let (($x11340 (> phase_9 39)))
 (let (($x11319 (> phase_8 39)))
 (let (($x11313 (> phase_7 39)))
 (let (($x11297 (> phase_6 39)))
 (let (($x11224 (> phase_5 39)))
 (let (($x11204 (> phase_4 39)))
 (let (($x11217 (> phase_3 39)))
 (let (($x11197 (> phase_2 39)))
 (let (($x9465 (> phase_1 39)))
 (let (($x9503 (> phase_0 39)))
 (or $x9503 $x9465 $x11197 $x11217 $x11204 $x11224 $x11297 $x11313 $x11319 $x11340 $x11377 $x11397 $x11402 $x11422 $x11442 $x11463 $x11475 $x11495 $x11493 $x11513 $x11518 $x11510 $x11533 $x11555 $x11548 $x11566 $x11603 $x11623 $x11628 $x11648 $x11694 $x11714 $x11719 $x11739 $x11769 $x11787 $x11792 $x11812 $x11842 $x11862 $x11895 $x11897 $x11886 $x11915 $x11902 $x11922 $x11920 $x11940 $x11927 $x11947 $x11952 $x11977 $x11970 $x11988 $x12025 $x12045 $x12043 $x12063 $x12050 $x12072 $x12068 $x12086 $x12098 $x12118 $x12196 $x12216 $x12221 $x12224 $x12347 $x12367 $x12365 $x12385 $x12660 $x12680 $x12667 $x12690 $x12708 $x12724 $x12715 $x12732 $x12730 $x12751 $x12809 $x12832 $x12831 $x12855 $x12883 $x12899 $x12929 $x12949 $x8223 $x8788 $x8660 $x9249 $x11760 $x12320 $x12540 $x12520 $x12515 $x12487 $x12485 $x12470 $x12475 $x12452 $x12422 $x12456 $x12429 $x12424 $x12437 $x12421 $x12427 $x12386 $x12393 $x12396 $x12373 $x12358 $x12363 $x12336 $x12341 $x12344 $x12349 $x12329 $x12338 $x12316 $x12288 $x12291 $x12296 $x12276 $x12260 $x12230 $x12193 $x12192 $x12155 $x12140 $x12134 $x12107 $x12120 $x12105 $x12017 $x12002 $x11946 $x11964 $x11958 $x11953 $x11936 $x11929 $x11923 $x11896 $x11909 $x11893 $x11898 $x11868 $x11873 $x11876 $x11870 $x11773 $x11823 $x11826 $x11820 $x11793 $x11806 $x11790 $x11745 $x11748 $x11742 $x11730 $x11733 $x11728 $x11722 $x11695 $x11674 $x11664 $x11682 $x11642 $x11647 $x11650 $x11655 $x11639 $x11644 $x11617 $x11630 $x11614 $x11597 $x11600 $x11594 $x11482 $x11579 $x11564 $x11544 $x11547 $x11541 $x11529 $x11542 $x11537 $x11497 $x11477 $x11438 $x11441 $x11433 $x11406 $x11411 $x11414 $x11419 $x11403 $x11408 $x11381 $x11386 $x11389 $x11368 $x11353 $x11324 $x11305 $x11288 $x11291 $x11271 $x11233 $x11246 $x11230 $x11213 $x11216 $x11196 $x11177 $x11160 $x11178 $x11172 $x11167 $x11123 $x11107 $x11098 $x11082 $x11073 $x11056 $x11034 $x11014 $x10967 $x10970 $x10975 $x10959 $x10954 $x10927 $x10929 $x10899 $x10897 $x10882 $x10887 $x10871 $x10854 $x10857 $x10862 $x10846 $x10784 $x10786 $x10706 $x10709 $x10681 $x10699 $x10683 $x10678 $x10668 $x10630 $x10608 $x10611 $x10580 $x10553 $x10556 $x10550 $x10535 $x10530 $x10513 $x10516 $x10521 $x10505 $x10435 $x10438 $x10390 $x10375 $x10388 $x10372 $x10355 $x10358 $x10352 $x10325 $x10330 $x10333 $x10309 $x10294 $x10277 $x10295 $x10232 $x10235 $x10229 $x10202 $x10207 $x10210 $x10215 $x10195 $x10204 $x10185 $x10169 $x10153 $x10011 $x9983 $x9985 $x9971 $x9916 $x9919 $x9913 $x9886 $x9881 $x9876 $x9879 $x9864 $x9798 $x9793 $x9788 $x9783 $x9806 $x9791 $x9796 $x9780 $x9763 $x9766 $x9771 $x9755 $x9750 $x9745 $x9740 $x9735 $x9681 $x9676 $x9645 $x9632 $x9635 $x9628 $x9634 $x9617 $x9587 $x9572 $x9528 $x9523 $x9470 $x9473 $x9462 $x9437 $x9445 $x9434 $x9412 $x9420 $x9409 $x7097 $x7242 $x7495 $x7566 $x7642 $x7709 $x7446 $x8057 $x8190 $x8320 $x8330 $x8289 $x8557 $x8714 $x9005 $x9288 $x9584 $x9862 $x10155 $x10441 $x10730 $x11013 $x11307 $x11588 $x11859 $x12151 $x12430 $x12727 $x9367 $x12359 $x12122 $x11968 $x11779 $x11604 $x11421 $x11270 $x11122 $x10995 $x10872 $x10741 $x10654 $x10481 $x10398 $x10337 $x10217 $x10199 $x10144 $x10122 $x10089 $x10044 $x10041 $x10027 $x9994 $x9991 $x9968 $x9943 $x9929 $x9896 $x9894 $x9874 $x9841 $x9815 $x9813 $x9790 $x9776 $x9743 $x9723 $x9698 $x9695 $x9675 $x9661 $x9640 $x9605 $x9592 $x9560 $x9540 $x9565 $x9656 $x9655 $x9570 $x9703 $x9683 $x9781 $x9760 $x9821 $x9854 $x9823 $x9909 $x9878 $x9958 $x9961 $x9931 $x10032 $x10091 $x10102 $x9964 $x10154 $x10127 $x10205 $x10219 $x10220 $x10255 $x10234 $x10290 $x10314 $x9500 $x10360 $x9515 $x10345 $x9472 $x10382 $x9380 $x10442 $x10413 $x9422 $x10437 $x9451 $x10458 $x10506 $x10486 $x10433 $x10520 $x10571 $x10581 $x10563 $x10598 $x10595 $x10703 $x10674 $x10691 $x10708 $x10676 $x10721 $x10791 $x10827 $x10794 $x10861 $x10901 $x10877 $x10921 $x10952 $x10979 $x7339 $x11025 $x11054 $x11049 $x11095 $x11240 $x11170 $x11145 $x11137))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
