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
 (let (($x15132 (not (and (>= phase_499 0) (= (mod phase_499 4) 2)))))
 (let (($x15126 (not (and (>= phase_498 0) (= (mod phase_498 4) 2)))))
 (let (($x15120 (not (and (>= phase_497 0) (= (mod phase_497 4) 2)))))
 (let (($x15114 (not (and (>= phase_496 0) (= (mod phase_496 4) 2)))))
 (let (($x15108 (not (and (>= phase_495 0) (= (mod phase_495 2) 1)))))
 (let (($x15102 (not (and (>= phase_494 0) (= (mod phase_494 4) 2)))))
 (let (($x15096 (not (and (>= phase_493 0) (= (mod phase_493 4) 2)))))
 (let (($x15089 (not (and (>= phase_492 0) (= (mod phase_492 2) 1)))))
 (let (($x15083 (not (and (>= phase_491 0) (= (mod phase_491 4) 2)))))
 (let (($x15072 (not (and (>= phase_490 0) (= (mod phase_490 2) 1)))))
 (let (($x15066 (not (and (>= phase_489 0) (= (mod phase_489 4) 2)))))
 (let (($x15060 (not (and (>= phase_488 0) (= (mod phase_488 4) 2)))))
 (let (($x15054 (not (and (>= phase_487 0) (= (mod phase_487 2) 1)))))
 (let (($x15048 (not (and (>= phase_486 0) (= (mod phase_486 2) 1)))))
 (let (($x15042 (not (and (>= phase_485 0) (= (mod phase_485 4) 2)))))
 (let (($x15036 (not (and (>= phase_484 0) (= (mod phase_484 4) 2)))))
 (let (($x15030 (not (and (>= phase_483 0) (= (mod phase_483 2) 1)))))
 (let (($x15024 (not (and (>= phase_482 0) (= (mod phase_482 4) 0)))))
 (let (($x15018 (not (and (>= phase_481 0) (= (mod phase_481 4) 2)))))
 (let (($x15007 (not (and (>= phase_480 0) (= (mod phase_480 4) 0)))))
 (let (($x15001 (not (and (>= phase_479 0) (= (mod phase_479 4) 2)))))
 (let (($x14995 (not (and (>= phase_478 0) (= (mod phase_478 4) 2)))))
 (let (($x14989 (not (and (>= phase_477 0) (= (mod phase_477 4) 2)))))
 (let (($x14983 (not (and (>= phase_476 0) (= (mod phase_476 4) 2)))))
 (let (($x14977 (not (and (>= phase_475 0) (= (mod phase_475 4) 2)))))
 (let (($x14971 (not (and (>= phase_474 0) (= (mod phase_474 2) 1)))))
 (let (($x14965 (not (and (>= phase_473 0) (= (mod phase_473 2) 1)))))
 (let (($x14959 (not (and (>= phase_472 0) (= (mod phase_472 2) 1)))))
 (let (($x14953 (not (and (>= phase_471 0) (= (mod phase_471 2) 1)))))
 (let (($x14942 (not (and (>= phase_470 0) (= (mod phase_470 4) 2)))))
 (let (($x14936 (not (and (>= phase_469 0) (= (mod phase_469 4) 2)))))
 (let (($x14930 (not (and (>= phase_468 0) (= (mod phase_468 2) 1)))))
 (let (($x14924 (not (and (>= phase_467 0) (= (mod phase_467 4) 2)))))
 (let (($x14918 (not (and (>= phase_466 0) (= (mod phase_466 2) 1)))))
 (let (($x14912 (not (and (>= phase_465 0) (= (mod phase_465 4) 2)))))
 (let (($x14906 (not (and (>= phase_464 0) (= (mod phase_464 2) 1)))))
 (let (($x14900 (not (and (>= phase_463 0) (= (mod phase_463 4) 2)))))
 (let (($x14894 (not (and (>= phase_462 0) (= (mod phase_462 2) 1)))))
 (let (($x14888 (not (and (>= phase_461 0) (= (mod phase_461 4) 2)))))
 (let (($x14877 (not (and (>= phase_460 0) (= (mod phase_460 4) 0)))))
 (let (($x14871 (not (and (>= phase_459 0) (= (mod phase_459 2) 1)))))
 (let (($x14865 (not (and (>= phase_458 0) (= (mod phase_458 4) 2)))))
 (let (($x14859 (not (and (>= phase_457 0) (= (mod phase_457 4) 2)))))
 (let (($x14852 (not (and (>= phase_456 0) (= (mod phase_456 4) 2)))))
 (let (($x14846 (not (and (>= phase_455 0) (= (mod phase_455 4) 2)))))
 (let (($x14840 (not (and (>= phase_454 0) (= (mod phase_454 4) 2)))))
 (let (($x14834 (not (and (>= phase_453 0) (= (mod phase_453 2) 1)))))
 (let (($x14828 (not (and (>= phase_452 0) (= (mod phase_452 4) 2)))))
 (let (($x14822 (not (and (>= phase_451 0) (= (mod phase_451 4) 2)))))
 (let (($x14811 (not (and (>= phase_450 0) (= (mod phase_450 4) 0)))))
 (let (($x14805 (not (and (>= phase_449 0) (= (mod phase_449 2) 1)))))
 (let (($x14799 (not (and (>= phase_448 0) (= (mod phase_448 2) 1)))))
 (let (($x14793 (not (and (>= phase_447 0) (= (mod phase_447 2) 1)))))
 (let (($x14787 (not (and (>= phase_446 0) (= (mod phase_446 2) 1)))))
 (let (($x14781 (not (and (>= phase_445 0) (= (mod phase_445 4) 0)))))
 (let (($x14775 (not (and (>= phase_444 0) (= (mod phase_444 4) 0)))))
 (let (($x14769 (not (and (>= phase_443 0) (= (mod phase_443 4) 2)))))
 (let (($x14763 (not (and (>= phase_442 0) (= (mod phase_442 2) 1)))))
 (let (($x14757 (not (and (>= phase_441 0) (= (mod phase_441 4) 2)))))
 (let (($x14746 (not (and (>= phase_440 0) (= (mod phase_440 2) 1)))))
 (let (($x14740 (not (and (>= phase_439 0) (= (mod phase_439 4) 2)))))
 (let (($x14734 (not (and (>= phase_438 0) (= (mod phase_438 4) 2)))))
 (let (($x14728 (not (and (>= phase_437 0) (= (mod phase_437 4) 2)))))
 (let (($x14722 (not (and (>= phase_436 0) (= (mod phase_436 2) 1)))))
 (let (($x14716 (not (and (>= phase_435 0) (= (mod phase_435 4) 2)))))
 (let (($x14710 (not (and (>= phase_434 0) (= (mod phase_434 4) 2)))))
 (let (($x14704 (not (and (>= phase_433 0) (= (mod phase_433 2) 1)))))
 (let (($x14698 (not (and (>= phase_432 0) (= (mod phase_432 2) 1)))))
 (let (($x14687 (not (and (>= phase_431 0) (= (mod phase_431 4) 2)))))
 (let (($x14681 (not (and (>= phase_430 0) (= (mod phase_430 2) 1)))))
 (let (($x14675 (not (and (>= phase_429 0) (= (mod phase_429 4) 0)))))
 (let (($x14669 (not (and (>= phase_428 0) (= (mod phase_428 2) 1)))))
 (let (($x14663 (not (and (>= phase_427 0) (= (mod phase_427 2) 1)))))
 (let (($x14657 (not (and (>= phase_426 0) (= (mod phase_426 4) 2)))))
 (let (($x14651 (not (and (>= phase_425 0) (= (mod phase_425 4) 0)))))
 (let (($x14645 (not (and (>= phase_424 0) (= (mod phase_424 4) 2)))))
 (let (($x14639 (not (and (>= phase_423 0) (= (mod phase_423 2) 1)))))
 (let (($x15481 (not (and (>= phase_422 0) (= (mod phase_422 2) 1)))))
 (let (($x14622 (not (and (>= phase_421 0) (= (mod phase_421 2) 1)))))
 (let (($x14616 (not (and (>= phase_420 0) (= (mod phase_420 2) 1)))))
 (let (($x14609 (not (and (>= phase_419 0) (= (mod phase_419 2) 1)))))
 (let (($x14603 (not (and (>= phase_418 0) (= (mod phase_418 2) 1)))))
 (let (($x14597 (not (and (>= phase_417 0) (= (mod phase_417 4) 2)))))
 (let (($x14591 (not (and (>= phase_416 0) (= (mod phase_416 4) 2)))))
 (let (($x14585 (not (and (>= phase_415 0) (= (mod phase_415 4) 0)))))
 (let (($x14579 (not (and (>= phase_414 0) (= (mod phase_414 4) 2)))))
 (let (($x14573 (not (and (>= phase_413 0) (= (mod phase_413 2) 1)))))
 (let (($x14562 (not (and (>= phase_412 0) (= (mod phase_412 2) 1)))))
 (let (($x14556 (not (and (>= phase_411 0) (= (mod phase_411 2) 1)))))
 (let (($x14550 (not (and (>= phase_410 0) (= (mod phase_410 2) 1)))))
 (let (($x14544 (not (and (>= phase_409 0) (= (mod phase_409 2) 1)))))
 (let (($x14538 (not (and (>= phase_408 0) (= (mod phase_408 4) 2)))))
 (let (($x14532 (not (and (>= phase_407 0) (= (mod phase_407 4) 2)))))
 (let (($x14526 (not (and (>= phase_406 0) (= (mod phase_406 2) 1)))))
 (let (($x14520 (not (and (>= phase_405 0) (= (mod phase_405 4) 2)))))
 (let (($x14514 (not (and (>= phase_404 0) (= (mod phase_404 2) 1)))))
 (let (($x14503 (not (and (>= phase_403 0) (= (mod phase_403 4) 0)))))
 (let (($x14497 (not (and (>= phase_402 0) (= (mod phase_402 4) 2)))))
 (let (($x14491 (not (and (>= phase_401 0) (= (mod phase_401 4) 2)))))
 (let (($x14485 (not (and (>= phase_400 0) (= (mod phase_400 2) 1)))))
 (let (($x14479 (not (and (>= phase_399 0) (= (mod phase_399 4) 2)))))
 (let (($x14473 (not (and (>= phase_398 0) (= (mod phase_398 4) 0)))))
 (let (($x14467 (not (and (>= phase_397 0) (= (mod phase_397 4) 0)))))
 (let (($x14461 (not (and (>= phase_396 0) (= (mod phase_396 2) 1)))))
 (let (($x15475 (not (and (>= phase_395 0) (= (mod phase_395 4) 2)))))
 (let (($x14444 (not (and (>= phase_394 0) (= (mod phase_394 4) 2)))))
 (let (($x14438 (not (and (>= phase_393 0) (= (mod phase_393 2) 1)))))
 (let (($x14432 (not (and (>= phase_392 0) (= (mod phase_392 4) 2)))))
 (let (($x14426 (not (and (>= phase_391 0) (= (mod phase_391 4) 0)))))
 (let (($x14420 (not (and (>= phase_390 0) (= (mod phase_390 4) 0)))))
 (let (($x14414 (not (and (>= phase_389 0) (= (mod phase_389 2) 1)))))
 (let (($x14408 (not (and (>= phase_388 0) (= (mod phase_388 2) 1)))))
 (let (($x14402 (not (and (>= phase_387 0) (= (mod phase_387 4) 2)))))
 (let (($x14391 (not (and (>= phase_386 0) (= (mod phase_386 4) 2)))))
 (let (($x14385 (not (and (>= phase_385 0) (= (mod phase_385 4) 0)))))
 (let (($x14379 (not (and (>= phase_384 0) (= (mod phase_384 4) 2)))))
 (let (($x14373 (not (and (>= phase_383 0) (= (mod phase_383 2) 1)))))
 (let (($x14367 (not (and (>= phase_382 0) (= (mod phase_382 4) 2)))))
 (let (($x14360 (not (and (>= phase_381 0) (= (mod phase_381 4) 2)))))
 (let (($x14354 (not (and (>= phase_380 0) (= (mod phase_380 4) 2)))))
 (let (($x14348 (not (and (>= phase_379 0) (= (mod phase_379 4) 2)))))
 (let (($x14342 (not (and (>= phase_378 0) (= (mod phase_378 2) 1)))))
 (let (($x14331 (not (and (>= phase_377 0) (= (mod phase_377 4) 2)))))
 (let (($x14325 (not (and (>= phase_376 0) (= (mod phase_376 4) 2)))))
 (let (($x14319 (not (and (>= phase_375 0) (= (mod phase_375 4) 2)))))
 (let (($x14313 (not (and (>= phase_374 0) (= (mod phase_374 2) 1)))))
 (let (($x14307 (not (and (>= phase_373 0) (= (mod phase_373 4) 2)))))
 (let (($x14301 (not (and (>= phase_372 0) (= (mod phase_372 2) 1)))))
 (let (($x14295 (not (and (>= phase_371 0) (= (mod phase_371 4) 2)))))
 (let (($x14289 (not (and (>= phase_370 0) (= (mod phase_370 4) 0)))))
 (let (($x14278 (not (and (>= phase_369 0) (= (mod phase_369 4) 0)))))
 (let (($x14272 (not (and (>= phase_368 0) (= (mod phase_368 4) 0)))))
 (let (($x14266 (not (and (>= phase_367 0) (= (mod phase_367 4) 0)))))
 (let (($x14260 (not (and (>= phase_366 0) (= (mod phase_366 4) 2)))))
 (let (($x14254 (not (and (>= phase_365 0) (= (mod phase_365 4) 2)))))
 (let (($x14248 (not (and (>= phase_364 0) (= (mod phase_364 2) 1)))))
 (let (($x14242 (not (and (>= phase_363 0) (= (mod phase_363 4) 2)))))
 (let (($x14236 (not (and (>= phase_362 0) (= (mod phase_362 4) 2)))))
 (let (($x14225 (not (and (>= phase_361 0) (= (mod phase_361 4) 2)))))
 (let (($x14219 (not (and (>= phase_360 0) (= (mod phase_360 4) 2)))))
 (let (($x14213 (not (and (>= phase_359 0) (= (mod phase_359 2) 1)))))
 (let (($x14207 (not (and (>= phase_358 0) (= (mod phase_358 4) 2)))))
 (let (($x14201 (not (and (>= phase_357 0) (= (mod phase_357 4) 2)))))
 (let (($x14195 (not (and (>= phase_356 0) (= (mod phase_356 2) 1)))))
 (let (($x14189 (not (and (>= phase_355 0) (= (mod phase_355 4) 0)))))
 (let (($x14183 (not (and (>= phase_354 0) (= (mod phase_354 4) 2)))))
 (let (($x14172 (not (and (>= phase_353 0) (= (mod phase_353 2) 1)))))
 (let (($x14166 (not (and (>= phase_352 0) (= (mod phase_352 2) 1)))))
 (let (($x14160 (not (and (>= phase_351 0) (= (mod phase_351 2) 1)))))
 (let (($x14154 (not (and (>= phase_350 0) (= (mod phase_350 2) 1)))))
 (let (($x14148 (not (and (>= phase_349 0) (= (mod phase_349 2) 1)))))
 (let (($x14142 (not (and (>= phase_348 0) (= (mod phase_348 4) 2)))))
 (let (($x14136 (not (and (>= phase_347 0) (= (mod phase_347 4) 2)))))
 (let (($x14130 (not (and (>= phase_346 0) (= (mod phase_346 4) 2)))))
 (let (($x14119 (not (and (>= phase_345 0) (= (mod phase_345 4) 0)))))
 (let (($x14113 (not (and (>= phase_344 0) (= (mod phase_344 4) 0)))))
 (let (($x14106 (not (and (>= phase_343 0) (= (mod phase_343 2) 1)))))
 (let (($x14100 (not (and (>= phase_342 0) (= (mod phase_342 2) 1)))))
 (let (($x14094 (not (and (>= phase_341 0) (= (mod phase_341 2) 1)))))
 (let (($x14088 (not (and (>= phase_340 0) (= (mod phase_340 2) 1)))))
 (let (($x14082 (not (and (>= phase_339 0) (= (mod phase_339 4) 2)))))
 (let (($x14076 (not (and (>= phase_338 0) (= (mod phase_338 4) 2)))))
 (let (($x14065 (not (and (>= phase_337 0) (= (mod phase_337 2) 1)))))
 (let (($x14059 (not (and (>= phase_336 0) (= (mod phase_336 2) 1)))))
 (let (($x14053 (not (and (>= phase_335 0) (= (mod phase_335 2) 1)))))
 (let (($x14047 (not (and (>= phase_334 0) (= (mod phase_334 4) 0)))))
 (let (($x14041 (not (and (>= phase_333 0) (= (mod phase_333 2) 1)))))
 (let (($x14035 (not (and (>= phase_332 0) (= (mod phase_332 4) 2)))))
 (let (($x14029 (not (and (>= phase_331 0) (= (mod phase_331 2) 1)))))
 (let (($x14018 (not (and (>= phase_330 0) (= (mod phase_330 2) 1)))))
 (let (($x14012 (not (and (>= phase_329 0) (= (mod phase_329 4) 2)))))
 (let (($x14006 (not (and (>= phase_328 0) (= (mod phase_328 4) 0)))))
 (let (($x14000 (not (and (>= phase_327 0) (= (mod phase_327 4) 0)))))
 (let (($x13994 (not (and (>= phase_326 0) (= (mod phase_326 4) 0)))))
 (let (($x13988 (not (and (>= phase_325 0) (= (mod phase_325 4) 0)))))
 (let (($x13982 (not (and (>= phase_324 0) (= (mod phase_324 4) 2)))))
 (let (($x15457 (not (and (>= phase_323 0) (= (mod phase_323 2) 1)))))
 (let (($x13965 (not (and (>= phase_322 0) (= (mod phase_322 2) 1)))))
 (let (($x13959 (not (and (>= phase_321 0) (= (mod phase_321 4) 0)))))
 (let (($x13953 (not (and (>= phase_320 0) (= (mod phase_320 2) 1)))))
 (let (($x13947 (not (and (>= phase_319 0) (= (mod phase_319 2) 1)))))
 (let (($x13941 (not (and (>= phase_318 0) (= (mod phase_318 2) 1)))))
 (let (($x13935 (not (and (>= phase_317 0) (= (mod phase_317 2) 1)))))
 (let (($x13929 (not (and (>= phase_316 0) (= (mod phase_316 4) 0)))))
 (let (($x13918 (not (and (>= phase_315 0) (= (mod phase_315 2) 1)))))
 (let (($x13912 (not (and (>= phase_314 0) (= (mod phase_314 2) 1)))))
 (let (($x13906 (not (and (>= phase_313 0) (= (mod phase_313 4) 0)))))
 (let (($x13900 (not (and (>= phase_312 0) (= (mod phase_312 2) 1)))))
 (let (($x13894 (not (and (>= phase_311 0) (= (mod phase_311 2) 1)))))
 (let (($x13888 (not (and (>= phase_310 0) (= (mod phase_310 4) 2)))))
 (let (($x13882 (not (and (>= phase_309 0) (= (mod phase_309 4) 2)))))
 (let (($x13871 (not (and (>= phase_308 0) (= (mod phase_308 4) 2)))))
 (let (($x13865 (not (and (>= phase_307 0) (= (mod phase_307 4) 2)))))
 (let (($x13859 (not (and (>= phase_306 0) (= (mod phase_306 4) 2)))))
 (let (($x13853 (not (and (>= phase_305 0) (= (mod phase_305 4) 0)))))
 (let (($x13846 (not (and (>= phase_304 0) (= (mod phase_304 2) 1)))))
 (let (($x13840 (not (and (>= phase_303 0) (= (mod phase_303 2) 1)))))
 (let (($x15566 (not (and (>= phase_302 0) (= (mod phase_302 4) 2)))))
 (let (($x13823 (not (and (>= phase_301 0) (= (mod phase_301 4) 0)))))
 (let (($x13817 (not (and (>= phase_300 0) (= (mod phase_300 2) 1)))))
 (let (($x13811 (not (and (>= phase_299 0) (= (mod phase_299 4) 0)))))
 (let (($x13805 (not (and (>= phase_298 0) (= (mod phase_298 2) 1)))))
 (let (($x13799 (not (and (>= phase_297 0) (= (mod phase_297 4) 2)))))
 (let (($x13793 (not (and (>= phase_296 0) (= (mod phase_296 2) 1)))))
 (let (($x13782 (not (and (>= phase_295 0) (= (mod phase_295 2) 1)))))
 (let (($x13776 (not (and (>= phase_294 0) (= (mod phase_294 2) 1)))))
 (let (($x13770 (not (and (>= phase_293 0) (= (mod phase_293 4) 2)))))
 (let (($x13764 (not (and (>= phase_292 0) (= (mod phase_292 4) 2)))))
 (let (($x13758 (not (and (>= phase_291 0) (= (mod phase_291 4) 2)))))
 (let (($x13752 (not (and (>= phase_290 0) (= (mod phase_290 4) 2)))))
 (let (($x13746 (not (and (>= phase_289 0) (= (mod phase_289 4) 2)))))
 (let (($x13735 (not (and (>= phase_288 0) (= (mod phase_288 4) 2)))))
 (let (($x13729 (not (and (>= phase_287 0) (= (mod phase_287 2) 1)))))
 (let (($x13723 (not (and (>= phase_286 0) (= (mod phase_286 4) 2)))))
 (let (($x13717 (not (and (>= phase_285 0) (= (mod phase_285 4) 2)))))
 (let (($x13711 (not (and (>= phase_284 0) (= (mod phase_284 4) 2)))))
 (let (($x13705 (not (and (>= phase_283 0) (= (mod phase_283 4) 2)))))
 (let (($x13694 (not (and (>= phase_282 0) (= (mod phase_282 2) 1)))))
 (let (($x13688 (not (and (>= phase_281 0) (= (mod phase_281 2) 1)))))
 (let (($x13682 (not (and (>= phase_280 0) (= (mod phase_280 4) 2)))))
 (let (($x13676 (not (and (>= phase_279 0) (= (mod phase_279 4) 0)))))
 (let (($x13670 (not (and (>= phase_278 0) (= (mod phase_278 4) 2)))))
 (let (($x13664 (not (and (>= phase_277 0) (= (mod phase_277 4) 0)))))
 (let (($x13653 (not (and (>= phase_276 0) (= (mod phase_276 4) 2)))))
 (let (($x13647 (not (and (>= phase_275 0) (= (mod phase_275 4) 2)))))
 (let (($x13641 (not (and (>= phase_274 0) (= (mod phase_274 2) 1)))))
 (let (($x13635 (not (and (>= phase_273 0) (= (mod phase_273 2) 1)))))
 (let (($x13629 (not (and (>= phase_272 0) (= (mod phase_272 2) 1)))))
 (let (($x13623 (not (and (>= phase_271 0) (= (mod phase_271 2) 1)))))
 (let (($x13612 (not (and (>= phase_270 0) (= (mod phase_270 4) 2)))))
 (let (($x13606 (not (and (>= phase_269 0) (= (mod phase_269 2) 1)))))
 (let (($x13600 (not (and (>= phase_268 0) (= (mod phase_268 4) 0)))))
 (let (($x13594 (not (and (>= phase_267 0) (= (mod phase_267 2) 1)))))
 (let (($x13587 (not (and (>= phase_266 0) (= (mod phase_266 2) 1)))))
 (let (($x13581 (not (and (>= phase_265 0) (= (mod phase_265 4) 0)))))
 (let (($x13570 (not (and (>= phase_264 0) (= (mod phase_264 4) 2)))))
 (let (($x13564 (not (and (>= phase_263 0) (= (mod phase_263 4) 2)))))
 (let (($x13558 (not (and (>= phase_262 0) (= (mod phase_262 4) 2)))))
 (let (($x13552 (not (and (>= phase_261 0) (= (mod phase_261 2) 1)))))
 (let (($x13546 (not (and (>= phase_260 0) (= (mod phase_260 2) 1)))))
 (let (($x13540 (not (and (>= phase_259 0) (= (mod phase_259 4) 0)))))
 (let (($x13529 (not (and (>= phase_258 0) (= (mod phase_258 2) 1)))))
 (let (($x13523 (not (and (>= phase_257 0) (= (mod phase_257 4) 0)))))
 (let (($x13517 (not (and (>= phase_256 0) (= (mod phase_256 2) 1)))))
 (let (($x13511 (not (and (>= phase_255 0) (= (mod phase_255 4) 0)))))
 (let (($x13505 (not (and (>= phase_254 0) (= (mod phase_254 4) 2)))))
 (let (($x13494 (not (and (>= phase_253 0) (= (mod phase_253 4) 2)))))
 (let (($x13488 (not (and (>= phase_252 0) (= (mod phase_252 4) 0)))))
 (let (($x13482 (not (and (>= phase_251 0) (= (mod phase_251 4) 2)))))
 (let (($x13476 (not (and (>= phase_250 0) (= (mod phase_250 2) 1)))))
 (let (($x13470 (not (and (>= phase_249 0) (= (mod phase_249 2) 1)))))
 (let (($x15435 (not (and (>= phase_248 0) (= (mod phase_248 4) 0)))))
 (let (($x13453 (not (and (>= phase_247 0) (= (mod phase_247 4) 0)))))
 (let (($x13447 (not (and (>= phase_246 0) (= (mod phase_246 4) 0)))))
 (let (($x13441 (not (and (>= phase_245 0) (= (mod phase_245 2) 1)))))
 (let (($x13435 (not (and (>= phase_244 0) (= (mod phase_244 4) 2)))))
 (let (($x13429 (not (and (>= phase_243 0) (= (mod phase_243 4) 2)))))
 (let (($x13418 (not (and (>= phase_242 0) (= (mod phase_242 4) 2)))))
 (let (($x13412 (not (and (>= phase_241 0) (= (mod phase_241 2) 1)))))
 (let (($x13406 (not (and (>= phase_240 0) (= (mod phase_240 2) 1)))))
 (let (($x13400 (not (and (>= phase_239 0) (= (mod phase_239 2) 1)))))
 (let (($x13394 (not (and (>= phase_238 0) (= (mod phase_238 2) 1)))))
 (let (($x13383 (not (and (>= phase_237 0) (= (mod phase_237 4) 0)))))
 (let (($x13377 (not (and (>= phase_236 0) (= (mod phase_236 2) 1)))))
 (let (($x13371 (not (and (>= phase_235 0) (= (mod phase_235 2) 1)))))
 (let (($x13365 (not (and (>= phase_234 0) (= (mod phase_234 2) 1)))))
 (let (($x15429 (not (and (>= phase_233 0) (= (mod phase_233 4) 2)))))
 (let (($x13348 (not (and (>= phase_232 0) (= (mod phase_232 2) 1)))))
 (let (($x13342 (not (and (>= phase_231 0) (= (mod phase_231 2) 1)))))
 (let (($x13336 (not (and (>= phase_230 0) (= (mod phase_230 4) 2)))))
 (let (($x13330 (not (and (>= phase_229 0) (= (mod phase_229 2) 1)))))
 (let (($x13318 (not (and (>= phase_228 0) (= (mod phase_228 4) 2)))))
 (let (($x13312 (not (and (>= phase_227 0) (= (mod phase_227 4) 2)))))
 (let (($x13306 (not (and (>= phase_226 0) (= (mod phase_226 4) 2)))))
 (let (($x13300 (not (and (>= phase_225 0) (= (mod phase_225 2) 1)))))
 (let (($x13294 (not (and (>= phase_224 0) (= (mod phase_224 4) 2)))))
 (let (($x13283 (not (and (>= phase_223 0) (= (mod phase_223 2) 1)))))
 (let (($x13277 (not (and (>= phase_222 0) (= (mod phase_222 4) 2)))))
 (let (($x13271 (not (and (>= phase_221 0) (= (mod phase_221 4) 2)))))
 (let (($x13265 (not (and (>= phase_220 0) (= (mod phase_220 4) 2)))))
 (let (($x13254 (not (and (>= phase_219 0) (= (mod phase_219 2) 1)))))
 (let (($x13248 (not (and (>= phase_218 0) (= (mod phase_218 4) 2)))))
 (let (($x13242 (not (and (>= phase_217 0) (= (mod phase_217 4) 0)))))
 (let (($x13236 (not (and (>= phase_216 0) (= (mod phase_216 4) 2)))))
 (let (($x13225 (not (and (>= phase_215 0) (= (mod phase_215 4) 2)))))
 (let (($x13219 (not (and (>= phase_214 0) (= (mod phase_214 4) 2)))))
 (let (($x13213 (not (and (>= phase_213 0) (= (mod phase_213 4) 2)))))
 (let (($x13207 (not (and (>= phase_212 0) (= (mod phase_212 2) 1)))))
 (let (($x13196 (not (and (>= phase_211 0) (= (mod phase_211 2) 1)))))
 (let (($x13190 (not (and (>= phase_210 0) (= (mod phase_210 4) 2)))))
 (let (($x13184 (not (and (>= phase_209 0) (= (mod phase_209 2) 1)))))
 (let (($x13178 (not (and (>= phase_208 0) (= (mod phase_208 4) 2)))))
 (let (($x13167 (not (and (>= phase_207 0) (= (mod phase_207 4) 2)))))
 (let (($x13161 (not (and (>= phase_206 0) (= (mod phase_206 2) 1)))))
 (let (($x13155 (not (and (>= phase_205 0) (= (mod phase_205 4) 0)))))
 (let (($x13149 (not (and (>= phase_204 0) (= (mod phase_204 4) 2)))))
 (let (($x13138 (not (and (>= phase_203 0) (= (mod phase_203 4) 2)))))
 (let (($x13132 (not (and (>= phase_202 0) (= (mod phase_202 2) 1)))))
 (let (($x13126 (not (and (>= phase_201 0) (= (mod phase_201 2) 1)))))
 (let (($x13115 (not (and (>= phase_200 0) (= (mod phase_200 2) 1)))))
 (let (($x13109 (not (and (>= phase_199 0) (= (mod phase_199 4) 2)))))
 (let (($x13103 (not (and (>= phase_198 0) (= (mod phase_198 4) 2)))))
 (let (($x8989 (not (and (>= phase_197 0) (= (mod phase_197 4) 2)))))
 (let (($x13086 (not (and (>= phase_196 0) (= (mod phase_196 2) 1)))))
 (let (($x13080 (not (and (>= phase_195 0) (= (mod phase_195 4) 2)))))
 (let (($x13074 (not (and (>= phase_194 0) (= (mod phase_194 4) 2)))))
 (let (($x13063 (not (and (>= phase_193 0) (= (mod phase_193 4) 0)))))
 (let (($x13057 (not (and (>= phase_192 0) (= (mod phase_192 4) 2)))))
 (let (($x13051 (not (and (>= phase_191 0) (= (mod phase_191 2) 1)))))
 (let (($x13039 (not (and (>= phase_190 0) (= (mod phase_190 4) 2)))))
 (let (($x13033 (not (and (>= phase_189 0) (= (mod phase_189 4) 2)))))
 (let (($x9284 (not (and (>= phase_188 0) (= (mod phase_188 4) 2)))))
 (let (($x13016 (not (and (>= phase_187 0) (= (mod phase_187 4) 2)))))
 (let (($x13010 (not (and (>= phase_186 0) (= (mod phase_186 4) 0)))))
 (let (($x12999 (not (and (>= phase_185 0) (= (mod phase_185 4) 2)))))
 (let (($x12993 (not (and (>= phase_184 0) (= (mod phase_184 2) 1)))))
 (let (($x12987 (not (and (>= phase_183 0) (= (mod phase_183 4) 2)))))
 (let (($x8456 (not (and (>= phase_182 0) (= (mod phase_182 4) 2)))))
 (let (($x12953 (not (and (>= phase_181 0) (= (mod phase_181 4) 2)))))
 (let (($x8416 (not (and (>= phase_180 0) (= (mod phase_180 2) 1)))))
 (let (($x8039 (not (and (>= phase_179 0) (= (mod phase_179 4) 2)))))
 (let (($x8604 (not (and (>= phase_178 0) (= (mod phase_178 2) 1)))))
 (let (($x8608 (not (and (>= phase_177 0) (= (mod phase_177 4) 2)))))
 (let (($x8575 (not (and (>= phase_176 0) (= (mod phase_176 2) 1)))))
 (let (($x8643 (not (and (>= phase_175 0) (= (mod phase_175 2) 1)))))
 (let (($x8696 (not (and (>= phase_174 0) (= (mod phase_174 4) 2)))))
 (let (($x8708 (not (and (>= phase_173 0) (= (mod phase_173 4) 0)))))
 (let (($x8760 (not (and (>= phase_172 0) (= (mod phase_172 4) 2)))))
 (let (($x8803 (not (and (>= phase_171 0) (= (mod phase_171 4) 2)))))
 (let (($x8113 (not (and (>= phase_170 0) (= (mod phase_170 2) 1)))))
 (let (($x8858 (not (and (>= phase_169 0) (= (mod phase_169 4) 2)))))
 (let (($x8911 (not (and (>= phase_168 0) (= (mod phase_168 4) 0)))))
 (let (($x7982 (not (and (>= phase_167 0) (= (mod phase_167 2) 1)))))
 (let (($x646 (not (and (>= phase_166 0) (= (mod phase_166 4) 2)))))
 (let (($x21077 (not (and (>= phase_165 0) (= (mod phase_165 2) 1)))))
 (let (($x21068 (not (and (>= phase_164 0) (= (mod phase_164 2) 1)))))
 (let (($x21059 (not (and (>= phase_163 0) (= (mod phase_163 2) 1)))))
 (let (($x21053 (not (and (>= phase_162 0) (= (mod phase_162 4) 2)))))
 (let (($x21044 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x21035 (not (and (>= phase_160 0) (= (mod phase_160 2) 1)))))
 (let (($x21026 (not (and (>= phase_159 0) (= (mod phase_159 2) 1)))))
 (let (($x21017 (not (and (>= phase_158 0) (= (mod phase_158 4) 0)))))
 (let (($x21008 (not (and (>= phase_157 0) (= (mod phase_157 4) 0)))))
 (let (($x20999 (not (and (>= phase_156 0) (= (mod phase_156 2) 1)))))
 (let (($x8125 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x20984 (not (and (>= phase_154 0) (= (mod phase_154 4) 0)))))
 (let (($x20975 (not (and (>= phase_153 0) (= (mod phase_153 4) 0)))))
 (let (($x20966 (not (and (>= phase_152 0) (= (mod phase_152 4) 0)))))
 (let (($x20957 (not (and (>= phase_151 0) (= (mod phase_151 4) 2)))))
 (let (($x12740 (not (and (>= phase_150 0) (= (mod phase_150 2) 1)))))
 (let (($x12896 (not (and (>= phase_149 0) (= (mod phase_149 4) 2)))))
 (let (($x12911 (not (and (>= phase_148 0) (= (mod phase_148 4) 2)))))
 (let (($x12926 (not (and (>= phase_147 0) (= (mod phase_147 4) 2)))))
 (let (($x12941 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x21080 (not (and (>= phase_145 0) (= (mod phase_145 2) 1)))))
 (let (($x589 (not (and (>= phase_144 0) (= (mod phase_144 4) 0)))))
 (let (($x598 (not (and (>= phase_143 0) (= (mod phase_143 4) 2)))))
 (let (($x607 (not (and (>= phase_142 0) (= (mod phase_142 4) 2)))))
 (let (($x616 (not (and (>= phase_141 0) (= (mod phase_141 2) 1)))))
 (let (($x625 (not (and (>= phase_140 0) (= (mod phase_140 4) 2)))))
 (let (($x634 (not (and (>= phase_139 0) (= (mod phase_139 2) 1)))))
 (let (($x643 (not (and (>= phase_138 0) (= (mod phase_138 4) 2)))))
 (let (($x655 (not (and (>= phase_137 0) (= (mod phase_137 4) 2)))))
 (let (($x664 (not (and (>= phase_136 0) (= (mod phase_136 2) 1)))))
 (let (($x673 (not (and (>= phase_135 0) (= (mod phase_135 4) 0)))))
 (let (($x682 (not (and (>= phase_134 0) (= (mod phase_134 4) 2)))))
 (let (($x691 (not (and (>= phase_133 0) (= (mod phase_133 2) 1)))))
 (let (($x700 (not (and (>= phase_132 0) (= (mod phase_132 4) 2)))))
 (let (($x709 (not (and (>= phase_131 0) (= (mod phase_131 4) 2)))))
 (let (($x721 (not (and (>= phase_130 0) (= (mod phase_130 4) 0)))))
 (let (($x730 (not (and (>= phase_129 0) (= (mod phase_129 4) 2)))))
 (let (($x739 (not (and (>= phase_128 0) (= (mod phase_128 4) 2)))))
 (let (($x748 (not (and (>= phase_127 0) (= (mod phase_127 4) 2)))))
 (let (($x757 (not (and (>= phase_126 0) (= (mod phase_126 4) 2)))))
 (let (($x574 (not (and (>= phase_125 0) (= (mod phase_125 4) 2)))))
 (let (($x580 (not (and (>= phase_124 0) (= (mod phase_124 2) 1)))))
 (let (($x8042 (not (and (>= phase_123 0) (= (mod phase_123 2) 1)))))
 (let (($x7731 (not (and (>= phase_122 0) (= (mod phase_122 2) 1)))))
 (let (($x7766 (not (and (>= phase_121 0) (= (mod phase_121 4) 2)))))
 (let (($x8013 (not (and (>= phase_120 0) (= (mod phase_120 4) 2)))))
 (let (($x7991 (not (and (>= phase_119 0) (= (mod phase_119 2) 1)))))
 (let (($x7972 (not (and (>= phase_118 0) (= (mod phase_118 2) 1)))))
 (let (($x7586 (not (and (>= phase_117 0) (= (mod phase_117 4) 0)))))
 (let (($x7821 (not (and (>= phase_116 0) (= (mod phase_116 2) 1)))))
 (let (($x7758 (not (and (>= phase_115 0) (= (mod phase_115 4) 2)))))
 (let (($x7927 (not (and (>= phase_114 0) (= (mod phase_114 4) 0)))))
 (let (($x7921 (not (and (>= phase_113 0) (= (mod phase_113 4) 0)))))
 (let (($x7904 (not (and (>= phase_112 0) (= (mod phase_112 4) 0)))))
 (let (($x7885 (not (and (>= phase_111 0) (= (mod phase_111 2) 1)))))
 (let (($x7858 (not (and (>= phase_110 0) (= (mod phase_110 4) 0)))))
 (let (($x7761 (not (and (>= phase_109 0) (= (mod phase_109 4) 2)))))
 (let (($x7809 (not (and (>= phase_108 0) (= (mod phase_108 2) 1)))))
 (let (($x7558 (not (and (>= phase_107 0) (= (mod phase_107 4) 2)))))
 (let (($x7746 (not (and (>= phase_106 0) (= (mod phase_106 4) 2)))))
 (let (($x7841 (not (and (>= phase_105 0) (= (mod phase_105 4) 0)))))
 (let (($x7665 (not (and (>= phase_104 0) (= (mod phase_104 4) 0)))))
 (let (($x7648 (not (and (>= phase_103 0) (= (mod phase_103 4) 2)))))
 (let (($x8934 (not (and (>= phase_102 0) (= (mod phase_102 2) 1)))))
 (let (($x8477 (not (and (>= phase_101 0) (= (mod phase_101 2) 1)))))
 (let (($x13050 (not (and (>= phase_100 0) (= (mod phase_100 4) 0)))))
 (let (($x13203 (not (and (>= phase_99 0) (= (mod phase_99 4) 2)))))
 (let (($x13393 (not (and (>= phase_98 0) (= (mod phase_98 2) 1)))))
 (let (($x13619 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x13881 (not (and (>= phase_96 0) (= (mod phase_96 2) 1)))))
 (let (($x14179 (not (and (>= phase_95 0) (= (mod phase_95 2) 1)))))
 (let (($x14513 (not (and (>= phase_94 0) (= (mod phase_94 2) 1)))))
 (let (($x14884 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x15290 (not (and (>= phase_92 0) (= (mod phase_92 4) 0)))))
 (let (($x9149 (not (and (>= phase_91 0) (= (mod phase_91 2) 1)))))
 (let (($x11143 (not (and (>= phase_90 0) (= (mod phase_90 2) 1)))))
 (let (($x12059 (not (and (>= phase_89 0) (= (mod phase_89 4) 0)))))
 (let (($x10961 (not (and (>= phase_88 0) (= (mod phase_88 4) 2)))))
 (let (($x9300 (not (and (>= phase_87 0) (= (mod phase_87 4) 2)))))
 (let (($x8888 (not (and (>= phase_86 0) (= (mod phase_86 4) 2)))))
 (let (($x9092 (not (and (>= phase_85 0) (= (mod phase_85 4) 2)))))
 (let (($x7649 (not (and (>= phase_84 0) (= (mod phase_84 4) 2)))))
 (let (($x9297 (not (and (>= phase_83 0) (= (mod phase_83 4) 2)))))
 (let (($x9161 (not (and (>= phase_82 0) (= (mod phase_82 4) 0)))))
 (let (($x1178 (not (and (>= phase_81 0) (= (mod phase_81 2) 1)))))
 (let (($x1034 (not (and (>= phase_80 0) (= (mod phase_80 2) 1)))))
 (let (($x980 (not (and (>= phase_79 0) (= (mod phase_79 2) 1)))))
 (let (($x989 (not (and (>= phase_78 0) (= (mod phase_78 2) 1)))))
 (let (($x968 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x1130 (not (and (>= phase_76 0) (= (mod phase_76 4) 0)))))
 (let (($x1165 (not (and (>= phase_75 0) (= (mod phase_75 4) 2)))))
 (let (($x893 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x976 (not (and (>= phase_73 0) (= (mod phase_73 4) 0)))))
 (let (($x1055 (not (and (>= phase_72 0) (= (mod phase_72 2) 1)))))
 (let (($x1138 (not (and (>= phase_71 0) (= (mod phase_71 4) 2)))))
 (let (($x1265 (not (and (>= phase_70 0) (= (mod phase_70 2) 1)))))
 (let (($x1346 (not (and (>= phase_69 0) (= (mod phase_69 4) 2)))))
 (let (($x1464 (not (and (>= phase_68 0) (= (mod phase_68 2) 1)))))
 (let (($x621 (not (and (>= phase_67 0) (= (mod phase_67 2) 1)))))
 (let (($x630 (not (and (>= phase_66 0) (= (mod phase_66 4) 2)))))
 (let (($x639 (not (and (>= phase_65 0) (= (mod phase_65 2) 1)))))
 (let (($x648 (not (and (>= phase_64 0) (= (mod phase_64 2) 1)))))
 (let (($x657 (not (and (>= phase_63 0) (= (mod phase_63 2) 1)))))
 (let (($x666 (not (and (>= phase_62 0) (= (mod phase_62 2) 1)))))
 (let (($x675 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x684 (not (and (>= phase_60 0) (= (mod phase_60 2) 1)))))
 (let (($x693 (not (and (>= phase_59 0) (= (mod phase_59 4) 2)))))
 (let (($x702 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x711 (not (and (>= phase_57 0) (= (mod phase_57 4) 2)))))
 (let (($x720 (not (and (>= phase_56 0) (= (mod phase_56 4) 0)))))
 (let (($x729 (not (and (>= phase_55 0) (= (mod phase_55 4) 2)))))
 (let (($x738 (not (and (>= phase_54 0) (= (mod phase_54 2) 1)))))
 (let (($x747 (not (and (>= phase_53 0) (= (mod phase_53 2) 1)))))
 (let (($x756 (not (and (>= phase_52 0) (= (mod phase_52 4) 2)))))
 (let (($x492 (not (and (>= phase_51 0) (= (mod phase_51 4) 0)))))
 (let (($x444 (not (and (>= phase_50 0) (= (mod phase_50 2) 1)))))
 (let (($x431 (not (and (>= phase_49 0) (= (mod phase_49 4) 0)))))
 (let (($x437 (not (and (>= phase_48 0) (= (mod phase_48 2) 1)))))
 (let (($x443 (not (and (>= phase_47 0) (= (mod phase_47 2) 1)))))
 (let (($x411 (not (and (>= phase_46 0) (= (mod phase_46 4) 2)))))
 (let (($x417 (not (and (>= phase_45 0) (= (mod phase_45 4) 2)))))
 (let (($x423 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x391 (not (and (>= phase_43 0) (= (mod phase_43 4) 0)))))
 (let (($x397 (not (and (>= phase_42 0) (= (mod phase_42 2) 1)))))
 (let (($x403 (not (and (>= phase_41 0) (= (mod phase_41 4) 2)))))
 (let (($x371 (not (and (>= phase_40 0) (= (mod phase_40 4) 2)))))
 (let (($x377 (not (and (>= phase_39 0) (= (mod phase_39 4) 2)))))
 (let (($x383 (not (and (>= phase_38 0) (= (mod phase_38 4) 0)))))
 (let (($x351 (not (and (>= phase_37 0) (= (mod phase_37 4) 2)))))
 (let (($x357 (not (and (>= phase_36 0) (= (mod phase_36 2) 1)))))
 (let (($x363 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x331 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x337 (not (and (>= phase_33 0) (= (mod phase_33 2) 1)))))
 (let (($x343 (not (and (>= phase_32 0) (= (mod phase_32 2) 1)))))
 (let (($x330 (not (and (>= phase_31 0) (= (mod phase_31 2) 1)))))
 (let (($x317 (not (and (>= phase_30 0) (= (mod phase_30 4) 2)))))
 (let (($x323 (not (and (>= phase_29 0) (= (mod phase_29 4) 2)))))
 (let (($x329 (not (and (>= phase_28 0) (= (mod phase_28 2) 1)))))
 (let (($x297 (not (and (>= phase_27 0) (= (mod phase_27 4) 2)))))
 (let (($x303 (not (and (>= phase_26 0) (= (mod phase_26 4) 2)))))
 (let (($x309 (not (and (>= phase_25 0) (= (mod phase_25 2) 1)))))
 (let (($x277 (not (and (>= phase_24 0) (= (mod phase_24 2) 1)))))
 (let (($x283 (not (and (>= phase_23 0) (= (mod phase_23 4) 2)))))
 (let (($x289 (not (and (>= phase_22 0) (= (mod phase_22 4) 2)))))
 (let (($x257 (not (and (>= phase_21 0) (= (mod phase_21 4) 2)))))
 (let (($x263 (not (and (>= phase_20 0) (= (mod phase_20 4) 2)))))
 (let (($x269 (not (and (>= phase_19 0) (= (mod phase_19 4) 2)))))
 (let (($x237 (not (and (>= phase_18 0) (= (mod phase_18 4) 2)))))
 (let (($x243 (not (and (>= phase_17 0) (= (mod phase_17 4) 0)))))
 (let (($x249 (not (and (>= phase_16 0) (= (mod phase_16 4) 0)))))
 (let (($x217 (not (and (>= phase_15 0) (= (mod phase_15 2) 1)))))
 (let (($x223 (not (and (>= phase_14 0) (= (mod phase_14 4) 2)))))
 (let (($x229 (not (and (>= phase_13 0) (= (mod phase_13 2) 1)))))
 (let (($x216 (not (and (>= phase_12 0) (= (mod phase_12 4) 2)))))
 (let (($x203 (not (and (>= phase_11 0) (= (mod phase_11 4) 0)))))
 (let (($x209 (not (and (>= phase_10 0) (= (mod phase_10 4) 2)))))
 (let (($x215 (not (and (>= phase_9 0) (= (mod phase_9 4) 0)))))
 (let (($x183 (not (and (>= phase_8 0) (= (mod phase_8 4) 2)))))
 (let (($x189 (not (and (>= phase_7 0) (= (mod phase_7 4) 2)))))
 (let (($x195 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x163 (not (and (>= phase_5 0) (= (mod phase_5 2) 1)))))
 (let (($x169 (not (and (>= phase_4 0) (= (mod phase_4 4) 2)))))
 (let (($x175 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x143 (not (and (>= phase_2 0) (= (mod phase_2 2) 1)))))
 (let (($x149 (not (and (>= phase_1 0) (= (mod phase_1 2) 1)))))
 (let (($x155 (not (and (>= phase_0 0) (= (mod phase_0 2) 1)))))
 (or $x155 $x149 $x143 $x175 $x169 $x163 $x195 $x189 $x183 $x215 $x209 $x203 $x216 $x229 $x223 $x217 $x249 $x243 $x237 $x269 $x263 $x257 $x289 $x283 $x277 $x309 $x303 $x297 $x329 $x323 $x317 $x330 $x343 $x337 $x331 $x363 $x357 $x351 $x383 $x377 $x371 $x403 $x397 $x391 $x423 $x417 $x411 $x443 $x437 $x431 $x444 $x492 $x756 $x747 $x738 $x729 $x720 $x711 $x702 $x693 $x684 $x675 $x666 $x657 $x648 $x639 $x630 $x621 $x1464 $x1346 $x1265 $x1138 $x1055 $x976 $x893 $x1165 $x1130 $x968 $x989 $x980 $x1034 $x1178 $x9161 $x9297 $x7649 $x9092 $x8888 $x9300 $x10961 $x12059 $x11143 $x9149 $x15290 $x14884 $x14513 $x14179 $x13881 $x13619 $x13393 $x13203 $x13050 $x8477 $x8934 $x7648 $x7665 $x7841 $x7746 $x7558 $x7809 $x7761 $x7858 $x7885 $x7904 $x7921 $x7927 $x7758 $x7821 $x7586 $x7972 $x7991 $x8013 $x7766 $x7731 $x8042 $x580 $x574 $x757 $x748 $x739 $x730 $x721 $x709 $x700 $x691 $x682 $x673 $x664 $x655 $x643 $x634 $x625 $x616 $x607 $x598 $x589 $x21080 $x12941 $x12926 $x12911 $x12896 $x12740 $x20957 $x20966 $x20975 $x20984 $x8125 $x20999 $x21008 $x21017 $x21026 $x21035 $x21044 $x21053 $x21059 $x21068 $x21077 $x646 $x7982 $x8911 $x8858 $x8113 $x8803 $x8760 $x8708 $x8696 $x8643 $x8575 $x8608 $x8604 $x8039 $x8416 $x12953 $x8456 $x12987 $x12993 $x12999 $x13010 $x13016 $x9284 $x13033 $x13039 $x13051 $x13057 $x13063 $x13074 $x13080 $x13086 $x8989 $x13103 $x13109 $x13115 $x13126 $x13132 $x13138 $x13149 $x13155 $x13161 $x13167 $x13178 $x13184 $x13190 $x13196 $x13207 $x13213 $x13219 $x13225 $x13236 $x13242 $x13248 $x13254 $x13265 $x13271 $x13277 $x13283 $x13294 $x13300 $x13306 $x13312 $x13318 $x13330 $x13336 $x13342 $x13348 $x15429 $x13365 $x13371 $x13377 $x13383 $x13394 $x13400 $x13406 $x13412 $x13418 $x13429 $x13435 $x13441 $x13447 $x13453 $x15435 $x13470 $x13476 $x13482 $x13488 $x13494 $x13505 $x13511 $x13517 $x13523 $x13529 $x13540 $x13546 $x13552 $x13558 $x13564 $x13570 $x13581 $x13587 $x13594 $x13600 $x13606 $x13612 $x13623 $x13629 $x13635 $x13641 $x13647 $x13653 $x13664 $x13670 $x13676 $x13682 $x13688 $x13694 $x13705 $x13711 $x13717 $x13723 $x13729 $x13735 $x13746 $x13752 $x13758 $x13764 $x13770 $x13776 $x13782 $x13793 $x13799 $x13805 $x13811 $x13817 $x13823 $x15566 $x13840 $x13846 $x13853 $x13859 $x13865 $x13871 $x13882 $x13888 $x13894 $x13900 $x13906 $x13912 $x13918 $x13929 $x13935 $x13941 $x13947 $x13953 $x13959 $x13965 $x15457 $x13982 $x13988 $x13994 $x14000 $x14006 $x14012 $x14018 $x14029 $x14035 $x14041 $x14047 $x14053 $x14059 $x14065 $x14076 $x14082 $x14088 $x14094 $x14100 $x14106 $x14113 $x14119 $x14130 $x14136 $x14142 $x14148 $x14154 $x14160 $x14166 $x14172 $x14183 $x14189 $x14195 $x14201 $x14207 $x14213 $x14219 $x14225 $x14236 $x14242 $x14248 $x14254 $x14260 $x14266 $x14272 $x14278 $x14289 $x14295 $x14301 $x14307 $x14313 $x14319 $x14325 $x14331 $x14342 $x14348 $x14354 $x14360 $x14367 $x14373 $x14379 $x14385 $x14391 $x14402 $x14408 $x14414 $x14420 $x14426 $x14432 $x14438 $x14444 $x15475 $x14461 $x14467 $x14473 $x14479 $x14485 $x14491 $x14497 $x14503 $x14514 $x14520 $x14526 $x14532 $x14538 $x14544 $x14550 $x14556 $x14562 $x14573 $x14579 $x14585 $x14591 $x14597 $x14603 $x14609 $x14616 $x14622 $x15481 $x14639 $x14645 $x14651 $x14657 $x14663 $x14669 $x14675 $x14681 $x14687 $x14698 $x14704 $x14710 $x14716 $x14722 $x14728 $x14734 $x14740 $x14746 $x14757 $x14763 $x14769 $x14775 $x14781 $x14787 $x14793 $x14799 $x14805 $x14811 $x14822 $x14828 $x14834 $x14840 $x14846 $x14852 $x14859 $x14865 $x14871 $x14877 $x14888 $x14894 $x14900 $x14906 $x14912 $x14918 $x14924 $x14930 $x14936 $x14942 $x14953 $x14959 $x14965 $x14971 $x14977 $x14983 $x14989 $x14995 $x15001 $x15007 $x15018 $x15024 $x15030 $x15036 $x15042 $x15048 $x15054 $x15060 $x15066 $x15072 $x15083 $x15089 $x15096 $x15102 $x15108 $x15114 $x15120 $x15126 $x15132))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
