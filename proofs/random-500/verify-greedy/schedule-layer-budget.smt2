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
 (= phase_1 1))
(assert
 (= phase_2 1))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 1))
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
 (= phase_13 1))
(assert
 (= phase_14 2))
(assert
 (= phase_15 1))
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
 (= phase_26 2))
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
 (= phase_35 2))
(assert
 (= phase_36 1))
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
 (= phase_48 1))
(assert
 (= phase_49 0))
(assert
 (= phase_50 1))
(assert
 (= phase_51 4))
(assert
 (= phase_52 6))
(assert
 (= phase_53 1))
(assert
 (= phase_54 3))
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
 (= phase_62 3))
(assert
 (= phase_63 3))
(assert
 (= phase_64 1))
(assert
 (= phase_65 3))
(assert
 (= phase_66 6))
(assert
 (= phase_67 3))
(assert
 (= phase_68 3))
(assert
 (= phase_69 6))
(assert
 (= phase_70 3))
(assert
 (= phase_71 6))
(assert
 (= phase_72 3))
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
 (= phase_78 3))
(assert
 (= phase_79 1))
(assert
 (= phase_80 3))
(assert
 (= phase_81 3))
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
 (= phase_90 3))
(assert
 (= phase_91 3))
(assert
 (= phase_92 4))
(assert
 (= phase_93 6))
(assert
 (= phase_94 3))
(assert
 (= phase_95 3))
(assert
 (= phase_96 3))
(assert
 (= phase_97 6))
(assert
 (= phase_98 3))
(assert
 (= phase_99 6))
(assert
 (= phase_100 8))
(assert
 (= phase_101 7))
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
 (= phase_108 7))
(assert
 (= phase_109 6))
(assert
 (= phase_110 8))
(assert
 (= phase_111 7))
(assert
 (= phase_112 8))
(assert
 (= phase_113 8))
(assert
 (= phase_114 8))
(assert
 (= phase_115 10))
(assert
 (= phase_116 5))
(assert
 (= phase_117 8))
(assert
 (= phase_118 5))
(assert
 (= phase_119 7))
(assert
 (= phase_120 6))
(assert
 (= phase_121 2))
(assert
 (= phase_122 1))
(assert
 (= phase_123 7))
(assert
 (= phase_124 5))
(assert
 (= phase_125 6))
(assert
 (= phase_126 6))
(assert
 (= phase_127 6))
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
 (= phase_133 7))
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
 (= phase_139 5))
(assert
 (= phase_140 10))
(assert
 (= phase_141 1))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 8))
(assert
 (= phase_145 7))
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
 (= phase_153 12))
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
 (= phase_159 7))
(assert
 (= phase_160 11))
(assert
 (= phase_161 10))
(assert
 (= phase_162 14))
(assert
 (= phase_163 11))
(assert
 (= phase_164 7))
(assert
 (= phase_165 9))
(assert
 (= phase_166 10))
(assert
 (= phase_167 9))
(assert
 (= phase_168 12))
(assert
 (= phase_169 10))
(assert
 (= phase_170 3))
(assert
 (= phase_171 10))
(assert
 (= phase_172 10))
(assert
 (= phase_173 4))
(assert
 (= phase_174 10))
(assert
 (= phase_175 3))
(assert
 (= phase_176 9))
(assert
 (= phase_177 14))
(assert
 (= phase_178 9))
(assert
 (= phase_179 10))
(assert
 (= phase_180 9))
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
 (= phase_188 10))
(assert
 (= phase_189 14))
(assert
 (= phase_190 10))
(assert
 (= phase_191 7))
(assert
 (= phase_192 10))
(assert
 (= phase_193 12))
(assert
 (= phase_194 14))
(assert
 (= phase_195 10))
(assert
 (= phase_196 11))
(assert
 (= phase_197 10))
(assert
 (= phase_198 14))
(assert
 (= phase_199 14))
(assert
 (= phase_200 11))
(assert
 (= phase_201 13))
(assert
 (= phase_202 7))
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
 (= phase_209 13))
(assert
 (= phase_210 10))
(assert
 (= phase_211 15))
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
 (= phase_220 14))
(assert
 (= phase_221 18))
(assert
 (= phase_222 18))
(assert
 (= phase_223 13))
(assert
 (= phase_224 14))
(assert
 (= phase_225 15))
(assert
 (= phase_226 14))
(assert
 (= phase_227 14))
(assert
 (= phase_228 14))
(assert
 (= phase_229 11))
(assert
 (= phase_230 14))
(assert
 (= phase_231 9))
(assert
 (= phase_232 13))
(assert
 (= phase_233 14))
(assert
 (= phase_234 11))
(assert
 (= phase_235 13))
(assert
 (= phase_236 11))
(assert
 (= phase_237 12))
(assert
 (= phase_238 11))
(assert
 (= phase_239 13))
(assert
 (= phase_240 11))
(assert
 (= phase_241 13))
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
 (= phase_249 15))
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
 (= phase_256 13))
(assert
 (= phase_257 20))
(assert
 (= phase_258 3))
(assert
 (= phase_259 16))
(assert
 (= phase_260 15))
(assert
 (= phase_261 7))
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
 (= phase_267 15))
(assert
 (= phase_268 16))
(assert
 (= phase_269 15))
(assert
 (= phase_270 22))
(assert
 (= phase_271 17))
(assert
 (= phase_272 19))
(assert
 (= phase_273 19))
(assert
 (= phase_274 15))
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
 (= phase_281 17))
(assert
 (= phase_282 15))
(assert
 (= phase_283 18))
(assert
 (= phase_284 14))
(assert
 (= phase_285 14))
(assert
 (= phase_286 18))
(assert
 (= phase_287 15))
(assert
 (= phase_288 22))
(assert
 (= phase_289 18))
(assert
 (= phase_290 18))
(assert
 (= phase_291 22))
(assert
 (= phase_292 18))
(assert
 (= phase_293 22))
(assert
 (= phase_294 15))
(assert
 (= phase_295 3))
(assert
 (= phase_296 13))
(assert
 (= phase_297 14))
(assert
 (= phase_298 15))
(assert
 (= phase_299 20))
(assert
 (= phase_300 17))
(assert
 (= phase_301 20))
(assert
 (= phase_302 14))
(assert
 (= phase_303 19))
(assert
 (= phase_304 17))
(assert
 (= phase_305 24))
(assert
 (= phase_306 18))
(assert
 (= phase_307 22))
(assert
 (= phase_308 18))
(assert
 (= phase_309 22))
(assert
 (= phase_310 22))
(assert
 (= phase_311 23))
(assert
 (= phase_312 15))
(assert
 (= phase_313 24))
(assert
 (= phase_314 19))
(assert
 (= phase_315 21))
(assert
 (= phase_316 24))
(assert
 (= phase_317 21))
(assert
 (= phase_318 17))
(assert
 (= phase_319 21))
(assert
 (= phase_320 17))
(assert
 (= phase_321 24))
(assert
 (= phase_322 15))
(assert
 (= phase_323 23))
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
 (= phase_330 23))
(assert
 (= phase_331 23))
(assert
 (= phase_332 26))
(assert
 (= phase_333 23))
(assert
 (= phase_334 24))
(assert
 (= phase_335 15))
(assert
 (= phase_336 19))
(assert
 (= phase_337 11))
(assert
 (= phase_338 18))
(assert
 (= phase_339 26))
(assert
 (= phase_340 23))
(assert
 (= phase_341 19))
(assert
 (= phase_342 21))
(assert
 (= phase_343 23))
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
 (= phase_349 19))
(assert
 (= phase_350 25))
(assert
 (= phase_351 25))
(assert
 (= phase_352 3))
(assert
 (= phase_353 27))
(assert
 (= phase_354 30))
(assert
 (= phase_355 28))
(assert
 (= phase_356 5))
(assert
 (= phase_357 26))
(assert
 (= phase_358 22))
(assert
 (= phase_359 27))
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
 (= phase_372 19))
(assert
 (= phase_373 22))
(assert
 (= phase_374 25))
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
 (= phase_393 25))
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
 (= phase_399 26))
(assert
 (= phase_400 29))
(assert
 (= phase_401 30))
(assert
 (= phase_402 30))
(assert
 (= phase_403 32))
(assert
 (= phase_404 27))
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
 (= phase_413 27))
(assert
 (= phase_414 30))
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
 (= phase_440 5))
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
 (let (($x11416 (> phase_499 39)))
 (let (($x11434 (> phase_498 39)))
 (let (($x11371 (> phase_497 39)))
 (let (($x11404 (> phase_496 39)))
 (let (($x11339 (> phase_495 39)))
 (let (($x11346 (> phase_494 39)))
 (let (($x11328 (> phase_493 39)))
 (let (($x11275 (> phase_492 39)))
 (let (($x11278 (> phase_491 39)))
 (let (($x11260 (> phase_490 39)))
 (let (($x11218 (> phase_489 39)))
 (let (($x11255 (> phase_488 39)))
 (let (($x11198 (> phase_487 39)))
 (let (($x11231 (> phase_486 39)))
 (let (($x11173 (> phase_485 39)))
 (let (($x11195 (> phase_484 39)))
 (let (($x11163 (> phase_483 39)))
 (let (($x11158 (> phase_482 39)))
 (let (($x11102 (> phase_481 39)))
 (let (($x11097 (> phase_480 39)))
 (let (($x11067 (> phase_479 39)))
 (let (($x11075 (> phase_478 39)))
 (let (($x11022 (> phase_477 39)))
 (let (($x11057 (> phase_476 39)))
 (let (($x10957 (> phase_475 39)))
 (let (($x10980 (> phase_474 39)))
 (let (($x10947 (> phase_473 39)))
 (let (($x10919 (> phase_472 39)))
 (let (($x10934 (> phase_471 39)))
 (let (($x10916 (> phase_470 39)))
 (let (($x10787 (> phase_469 39)))
 (let (($x10925 (> phase_468 39)))
 (let (($x10821 (> phase_467 39)))
 (let (($x10842 (> phase_466 39)))
 (let (($x10789 (> phase_465 39)))
 (let (($x10807 (> phase_464 39)))
 (let (($x10797 (> phase_463 39)))
 (let (($x10749 (> phase_462 39)))
 (let (($x10834 (> phase_461 39)))
 (let (($x7639 (> phase_460 39)))
 (let (($x10738 (> phase_459 39)))
 (let (($x10696 (> phase_458 39)))
 (let (($x10634 (> phase_457 39)))
 (let (($x10673 (> phase_456 39)))
 (let (($x10643 (> phase_455 39)))
 (let (($x10610 (> phase_454 39)))
 (let (($x10618 (> phase_453 39)))
 (let (($x10546 (> phase_452 39)))
 (let (($x10601 (> phase_451 39)))
 (let (($x10515 (> phase_450 39)))
 (let (($x10503 (> phase_449 39)))
 (let (($x10493 (> phase_448 39)))
 (let (($x9435 (> phase_447 39)))
 (let (($x10518 (> phase_446 39)))
 (let (($x9419 (> phase_445 39)))
 (let (($x10467 (> phase_444 39)))
 (let (($x10425 (> phase_443 39)))
 (let (($x9454 (> phase_442 39)))
 (let (($x10412 (> phase_441 39)))
 (let (($x9458 (> phase_440 39)))
 (let (($x10378 (> phase_439 39)))
 (let (($x10370 (> phase_438 39)))
 (let (($x9513 (> phase_437 39)))
 (let (($x10365 (> phase_436 39)))
 (let (($x9493 (> phase_435 39)))
 (let (($x10362 (> phase_434 39)))
 (let (($x10310 (> phase_433 39)))
 (let (($x9545 (> phase_432 39)))
 (let (($x10272 (> phase_431 39)))
 (let (($x9532 (> phase_430 39)))
 (let (($x10316 (> phase_429 39)))
 (let (($x10259 (> phase_428 39)))
 (let (($x10162 (> phase_427 39)))
 (let (($x10205 (> phase_426 39)))
 (let (($x10127 (> phase_425 39)))
 (let (($x10154 (> phase_424 39)))
 (let (($x9964 (> phase_423 39)))
 (let (($x10102 (> phase_422 39)))
 (let (($x10062 (> phase_421 39)))
 (let (($x10024 (> phase_420 39)))
 (let (($x10012 (> phase_419 39)))
 (let (($x10001 (> phase_418 39)))
 (let (($x9914 (> phase_417 39)))
 (let (($x9961 (> phase_416 39)))
 (let (($x9958 (> phase_415 39)))
 (let (($x9878 (> phase_414 39)))
 (let (($x9909 (> phase_413 39)))
 (let (($x9823 (> phase_412 39)))
 (let (($x9854 (> phase_411 39)))
 (let (($x9821 (> phase_410 39)))
 (let (($x9760 (> phase_409 39)))
 (let (($x9781 (> phase_408 39)))
 (let (($x9683 (> phase_407 39)))
 (let (($x9703 (> phase_406 39)))
 (let (($x9711 (> phase_405 39)))
 (let (($x9570 (> phase_404 39)))
 (let (($x9655 (> phase_403 39)))
 (let (($x9656 (> phase_402 39)))
 (let (($x9565 (> phase_401 39)))
 (let (($x9540 (> phase_400 39)))
 (let (($x9560 (> phase_399 39)))
 (let (($x9592 (> phase_398 39)))
 (let (($x9605 (> phase_397 39)))
 (let (($x9640 (> phase_396 39)))
 (let (($x9650 (> phase_395 39)))
 (let (($x9661 (> phase_394 39)))
 (let (($x9675 (> phase_393 39)))
 (let (($x9695 (> phase_392 39)))
 (let (($x9698 (> phase_391 39)))
 (let (($x9723 (> phase_390 39)))
 (let (($x9733 (> phase_389 39)))
 (let (($x9765 (> phase_388 39)))
 (let (($x9776 (> phase_387 39)))
 (let (($x9790 (> phase_386 39)))
 (let (($x9813 (> phase_385 39)))
 (let (($x9815 (> phase_384 39)))
 (let (($x9841 (> phase_383 39)))
 (let (($x9874 (> phase_382 39)))
 (let (($x9894 (> phase_381 39)))
 (let (($x9896 (> phase_380 39)))
 (let (($x9929 (> phase_379 39)))
 (let (($x9943 (> phase_378 39)))
 (let (($x9849 (> phase_377 39)))
 (let (($x10027 (> phase_376 39)))
 (let (($x10019 (> phase_375 39)))
 (let (($x10041 (> phase_374 39)))
 (let (($x10052 (> phase_373 39)))
 (let (($x10086 (> phase_372 39)))
 (let (($x10097 (> phase_371 39)))
 (let (($x10337 (> phase_370 39)))
 (let (($x10340 (> phase_369 39)))
 (let (($x10398 (> phase_368 39)))
 (let (($x10428 (> phase_367 39)))
 (let (($x10565 (> phase_366 39)))
 (let (($x10568 (> phase_365 39)))
 (let (($x11122 (> phase_364 39)))
 (let (($x11147 (> phase_363 39)))
 (let (($x11590 (> phase_362 39)))
 (let (($x11604 (> phase_361 39)))
 (let (($x12122 (> phase_360 39)))
 (let (($x12154 (> phase_359 39)))
 (let (($x12430 (> phase_358 39)))
 (let (($x12405 (> phase_357 39)))
 (let (($x11307 (> phase_356 39)))
 (let (($x11282 (> phase_355 39)))
 (let (($x11013 (> phase_354 39)))
 (let (($x10988 (> phase_353 39)))
 (let (($x10730 (> phase_352 39)))
 (let (($x10705 (> phase_351 39)))
 (let (($x10441 (> phase_350 39)))
 (let (($x10416 (> phase_349 39)))
 (let (($x10155 (> phase_348 39)))
 (let (($x10133 (> phase_347 39)))
 (let (($x9862 (> phase_346 39)))
 (let (($x9837 (> phase_345 39)))
 (let (($x9584 (> phase_344 39)))
 (let (($x9559 (> phase_343 39)))
 (let (($x7923 (> phase_342 39)))
 (let (($x7446 (> phase_341 39)))
 (let (($x7669 (> phase_340 39)))
 (let (($x7642 (> phase_339 39)))
 (let (($x7495 (> phase_338 39)))
 (let (($x7435 (> phase_337 39)))
 (let (($x7242 (> phase_336 39)))
 (let (($x7320 (> phase_335 39)))
 (let (($x9420 (> phase_334 39)))
 (let (($x9417 (> phase_333 39)))
 (let (($x9412 (> phase_332 39)))
 (let (($x9439 (> phase_331 39)))
 (let (($x9434 (> phase_330 39)))
 (let (($x9452 (> phase_329 39)))
 (let (($x9445 (> phase_328 39)))
 (let (($x9442 (> phase_327 39)))
 (let (($x9437 (> phase_326 39)))
 (let (($x9467 (> phase_325 39)))
 (let (($x9462 (> phase_324 39)))
 (let (($x9478 (> phase_323 39)))
 (let (($x9523 (> phase_322 39)))
 (let (($x9528 (> phase_321 39)))
 (let (($x9543 (> phase_320 39)))
 (let (($x9525 (> phase_319 39)))
 (let (($x9552 (> phase_318 39)))
 (let (($x9557 (> phase_317 39)))
 (let (($x9562 (> phase_316 39)))
 (let (($x9567 (> phase_315 39)))
 (let (($x9498 (> phase_314 39)))
 (let (($x9622 (> phase_313 39)))
 (let (($x9617 (> phase_312 39)))
 (let (($x9634 (> phase_311 39)))
 (let (($x9651 (> phase_310 39)))
 (let (($x9648 (> phase_309 39)))
 (let (($x9643 (> phase_308 39)))
 (let (($x9670 (> phase_307 39)))
 (let (($x9665 (> phase_306 39)))
 (let (($x9680 (> phase_305 39)))
 (let (($x9686 (> phase_304 39)))
 (let (($x9691 (> phase_303 39)))
 (let (($x9688 (> phase_302 39)))
 (let (($x9715 (> phase_301 39)))
 (let (($x9710 (> phase_300 39)))
 (let (($x9725 (> phase_299 39)))
 (let (($x9745 (> phase_298 39)))
 (let (($x9750 (> phase_297 39)))
 (let (($x9756 (> phase_296 39)))
 (let (($x9738 (> phase_295 39)))
 (let (($x9758 (> phase_294 39)))
 (let (($x9785 (> phase_293 39)))
 (let (($x9780 (> phase_292 39)))
 (let (($x9796 (> phase_291 39)))
 (let (($x9783 (> phase_290 39)))
 (let (($x9788 (> phase_289 39)))
 (let (($x9793 (> phase_288 39)))
 (let (($x9798 (> phase_287 39)))
 (let (($x9818 (> phase_286 39)))
 (let (($x9819 (> phase_285 39)))
 (let (($x9803 (> phase_284 39)))
 (let (($x9833 (> phase_283 39)))
 (let (($x9866 (> phase_282 39)))
 (let (($x9871 (> phase_281 39)))
 (let (($x9876 (> phase_280 39)))
 (let (($x9881 (> phase_279 39)))
 (let (($x9911 (> phase_278 39)))
 (let (($x9938 (> phase_277 39)))
 (let (($x9944 (> phase_276 39)))
 (let (($x9959 (> phase_275 39)))
 (let (($x9936 (> phase_274 39)))
 (let (($x9973 (> phase_273 39)))
 (let (($x9979 (> phase_272 39)))
 (let (($x9986 (> phase_271 39)))
 (let (($x9971 (> phase_270 39)))
 (let (($x9985 (> phase_269 39)))
 (let (($x10006 (> phase_268 39)))
 (let (($x10022 (> phase_267 39)))
 (let (($x10034 (> phase_266 39)))
 (let (($x10049 (> phase_265 39)))
 (let (($x10112 (> phase_264 39)))
 (let (($x10109 (> phase_263 39)))
 (let (($x10126 (> phase_262 39)))
 (let (($x10142 (> phase_261 39)))
 (let (($x10202 (> phase_260 39)))
 (let (($x10229 (> phase_259 39)))
 (let (($x10224 (> phase_258 39)))
 (let (($x10240 (> phase_257 39)))
 (let (($x10235 (> phase_256 39)))
 (let (($x10232 (> phase_255 39)))
 (let (($x10227 (> phase_254 39)))
 (let (($x10254 (> phase_253 39)))
 (let (($x10249 (> phase_252 39)))
 (let (($x10265 (> phase_251 39)))
 (let (($x10252 (> phase_250 39)))
 (let (($x10267 (> phase_249 39)))
 (let (($x10274 (> phase_248 39)))
 (let (($x10279 (> phase_247 39)))
 (let (($x10284 (> phase_246 39)))
 (let (($x10289 (> phase_245 39)))
 (let (($x10294 (> phase_244 39)))
 (let (($x10309 (> phase_243 39)))
 (let (($x10200 (> phase_242 39)))
 (let (($x10327 (> phase_241 39)))
 (let (($x10322 (> phase_240 39)))
 (let (($x10338 (> phase_239 39)))
 (let (($x10375 (> phase_238 39)))
 (let (($x10390 (> phase_237 39)))
 (let (($x10505 (> phase_236 39)))
 (let (($x10521 (> phase_235 39)))
 (let (($x10561 (> phase_234 39)))
 (let (($x10558 (> phase_233 39)))
 (let (($x10611 (> phase_232 39)))
 (let (($x10608 (> phase_231 39)))
 (let (($x10627 (> phase_230 39)))
 (let (($x10644 (> phase_229 39)))
 (let (($x10639 (> phase_228 39)))
 (let (($x10636 (> phase_227 39)))
 (let (($x10688 (> phase_226 39)))
 (let (($x10693 (> phase_225 39)))
 (let (($x10698 (> phase_224 39)))
 (let (($x10714 (> phase_223 39)))
 (let (($x10701 (> phase_222 39)))
 (let (($x10728 (> phase_221 39)))
 (let (($x10726 (> phase_220 39)))
 (let (($x10753 (> phase_219 39)))
 (let (($x10748 (> phase_218 39)))
 (let (($x10764 (> phase_217 39)))
 (let (($x10812 (> phase_216 39)))
 (let (($x10809 (> phase_215 39)))
 (let (($x10847 (> phase_214 39)))
 (let (($x10829 (> phase_213 39)))
 (let (($x10846 (> phase_212 39)))
 (let (($x10862 (> phase_211 39)))
 (let (($x10857 (> phase_210 39)))
 (let (($x10854 (> phase_209 39)))
 (let (($x10849 (> phase_208 39)))
 (let (($x10876 (> phase_207 39)))
 (let (($x10907 (> phase_206 39)))
 (let (($x10904 (> phase_205 39)))
 (let (($x10924 (> phase_204 39)))
 (let (($x10940 (> phase_203 39)))
 (let (($x10959 (> phase_202 39)))
 (let (($x10975 (> phase_201 39)))
 (let (($x10984 (> phase_200 39)))
 (let (($x10989 (> phase_199 39)))
 (let (($x10994 (> phase_198 39)))
 (let (($x10999 (> phase_197 39)))
 (let (($x11004 (> phase_196 39)))
 (let (($x11012 (> phase_195 39)))
 (let (($x11029 (> phase_194 39)))
 (let (($x11045 (> phase_193 39)))
 (let (($x11040 (> phase_192 39)))
 (let (($x11037 (> phase_191 39)))
 (let (($x11059 (> phase_190 39)))
 (let (($x11087 (> phase_189 39)))
 (let (($x11082 (> phase_188 39)))
 (let (($x11098 (> phase_187 39)))
 (let (($x11085 (> phase_186 39)))
 (let (($x11112 (> phase_185 39)))
 (let (($x11107 (> phase_184 39)))
 (let (($x11123 (> phase_183 39)))
 (let (($x11142 (> phase_182 39)))
 (let (($x11140 (> phase_181 39)))
 (let (($x11157 (> phase_180 39)))
 (let (($x11162 (> phase_179 39)))
 (let (($x11167 (> phase_178 39)))
 (let (($x11172 (> phase_177 39)))
 (let (($x11178 (> phase_176 39)))
 (let (($x11160 (> phase_175 39)))
 (let (($x11177 (> phase_174 39)))
 (let (($x11196 (> phase_173 39)))
 (let (($x11190 (> phase_172 39)))
 (let (($x11187 (> phase_171 39)))
 (let (($x11216 (> phase_170 39)))
 (let (($x11213 (> phase_169 39)))
 (let (($x11230 (> phase_168 39)))
 (let (($x11246 (> phase_167 39)))
 (let (($x11241 (> phase_166 39)))
 (let (($x11256 (> phase_165 39)))
 (let (($x11280 (> phase_164 39)))
 (let (($x11296 (> phase_163 39)))
 (let (($x11283 (> phase_162 39)))
 (let (($x11310 (> phase_161 39)))
 (let (($x11318 (> phase_160 39)))
 (let (($x11315 (> phase_159 39)))
 (let (($x11261 (> phase_158 39)))
 (let (($x11383 (> phase_157 39)))
 (let (($x11378 (> phase_156 39)))
 (let (($x11394 (> phase_155 39)))
 (let (($x11406 (> phase_154 39)))
 (let (($x11433 (> phase_153 39)))
 (let (($x11467 (> phase_152 39)))
 (let (($x11486 (> phase_151 39)))
 (let (($x11529 (> phase_150 39)))
 (let (($x11541 (> phase_149 39)))
 (let (($x11539 (> phase_148 39)))
 (let (($x11569 (> phase_147 39)))
 (let (($x11564 (> phase_146 39)))
 (let (($x11579 (> phase_145 39)))
 (let (($x11639 (> phase_144 39)))
 (let (($x11655 (> phase_143 39)))
 (let (($x11664 (> phase_142 39)))
 (let (($x11674 (> phase_141 39)))
 (let (($x11677 (> phase_140 39)))
 (let (($x11697 (> phase_139 39)))
 (let (($x11703 (> phase_138 39)))
 (let (($x11700 (> phase_137 39)))
 (let (($x11695 (> phase_136 39)))
 (let (($x11722 (> phase_135 39)))
 (let (($x11728 (> phase_134 39)))
 (let (($x11733 (> phase_133 39)))
 (let (($x11738 (> phase_132 39)))
 (let (($x11743 (> phase_131 39)))
 (let (($x11790 (> phase_130 39)))
 (let (($x11806 (> phase_129 39)))
 (let (($x11801 (> phase_128 39)))
 (let (($x11798 (> phase_127 39)))
 (let (($x11793 (> phase_126 39)))
 (let (($x11820 (> phase_125 39)))
 (let (($x11865 (> phase_124 39)))
 (let (($x11883 (> phase_123 39)))
 (let (($x11868 (> phase_122 39)))
 (let (($x11898 (> phase_121 39)))
 (let (($x11904 (> phase_120 39)))
 (let (($x11901 (> phase_119 39)))
 (let (($x11918 (> phase_118 39)))
 (let (($x11861 (> phase_117 39)))
 (let (($x11929 (> phase_116 39)))
 (let (($x11936 (> phase_115 39)))
 (let (($x11964 (> phase_114 39)))
 (let (($x11946 (> phase_113 39)))
 (let (($x11963 (> phase_112 39)))
 (let (($x11981 (> phase_111 39)))
 (let (($x11991 (> phase_110 39)))
 (let (($x12007 (> phase_109 39)))
 (let (($x12002 (> phase_108 39)))
 (let (($x12017 (> phase_107 39)))
 (let (($x12019 (> phase_106 39)))
 (let (($x12046 (> phase_105 39)))
 (let (($x12041 (> phase_104 39)))
 (let (($x12057 (> phase_103 39)))
 (let (($x12052 (> phase_102 39)))
 (let (($x12049 (> phase_101 39)))
 (let (($x12080 (> phase_100 39)))
 (let (($x12099 (> phase_99 39)))
 (let (($x12090 (> phase_98 39)))
 (let (($x12109 (> phase_97 39)))
 (let (($x12105 (> phase_96 39)))
 (let (($x12120 (> phase_95 39)))
 (let (($x12129 (> phase_94 39)))
 (let (($x12145 (> phase_93 39)))
 (let (($x12159 (> phase_92 39)))
 (let (($x12164 (> phase_91 39)))
 (let (($x12227 (> phase_90 39)))
 (let (($x12245 (> phase_89 39)))
 (let (($x12255 (> phase_88 39)))
 (let (($x12223 (> phase_87 39)))
 (let (($x12266 (> phase_86 39)))
 (let (($x12285 (> phase_85 39)))
 (let (($x12344 (> phase_84 39)))
 (let (($x12341 (> phase_83 39)))
 (let (($x12396 (> phase_82 39)))
 (let (($x12393 (> phase_81 39)))
 (let (($x12456 (> phase_80 39)))
 (let (($x12422 (> phase_79 39)))
 (let (($x12461 (> phase_78 39)))
 (let (($x12500 (> phase_77 39)))
 (let (($x12320 (> phase_76 39)))
 (let (($x11760 (> phase_75 39)))
 (let (($x12009 (> phase_74 39)))
 (let (($x11248 (> phase_73 39)))
 (let (($x11572 (> phase_72 39)))
 (let (($x10656 (> phase_71 39)))
 (let (($x10420 (> phase_70 39)))
 (let (($x9485 (> phase_69 39)))
 (let (($x8548 (> phase_68 39)))
 (let (($x8116 (> phase_67 39)))
 (let (($x8211 (> phase_66 39)))
 (let (($x12947 (> phase_65 39)))
 (let (($x12942 (> phase_64 39)))
 (let (($x12922 (> phase_63 39)))
 (let (($x12867 (> phase_62 39)))
 (let (($x12870 (> phase_61 39)))
 (let (($x12855 (> phase_60 39)))
 (let (($x12831 (> phase_59 39)))
 (let (($x12845 (> phase_58 39)))
 (let (($x12823 (> phase_57 39)))
 (let (($x12832 (> phase_56 39)))
 (let (($x12809 (> phase_55 39)))
 (let (($x12822 (> phase_54 39)))
 (let (($x12801 (> phase_53 39)))
 (let (($x12803 (> phase_52 39)))
 (let (($x12786 (> phase_51 39)))
 (let (($x12751 (> phase_50 39)))
 (let (($x12730 (> phase_49 39)))
 (let (($x12724 (> phase_48 39)))
 (let (($x12708 (> phase_47 39)))
 (let (($x12710 (> phase_46 39)))
 (let (($x12689 (> phase_45 39)))
 (let (($x12703 (> phase_44 39)))
 (let (($x12681 (> phase_43 39)))
 (let (($x12690 (> phase_42 39)))
 (let (($x12667 (> phase_41 39)))
 (let (($x12662 (> phase_40 39)))
 (let (($x12641 (> phase_39 39)))
 (let (($x12655 (> phase_38 39)))
 (let (($x12633 (> phase_37 39)))
 (let (($x12642 (> phase_36 39)))
 (let (($x12619 (> phase_35 39)))
 (let (($x12614 (> phase_34 39)))
 (let (($x12594 (> phase_33 39)))
 (let (($x12569 (> phase_32 39)))
 (let (($x12556 (> phase_31 39)))
 (let (($x12506 (> phase_30 39)))
 (let (($x12486 (> phase_29 39)))
 (let (($x12481 (> phase_28 39)))
 (let (($x12459 (> phase_27 39)))
 (let (($x12394 (> phase_26 39)))
 (let (($x12372 (> phase_25 39)))
 (let (($x12321 (> phase_24 39)))
 (let (($x12299 (> phase_23 39)))
 (let (($x12287 (> phase_22 39)))
 (let (($x12267 (> phase_21 39)))
 (let (($x12262 (> phase_20 39)))
 (let (($x12241 (> phase_19 39)))
 (let (($x12224 (> phase_18 39)))
 (let (($x12221 (> phase_17 39)))
 (let (($x12191 (> phase_16 39)))
 (let (($x12171 (> phase_15 39)))
 (let (($x12165 (> phase_14 39)))
 (let (($x12148 (> phase_13 39)))
 (let (($x12157 (> phase_12 39)))
 (let (($x12141 (> phase_11 39)))
 (let (($x12111 (> phase_10 39)))
 (let (($x12091 (> phase_9 39)))
 (let (($x12086 (> phase_8 39)))
 (let (($x12068 (> phase_7 39)))
 (let (($x11995 (> phase_6 39)))
 (let (($x11979 (> phase_5 39)))
 (let (($x11988 (> phase_4 39)))
 (let (($x11970 (> phase_3 39)))
 (let (($x11940 (> phase_2 39)))
 (let (($x11920 (> phase_1 39)))
 (let (($x9968 (> phase_0 39)))
 (or $x9968 $x11920 $x11940 $x11970 $x11988 $x11979 $x11995 $x12068 $x12086 $x12091 $x12111 $x12141 $x12157 $x12148 $x12165 $x12171 $x12191 $x12221 $x12224 $x12241 $x12262 $x12267 $x12287 $x12299 $x12321 $x12372 $x12394 $x12459 $x12481 $x12486 $x12506 $x12556 $x12569 $x12594 $x12614 $x12619 $x12642 $x12633 $x12655 $x12641 $x12662 $x12667 $x12690 $x12681 $x12703 $x12689 $x12710 $x12708 $x12724 $x12730 $x12751 $x12786 $x12803 $x12801 $x12822 $x12809 $x12832 $x12823 $x12845 $x12831 $x12855 $x12870 $x12867 $x12922 $x12942 $x12947 $x8211 $x8116 $x8548 $x9485 $x10420 $x10656 $x11572 $x11248 $x12009 $x11760 $x12320 $x12500 $x12461 $x12422 $x12456 $x12393 $x12396 $x12341 $x12344 $x12285 $x12266 $x12223 $x12255 $x12245 $x12227 $x12164 $x12159 $x12145 $x12129 $x12120 $x12105 $x12109 $x12090 $x12099 $x12080 $x12049 $x12052 $x12057 $x12041 $x12046 $x12019 $x12017 $x12002 $x12007 $x11991 $x11981 $x11963 $x11946 $x11964 $x11936 $x11929 $x11861 $x11918 $x11901 $x11904 $x11898 $x11868 $x11883 $x11865 $x11820 $x11793 $x11798 $x11801 $x11806 $x11790 $x11743 $x11738 $x11733 $x11728 $x11722 $x11695 $x11700 $x11703 $x11697 $x11677 $x11674 $x11664 $x11655 $x11639 $x11579 $x11564 $x11569 $x11539 $x11541 $x11529 $x11486 $x11467 $x11433 $x11406 $x11394 $x11378 $x11383 $x11261 $x11315 $x11318 $x11310 $x11283 $x11296 $x11280 $x11256 $x11241 $x11246 $x11230 $x11213 $x11216 $x11187 $x11190 $x11196 $x11177 $x11160 $x11178 $x11172 $x11167 $x11162 $x11157 $x11140 $x11142 $x11123 $x11107 $x11112 $x11085 $x11098 $x11082 $x11087 $x11059 $x11037 $x11040 $x11045 $x11029 $x11012 $x11004 $x10999 $x10994 $x10989 $x10984 $x10975 $x10959 $x10940 $x10924 $x10904 $x10907 $x10876 $x10849 $x10854 $x10857 $x10862 $x10846 $x10829 $x10847 $x10809 $x10812 $x10764 $x10748 $x10753 $x10726 $x10728 $x10701 $x10714 $x10698 $x10693 $x10688 $x10636 $x10639 $x10644 $x10627 $x10608 $x10611 $x10558 $x10561 $x10521 $x10505 $x10390 $x10375 $x10338 $x10322 $x10327 $x10200 $x10309 $x10294 $x10289 $x10284 $x10279 $x10274 $x10267 $x10252 $x10265 $x10249 $x10254 $x10227 $x10232 $x10235 $x10240 $x10224 $x10229 $x10202 $x10142 $x10126 $x10109 $x10112 $x10049 $x10034 $x10022 $x10006 $x9985 $x9971 $x9986 $x9979 $x9973 $x9936 $x9959 $x9944 $x9938 $x9911 $x9881 $x9876 $x9871 $x9866 $x9833 $x9803 $x9819 $x9818 $x9798 $x9793 $x9788 $x9783 $x9796 $x9780 $x9785 $x9758 $x9738 $x9756 $x9750 $x9745 $x9725 $x9710 $x9715 $x9688 $x9691 $x9686 $x9680 $x9665 $x9670 $x9643 $x9648 $x9651 $x9634 $x9617 $x9622 $x9498 $x9567 $x9562 $x9557 $x9552 $x9525 $x9543 $x9528 $x9523 $x9478 $x9462 $x9467 $x9437 $x9442 $x9445 $x9452 $x9434 $x9439 $x9412 $x9417 $x9420 $x7320 $x7242 $x7435 $x7495 $x7642 $x7669 $x7446 $x7923 $x9559 $x9584 $x9837 $x9862 $x10133 $x10155 $x10416 $x10441 $x10705 $x10730 $x10988 $x11013 $x11282 $x11307 $x12405 $x12430 $x12154 $x12122 $x11604 $x11590 $x11147 $x11122 $x10568 $x10565 $x10428 $x10398 $x10340 $x10337 $x10097 $x10086 $x10052 $x10041 $x10019 $x10027 $x9849 $x9943 $x9929 $x9896 $x9894 $x9874 $x9841 $x9815 $x9813 $x9790 $x9776 $x9765 $x9733 $x9723 $x9698 $x9695 $x9675 $x9661 $x9650 $x9640 $x9605 $x9592 $x9560 $x9540 $x9565 $x9656 $x9655 $x9570 $x9711 $x9703 $x9683 $x9781 $x9760 $x9821 $x9854 $x9823 $x9909 $x9878 $x9958 $x9961 $x9914 $x10001 $x10012 $x10024 $x10062 $x10102 $x9964 $x10154 $x10127 $x10205 $x10162 $x10259 $x10316 $x9532 $x10272 $x9545 $x10310 $x10362 $x9493 $x10365 $x9513 $x10370 $x10378 $x9458 $x10412 $x9454 $x10425 $x10467 $x9419 $x10518 $x9435 $x10493 $x10503 $x10515 $x10601 $x10546 $x10618 $x10610 $x10643 $x10673 $x10634 $x10696 $x10738 $x7639 $x10834 $x10749 $x10797 $x10807 $x10789 $x10842 $x10821 $x10925 $x10787 $x10916 $x10934 $x10919 $x10947 $x10980 $x10957 $x11057 $x11022 $x11075 $x11067 $x11097 $x11102 $x11158 $x11163 $x11195 $x11173 $x11231 $x11198 $x11255 $x11218 $x11260 $x11278 $x11275 $x11328 $x11346 $x11339 $x11404 $x11371 $x11434 $x11416))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
