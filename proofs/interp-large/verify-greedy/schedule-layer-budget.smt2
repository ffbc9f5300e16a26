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
(declare-fun phase_500 () Int)
(declare-fun phase_501 () Int)
(declare-fun phase_502 () Int)
(declare-fun phase_503 () Int)
(declare-fun phase_504 () Int)
(declare-fun phase_505 () Int)
(declare-fun phase_506 () Int)
(declare-fun phase_507 () Int)
(declare-fun phase_508 () Int)
(declare-fun phase_509 () Int)
(declare-fun phase_510 () Int)
(declare-fun phase_511 () Int)
(declare-fun phase_512 () Int)
(declare-fun phase_513 () Int)
(declare-fun phase_514 () Int)
(declare-fun phase_515 () Int)
(declare-fun phase_516 () Int)
(declare-fun phase_517 () Int)
(declare-fun phase_518 () Int)
(declare-fun phase_519 () Int)
(declare-fun phase_520 () Int)
(declare-fun phase_521 () Int)
(declare-fun phase_522 () Int)
(declare-fun phase_523 () Int)
(declare-fun phase_524 () Int)
(declare-fun phase_525 () Int)
(declare-fun phase_526 () Int)
(declare-fun phase_527 () Int)
(declare-fun phase_528 () Int)
(declare-fun phase_529 () Int)
(declare-fun phase_530 () Int)
(declare-fun phase_531 () Int)
(declare-fun phase_532 () Int)
(declare-fun phase_533 () Int)
(declare-fun phase_534 () Int)
(declare-fun phase_535 () Int)
(declare-fun phase_536 () Int)
(declare-fun phase_537 () Int)
(declare-fun phase_538 () Int)
(declare-fun phase_539 () Int)
(declare-fun phase_540 () Int)
(declare-fun phase_541 () Int)
(declare-fun phase_542 () Int)
(declare-fun phase_543 () Int)
(declare-fun phase_544 () Int)
(declare-fun phase_545 () Int)
(declare-fun phase_546 () Int)
(declare-fun phase_547 () Int)
(declare-fun phase_548 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_557 () Int)
(declare-fun phase_558 () Int)
(declare-fun phase_559 () Int)
(declare-fun phase_560 () Int)
(declare-fun phase_561 () Int)
(declare-fun phase_562 () Int)
(declare-fun phase_563 () Int)
(declare-fun phase_564 () Int)
(declare-fun phase_565 () Int)
(declare-fun phase_566 () Int)
(declare-fun phase_567 () Int)
(declare-fun phase_568 () Int)
(declare-fun phase_569 () Int)
(declare-fun phase_570 () Int)
(declare-fun phase_571 () Int)
(declare-fun phase_572 () Int)
(declare-fun phase_573 () Int)
(declare-fun phase_574 () Int)
(declare-fun phase_575 () Int)
(declare-fun phase_576 () Int)
(declare-fun phase_577 () Int)
(declare-fun phase_578 () Int)
(declare-fun phase_579 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_583 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_586 () Int)
(declare-fun phase_587 () Int)
(declare-fun phase_588 () Int)
(declare-fun phase_589 () Int)
(declare-fun phase_590 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_592 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_601 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_603 () Int)
(declare-fun phase_604 () Int)
(declare-fun phase_605 () Int)
(declare-fun phase_606 () Int)
(declare-fun phase_607 () Int)
(declare-fun phase_608 () Int)
(declare-fun phase_609 () Int)
(declare-fun phase_610 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_612 () Int)
(declare-fun phase_613 () Int)
(declare-fun phase_614 () Int)
(declare-fun phase_615 () Int)
(declare-fun phase_616 () Int)
(declare-fun phase_617 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_619 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_621 () Int)
(declare-fun phase_622 () Int)
(declare-fun phase_623 () Int)
(declare-fun phase_624 () Int)
(declare-fun phase_625 () Int)
(declare-fun phase_626 () Int)
(declare-fun phase_627 () Int)
(declare-fun phase_628 () Int)
(declare-fun phase_629 () Int)
(declare-fun phase_630 () Int)
(declare-fun phase_631 () Int)
(declare-fun phase_632 () Int)
(declare-fun phase_633 () Int)
(declare-fun phase_634 () Int)
(declare-fun phase_635 () Int)
(declare-fun phase_636 () Int)
(declare-fun phase_637 () Int)
(declare-fun phase_638 () Int)
(declare-fun phase_639 () Int)
(declare-fun phase_640 () Int)
(declare-fun phase_641 () Int)
(declare-fun phase_642 () Int)
(declare-fun phase_643 () Int)
(declare-fun phase_644 () Int)
(declare-fun phase_645 () Int)
(declare-fun phase_646 () Int)
(declare-fun phase_647 () Int)
(declare-fun phase_648 () Int)
(declare-fun phase_649 () Int)
(declare-fun phase_650 () Int)
(declare-fun phase_651 () Int)
(declare-fun phase_652 () Int)
(declare-fun phase_653 () Int)
(declare-fun phase_654 () Int)
(declare-fun phase_655 () Int)
(declare-fun phase_656 () Int)
(declare-fun phase_657 () Int)
(declare-fun phase_658 () Int)
(declare-fun phase_659 () Int)
(declare-fun phase_660 () Int)
(declare-fun phase_661 () Int)
(declare-fun phase_662 () Int)
(declare-fun phase_663 () Int)
(declare-fun phase_664 () Int)
(declare-fun phase_665 () Int)
(declare-fun phase_666 () Int)
(declare-fun phase_667 () Int)
(declare-fun phase_668 () Int)
(declare-fun phase_669 () Int)
(declare-fun phase_670 () Int)
(declare-fun phase_671 () Int)
(declare-fun phase_672 () Int)
(declare-fun phase_673 () Int)
(declare-fun phase_674 () Int)
(declare-fun phase_675 () Int)
(declare-fun phase_676 () Int)
(declare-fun phase_677 () Int)
(declare-fun phase_678 () Int)
(declare-fun phase_679 () Int)
(declare-fun phase_680 () Int)
(declare-fun phase_681 () Int)
(declare-fun phase_682 () Int)
(declare-fun phase_683 () Int)
(declare-fun phase_684 () Int)
(declare-fun phase_685 () Int)
(declare-fun phase_686 () Int)
(declare-fun phase_687 () Int)
(declare-fun phase_688 () Int)
(declare-fun phase_689 () Int)
(declare-fun phase_690 () Int)
(declare-fun phase_691 () Int)
(declare-fun phase_692 () Int)
(declare-fun phase_693 () Int)
(declare-fun phase_694 () Int)
(declare-fun phase_695 () Int)
(declare-fun phase_696 () Int)
(declare-fun phase_697 () Int)
(declare-fun phase_698 () Int)
(declare-fun phase_699 () Int)
(declare-fun phase_700 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun phase_712 () Int)
(declare-fun phase_713 () Int)
(declare-fun phase_714 () Int)
(declare-fun phase_715 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_717 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_719 () Int)
(declare-fun phase_720 () Int)
(declare-fun phase_721 () Int)
(declare-fun phase_722 () Int)
(declare-fun phase_723 () Int)
(declare-fun phase_724 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_726 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_728 () Int)
(declare-fun phase_729 () Int)
(declare-fun phase_730 () Int)
(declare-fun phase_731 () Int)
(declare-fun phase_732 () Int)
(declare-fun phase_733 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_735 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_737 () Int)
(declare-fun phase_738 () Int)
(declare-fun phase_739 () Int)
(declare-fun phase_740 () Int)
(declare-fun phase_741 () Int)
(declare-fun phase_742 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_744 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_746 () Int)
(declare-fun phase_747 () Int)
(declare-fun phase_748 () Int)
(declare-fun phase_749 () Int)
(declare-fun phase_750 () Int)
(declare-fun phase_751 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_753 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_755 () Int)
(declare-fun phase_756 () Int)
(declare-fun phase_757 () Int)
(declare-fun phase_758 () Int)
(declare-fun phase_759 () Int)
(declare-fun phase_760 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_762 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_764 () Int)
(declare-fun phase_765 () Int)
(declare-fun phase_766 () Int)
(declare-fun phase_767 () Int)
(declare-fun phase_768 () Int)
(declare-fun phase_769 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_771 () Int)
(declare-fun phase_772 () Int)
(declare-fun phase_773 () Int)
(declare-fun phase_774 () Int)
(declare-fun phase_775 () Int)
(declare-fun phase_776 () Int)
(declare-fun phase_777 () Int)
(declare-fun phase_778 () Int)
(declare-fun phase_779 () Int)
(declare-fun phase_780 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_784 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_786 () Int)
(declare-fun phase_787 () Int)
(declare-fun phase_788 () Int)
(declare-fun phase_789 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_793 () Int)
(declare-fun phase_794 () Int)
(declare-fun phase_795 () Int)
(declare-fun phase_796 () Int)
(declare-fun phase_797 () Int)
(declare-fun phase_798 () Int)
(declare-fun phase_799 () Int)
(declare-fun phase_800 () Int)
(declare-fun phase_801 () Int)
(declare-fun phase_802 () Int)
(declare-fun phase_803 () Int)
(declare-fun phase_804 () Int)
(declare-fun phase_805 () Int)
(declare-fun phase_806 () Int)
(declare-fun phase_807 () Int)
(declare-fun phase_808 () Int)
(declare-fun phase_809 () Int)
(declare-fun phase_810 () Int)
(declare-fun phase_811 () Int)
(declare-fun phase_812 () Int)
(declare-fun phase_813 () Int)
(declare-fun phase_814 () Int)
(declare-fun phase_815 () Int)
(declare-fun phase_816 () Int)
(declare-fun phase_817 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun phase_822 () Int)
(declare-fun phase_823 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_832 () Int)
(declare-fun phase_833 () Int)
(declare-fun phase_834 () Int)
(declare-fun phase_835 () Int)
(declare-fun phase_836 () Int)
(declare-fun phase_837 () Int)
(declare-fun phase_838 () Int)
(declare-fun phase_839 () Int)
(declare-fun phase_840 () Int)
(declare-fun phase_841 () Int)
(declare-fun phase_842 () Int)
(declare-fun phase_843 () Int)
(declare-fun phase_844 () Int)
(declare-fun phase_845 () Int)
(declare-fun phase_846 () Int)
(declare-fun phase_847 () Int)
(declare-fun phase_848 () Int)
(declare-fun phase_849 () Int)
(declare-fun phase_850 () Int)
(declare-fun phase_851 () Int)
(declare-fun phase_852 () Int)
(declare-fun phase_853 () Int)
(declare-fun phase_854 () Int)
(declare-fun phase_855 () Int)
(declare-fun phase_856 () Int)
(declare-fun phase_857 () Int)
(declare-fun phase_858 () Int)
(declare-fun phase_859 () Int)
(declare-fun phase_860 () Int)
(declare-fun phase_861 () Int)
(declare-fun phase_862 () Int)
(declare-fun phase_863 () Int)
(declare-fun phase_864 () Int)
(declare-fun phase_865 () Int)
(declare-fun phase_866 () Int)
(declare-fun phase_867 () Int)
(declare-fun phase_868 () Int)
(declare-fun phase_869 () Int)
(declare-fun phase_870 () Int)
(declare-fun phase_871 () Int)
(declare-fun phase_872 () Int)
(declare-fun phase_873 () Int)
(declare-fun phase_874 () Int)
(declare-fun phase_875 () Int)
(declare-fun phase_876 () Int)
(declare-fun phase_877 () Int)
(declare-fun phase_878 () Int)
(declare-fun phase_879 () Int)
(declare-fun phase_880 () Int)
(declare-fun phase_881 () Int)
(declare-fun phase_882 () Int)
(declare-fun phase_883 () Int)
(declare-fun phase_884 () Int)
(declare-fun phase_885 () Int)
(declare-fun phase_886 () Int)
(declare-fun phase_887 () Int)
(declare-fun phase_888 () Int)
(declare-fun phase_889 () Int)
(declare-fun phase_890 () Int)
(declare-fun phase_891 () Int)
(declare-fun phase_892 () Int)
(declare-fun phase_893 () Int)
(declare-fun phase_894 () Int)
(declare-fun phase_895 () Int)
(declare-fun phase_896 () Int)
(declare-fun phase_897 () Int)
(declare-fun phase_898 () Int)
(declare-fun phase_899 () Int)
(declare-fun phase_900 () Int)
(declare-fun phase_901 () Int)
(declare-fun phase_902 () Int)
(declare-fun phase_903 () Int)
(declare-fun phase_904 () Int)
(declare-fun phase_905 () Int)
(declare-fun phase_906 () Int)
(declare-fun phase_907 () Int)
(declare-fun phase_908 () Int)
(declare-fun phase_909 () Int)
(declare-fun phase_910 () Int)
(declare-fun phase_911 () Int)
(declare-fun phase_912 () Int)
(declare-fun phase_913 () Int)
(declare-fun phase_914 () Int)
(declare-fun phase_915 () Int)
(declare-fun phase_916 () Int)
(declare-fun phase_917 () Int)
(declare-fun phase_918 () Int)
(declare-fun phase_919 () Int)
(declare-fun phase_920 () Int)
(declare-fun phase_921 () Int)
(declare-fun phase_922 () Int)
(declare-fun phase_923 () Int)
(declare-fun phase_924 () Int)
(declare-fun phase_925 () Int)
(declare-fun phase_926 () Int)
(declare-fun phase_927 () Int)
(declare-fun phase_928 () Int)
(declare-fun phase_929 () Int)
(declare-fun phase_930 () Int)
(declare-fun phase_931 () Int)
(declare-fun phase_932 () Int)
(declare-fun phase_933 () Int)
(declare-fun phase_934 () Int)
(declare-fun phase_935 () Int)
(declare-fun phase_936 () Int)
(declare-fun phase_937 () Int)
(declare-fun phase_938 () Int)
(declare-fun phase_939 () Int)
(declare-fun phase_940 () Int)
(declare-fun phase_941 () Int)
(declare-fun phase_942 () Int)
(declare-fun phase_943 () Int)
(declare-fun phase_944 () Int)
(declare-fun phase_945 () Int)
(declare-fun phase_946 () Int)
(declare-fun phase_947 () Int)
(declare-fun phase_948 () Int)
(declare-fun phase_949 () Int)
(declare-fun phase_950 () Int)
(declare-fun phase_951 () Int)
(declare-fun phase_952 () Int)
(declare-fun phase_953 () Int)
(declare-fun phase_954 () Int)
(declare-fun phase_955 () Int)
(declare-fun phase_956 () Int)
(declare-fun phase_957 () Int)
(declare-fun phase_958 () Int)
(declare-fun phase_959 () Int)
(declare-fun phase_960 () Int)
(declare-fun phase_961 () Int)
(declare-fun phase_962 () Int)
(declare-fun phase_963 () Int)
(declare-fun phase_964 () Int)
(declare-fun phase_965 () Int)
(declare-fun phase_966 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_968 () Int)
(declare-fun phase_969 () Int)
(declare-fun phase_970 () Int)
(declare-fun phase_971 () Int)
(declare-fun phase_972 () Int)
(declare-fun phase_973 () Int)
(declare-fun phase_974 () Int)
(declare-fun phase_975 () Int)
(declare-fun phase_976 () Int)
(declare-fun phase_977 () Int)
(declare-fun phase_978 () Int)
(declare-fun phase_979 () Int)
(declare-fun phase_980 () Int)
(declare-fun phase_981 () Int)
(declare-fun phase_982 () Int)
(declare-fun phase_983 () Int)
(declare-fun phase_984 () Int)
(declare-fun phase_985 () Int)
(declare-fun phase_986 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_988 () Int)
(declare-fun phase_989 () Int)
(declare-fun phase_990 () Int)
(declare-fun phase_991 () Int)
(declare-fun phase_992 () Int)
(declare-fun phase_993 () Int)
(declare-fun phase_994 () Int)
(declare-fun phase_995 () Int)
(declare-fun phase_996 () Int)
(declare-fun phase_997 () Int)
(declare-fun phase_998 () Int)
(declare-fun phase_999 () Int)
(declare-fun phase_1000 () Int)
(declare-fun phase_1001 () Int)
(declare-fun phase_1002 () Int)
(declare-fun phase_1003 () Int)
(declare-fun phase_1004 () Int)
(declare-fun phase_1005 () Int)
(declare-fun phase_1006 () Int)
(declare-fun phase_1007 () Int)
(declare-fun phase_1008 () Int)
(declare-fun phase_1009 () Int)
(declare-fun phase_1010 () Int)
(declare-fun phase_1011 () Int)
(declare-fun phase_1012 () Int)
(declare-fun phase_1013 () Int)
(declare-fun phase_1014 () Int)
(declare-fun phase_1015 () Int)
(declare-fun phase_1016 () Int)
(declare-fun phase_1017 () Int)
(declare-fun phase_1018 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1020 () Int)
(declare-fun phase_1021 () Int)
(declare-fun phase_1022 () Int)
(declare-fun phase_1023 () Int)
(declare-fun phase_1024 () Int)
(declare-fun phase_1025 () Int)
(declare-fun phase_1026 () Int)
(declare-fun phase_1027 () Int)
(declare-fun phase_1028 () Int)
(declare-fun phase_1029 () Int)
(declare-fun phase_1030 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1032 () Int)
(declare-fun phase_1033 () Int)
(declare-fun phase_1034 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1036 () Int)
(declare-fun phase_1037 () Int)
(declare-fun phase_1038 () Int)
(declare-fun phase_1039 () Int)
(declare-fun phase_1040 () Int)
(declare-fun phase_1041 () Int)
(declare-fun phase_1042 () Int)
(declare-fun phase_1043 () Int)
(declare-fun phase_1044 () Int)
(declare-fun phase_1045 () Int)
(declare-fun phase_1046 () Int)
(declare-fun phase_1047 () Int)
(declare-fun phase_1048 () Int)
(declare-fun phase_1049 () Int)
(declare-fun phase_1050 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1052 () Int)
(declare-fun phase_1053 () Int)
(declare-fun phase_1054 () Int)
(declare-fun phase_1055 () Int)
(declare-fun phase_1056 () Int)
(declare-fun phase_1057 () Int)
(declare-fun phase_1058 () Int)
(declare-fun phase_1059 () Int)
(declare-fun phase_1060 () Int)
(declare-fun phase_1061 () Int)
(declare-fun phase_1062 () Int)
(declare-fun phase_1063 () Int)
(declare-fun phase_1064 () Int)
(declare-fun phase_1065 () Int)
(declare-fun phase_1066 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1068 () Int)
(declare-fun phase_1069 () Int)
(declare-fun phase_1070 () Int)
(declare-fun phase_1071 () Int)
(declare-fun phase_1072 () Int)
(declare-fun phase_1073 () Int)
(declare-fun phase_1074 () Int)
(declare-fun phase_1075 () Int)
(declare-fun phase_1076 () Int)
(declare-fun phase_1077 () Int)
(declare-fun phase_1078 () Int)
(declare-fun phase_1079 () Int)
(declare-fun phase_1080 () Int)
(declare-fun phase_1081 () Int)
(declare-fun phase_1082 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1084 () Int)
(declare-fun phase_1085 () Int)
(declare-fun phase_1086 () Int)
(declare-fun phase_1087 () Int)
(declare-fun phase_1088 () Int)
(declare-fun phase_1089 () Int)
(declare-fun phase_1090 () Int)
(declare-fun phase_1091 () Int)
(declare-fun phase_1092 () Int)
(declare-fun phase_1093 () Int)
(declare-fun phase_1094 () Int)
(declare-fun phase_1095 () Int)
(declare-fun phase_1096 () Int)
(declare-fun phase_1097 () Int)
(declare-fun phase_1098 () Int)
(declare-fun phase_1099 () Int)
(declare-fun phase_1100 () Int)
(declare-fun phase_1101 () Int)
(declare-fun phase_1102 () Int)
(declare-fun phase_1103 () Int)
(declare-fun phase_1104 () Int)
(declare-fun phase_1105 () Int)
(declare-fun phase_1106 () Int)
(declare-fun phase_1107 () Int)
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
 (= phase_38 6))
(assert
 (= phase_39 6))
(assert
 (= phase_40 6))
(assert
 (= phase_41 6))
(assert
 (= phase_42 6))
(assert
 (= phase_43 6))
(assert
 (= phase_44 6))
(assert
 (= phase_45 6))
(assert
 (= phase_46 4))
(assert
 (= phase_47 8))
(assert
 (= phase_48 8))
(assert
 (= phase_49 10))
(assert
 (= phase_50 10))
(assert
 (= phase_51 11))
(assert
 (= phase_52 10))
(assert
 (= phase_53 10))
(assert
 (= phase_54 11))
(assert
 (= phase_55 10))
(assert
 (= phase_56 10))
(assert
 (= phase_57 11))
(assert
 (= phase_58 10))
(assert
 (= phase_59 10))
(assert
 (= phase_60 11))
(assert
 (= phase_61 10))
(assert
 (= phase_62 10))
(assert
 (= phase_63 11))
(assert
 (= phase_64 10))
(assert
 (= phase_65 10))
(assert
 (= phase_66 11))
(assert
 (= phase_67 10))
(assert
 (= phase_68 10))
(assert
 (= phase_69 11))
(assert
 (= phase_70 10))
(assert
 (= phase_71 10))
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
 (= phase_85 26))
(assert
 (= phase_86 26))
(assert
 (= phase_87 27))
(assert
 (= phase_88 27))
(assert
 (= phase_89 30))
(assert
 (= phase_90 30))
(assert
 (= phase_91 31))
(assert
 (= phase_92 31))
(assert
 (= phase_93 34))
(assert
 (= phase_94 34))
(assert
 (= phase_95 35))
(assert
 (= phase_96 35))
(assert
 (= phase_97 38))
(assert
 (= phase_98 38))
(assert
 (= phase_99 39))
(assert
 (= phase_100 39))
(assert
 (= phase_101 42))
(assert
 (= phase_102 42))
(assert
 (= phase_103 43))
(assert
 (= phase_104 43))
(assert
 (= phase_105 10))
(assert
 (= phase_106 10))
(assert
 (= phase_107 11))
(assert
 (= phase_108 11))
(assert
 (= phase_109 14))
(assert
 (= phase_110 14))
(assert
 (= phase_111 15))
(assert
 (= phase_112 15))
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_115 19))
(assert
 (= phase_116 19))
(assert
 (= phase_117 22))
(assert
 (= phase_118 22))
(assert
 (= phase_119 23))
(assert
 (= phase_120 23))
(assert
 (= phase_121 26))
(assert
 (= phase_122 26))
(assert
 (= phase_123 27))
(assert
 (= phase_124 27))
(assert
 (= phase_125 30))
(assert
 (= phase_126 30))
(assert
 (= phase_127 31))
(assert
 (= phase_128 31))
(assert
 (= phase_129 34))
(assert
 (= phase_130 34))
(assert
 (= phase_131 35))
(assert
 (= phase_132 35))
(assert
 (= phase_133 38))
(assert
 (= phase_134 38))
(assert
 (= phase_135 39))
(assert
 (= phase_136 39))
(assert
 (= phase_137 10))
(assert
 (= phase_138 10))
(assert
 (= phase_139 10))
(assert
 (= phase_140 11))
(assert
 (= phase_141 10))
(assert
 (= phase_142 10))
(assert
 (= phase_143 10))
(assert
 (= phase_144 11))
(assert
 (= phase_145 10))
(assert
 (= phase_146 10))
(assert
 (= phase_147 10))
(assert
 (= phase_148 11))
(assert
 (= phase_149 10))
(assert
 (= phase_150 10))
(assert
 (= phase_151 10))
(assert
 (= phase_152 11))
(assert
 (= phase_153 10))
(assert
 (= phase_154 10))
(assert
 (= phase_155 10))
(assert
 (= phase_156 11))
(assert
 (= phase_157 10))
(assert
 (= phase_158 10))
(assert
 (= phase_159 10))
(assert
 (= phase_160 11))
(assert
 (= phase_161 10))
(assert
 (= phase_162 10))
(assert
 (= phase_163 10))
(assert
 (= phase_164 11))
(assert
 (= phase_165 10))
(assert
 (= phase_166 10))
(assert
 (= phase_167 10))
(assert
 (= phase_168 11))
(assert
 (= phase_169 14))
(assert
 (= phase_170 14))
(assert
 (= phase_171 15))
(assert
 (= phase_172 10))
(assert
 (= phase_173 10))
(assert
 (= phase_174 11))
(assert
 (= phase_175 10))
(assert
 (= phase_176 10))
(assert
 (= phase_177 11))
(assert
 (= phase_178 42))
(assert
 (= phase_179 42))
(assert
 (= phase_180 43))
(assert
 (= phase_181 42))
(assert
 (= phase_182 42))
(assert
 (= phase_183 43))
(assert
 (= phase_184 42))
(assert
 (= phase_185 42))
(assert
 (= phase_186 43))
(assert
 (= phase_187 42))
(assert
 (= phase_188 42))
(assert
 (= phase_189 43))
(assert
 (= phase_190 42))
(assert
 (= phase_191 42))
(assert
 (= phase_192 43))
(assert
 (= phase_193 42))
(assert
 (= phase_194 42))
(assert
 (= phase_195 43))
(assert
 (= phase_196 42))
(assert
 (= phase_197 42))
(assert
 (= phase_198 43))
(assert
 (= phase_199 42))
(assert
 (= phase_200 42))
(assert
 (= phase_201 43))
(assert
 (= phase_202 42))
(assert
 (= phase_203 42))
(assert
 (= phase_204 43))
(assert
 (= phase_205 46))
(assert
 (= phase_206 46))
(assert
 (= phase_207 47))
(assert
 (= phase_208 46))
(assert
 (= phase_209 46))
(assert
 (= phase_210 47))
(assert
 (= phase_211 46))
(assert
 (= phase_212 46))
(assert
 (= phase_213 47))
(assert
 (= phase_214 46))
(assert
 (= phase_215 46))
(assert
 (= phase_216 47))
(assert
 (= phase_217 46))
(assert
 (= phase_218 46))
(assert
 (= phase_219 47))
(assert
 (= phase_220 46))
(assert
 (= phase_221 46))
(assert
 (= phase_222 47))
(assert
 (= phase_223 46))
(assert
 (= phase_224 46))
(assert
 (= phase_225 47))
(assert
 (= phase_226 46))
(assert
 (= phase_227 46))
(assert
 (= phase_228 47))
(assert
 (= phase_229 12))
(assert
 (= phase_230 12))
(assert
 (= phase_231 12))
(assert
 (= phase_232 12))
(assert
 (= phase_233 12))
(assert
 (= phase_234 12))
(assert
 (= phase_235 12))
(assert
 (= phase_236 12))
(assert
 (= phase_237 12))
(assert
 (= phase_238 12))
(assert
 (= phase_239 12))
(assert
 (= phase_240 12))
(assert
 (= phase_241 12))
(assert
 (= phase_242 12))
(assert
 (= phase_243 12))
(assert
 (= phase_244 12))
(assert
 (= phase_245 14))
(assert
 (= phase_246 14))
(assert
 (= phase_247 14))
(assert
 (= phase_248 14))
(assert
 (= phase_249 14))
(assert
 (= phase_250 14))
(assert
 (= phase_251 14))
(assert
 (= phase_252 14))
(assert
 (= phase_253 15))
(assert
 (= phase_254 14))
(assert
 (= phase_255 14))
(assert
 (= phase_256 14))
(assert
 (= phase_257 14))
(assert
 (= phase_258 14))
(assert
 (= phase_259 14))
(assert
 (= phase_260 14))
(assert
 (= phase_261 14))
(assert
 (= phase_262 15))
(assert
 (= phase_263 14))
(assert
 (= phase_264 14))
(assert
 (= phase_265 14))
(assert
 (= phase_266 14))
(assert
 (= phase_267 14))
(assert
 (= phase_268 14))
(assert
 (= phase_269 14))
(assert
 (= phase_270 14))
(assert
 (= phase_271 15))
(assert
 (= phase_272 14))
(assert
 (= phase_273 14))
(assert
 (= phase_274 14))
(assert
 (= phase_275 14))
(assert
 (= phase_276 14))
(assert
 (= phase_277 14))
(assert
 (= phase_278 14))
(assert
 (= phase_279 14))
(assert
 (= phase_280 15))
(assert
 (= phase_281 14))
(assert
 (= phase_282 14))
(assert
 (= phase_283 14))
(assert
 (= phase_284 14))
(assert
 (= phase_285 14))
(assert
 (= phase_286 14))
(assert
 (= phase_287 14))
(assert
 (= phase_288 14))
(assert
 (= phase_289 15))
(assert
 (= phase_290 14))
(assert
 (= phase_291 14))
(assert
 (= phase_292 14))
(assert
 (= phase_293 14))
(assert
 (= phase_294 14))
(assert
 (= phase_295 14))
(assert
 (= phase_296 14))
(assert
 (= phase_297 14))
(assert
 (= phase_298 15))
(assert
 (= phase_299 14))
(assert
 (= phase_300 14))
(assert
 (= phase_301 14))
(assert
 (= phase_302 14))
(assert
 (= phase_303 14))
(assert
 (= phase_304 14))
(assert
 (= phase_305 14))
(assert
 (= phase_306 14))
(assert
 (= phase_307 15))
(assert
 (= phase_308 14))
(assert
 (= phase_309 14))
(assert
 (= phase_310 14))
(assert
 (= phase_311 14))
(assert
 (= phase_312 14))
(assert
 (= phase_313 14))
(assert
 (= phase_314 14))
(assert
 (= phase_315 14))
(assert
 (= phase_316 15))
(assert
 (= phase_317 14))
(assert
 (= phase_318 14))
(assert
 (= phase_319 14))
(assert
 (= phase_320 15))
(assert
 (= phase_321 14))
(assert
 (= phase_322 14))
(assert
 (= phase_323 14))
(assert
 (= phase_324 15))
(assert
 (= phase_325 14))
(assert
 (= phase_326 14))
(assert
 (= phase_327 14))
(assert
 (= phase_328 15))
(assert
 (= phase_329 14))
(assert
 (= phase_330 14))
(assert
 (= phase_331 14))
(assert
 (= phase_332 15))
(assert
 (= phase_333 14))
(assert
 (= phase_334 14))
(assert
 (= phase_335 14))
(assert
 (= phase_336 15))
(assert
 (= phase_337 14))
(assert
 (= phase_338 14))
(assert
 (= phase_339 14))
(assert
 (= phase_340 15))
(assert
 (= phase_341 14))
(assert
 (= phase_342 14))
(assert
 (= phase_343 14))
(assert
 (= phase_344 15))
(assert
 (= phase_345 14))
(assert
 (= phase_346 14))
(assert
 (= phase_347 14))
(assert
 (= phase_348 15))
(assert
 (= phase_349 14))
(assert
 (= phase_350 14))
(assert
 (= phase_351 14))
(assert
 (= phase_352 15))
(assert
 (= phase_353 14))
(assert
 (= phase_354 14))
(assert
 (= phase_355 14))
(assert
 (= phase_356 15))
(assert
 (= phase_357 14))
(assert
 (= phase_358 14))
(assert
 (= phase_359 14))
(assert
 (= phase_360 15))
(assert
 (= phase_361 14))
(assert
 (= phase_362 14))
(assert
 (= phase_363 14))
(assert
 (= phase_364 15))
(assert
 (= phase_365 14))
(assert
 (= phase_366 14))
(assert
 (= phase_367 14))
(assert
 (= phase_368 15))
(assert
 (= phase_369 14))
(assert
 (= phase_370 14))
(assert
 (= phase_371 14))
(assert
 (= phase_372 15))
(assert
 (= phase_373 14))
(assert
 (= phase_374 14))
(assert
 (= phase_375 14))
(assert
 (= phase_376 15))
(assert
 (= phase_377 14))
(assert
 (= phase_378 14))
(assert
 (= phase_379 14))
(assert
 (= phase_380 15))
(assert
 (= phase_381 18))
(assert
 (= phase_382 19))
(assert
 (= phase_383 18))
(assert
 (= phase_384 18))
(assert
 (= phase_385 19))
(assert
 (= phase_386 18))
(assert
 (= phase_387 18))
(assert
 (= phase_388 18))
(assert
 (= phase_389 19))
(assert
 (= phase_390 18))
(assert
 (= phase_391 18))
(assert
 (= phase_392 18))
(assert
 (= phase_393 18))
(assert
 (= phase_394 19))
(assert
 (= phase_395 18))
(assert
 (= phase_396 18))
(assert
 (= phase_397 18))
(assert
 (= phase_398 18))
(assert
 (= phase_399 18))
(assert
 (= phase_400 19))
(assert
 (= phase_401 18))
(assert
 (= phase_402 18))
(assert
 (= phase_403 18))
(assert
 (= phase_404 18))
(assert
 (= phase_405 18))
(assert
 (= phase_406 18))
(assert
 (= phase_407 19))
(assert
 (= phase_408 18))
(assert
 (= phase_409 18))
(assert
 (= phase_410 18))
(assert
 (= phase_411 18))
(assert
 (= phase_412 18))
(assert
 (= phase_413 18))
(assert
 (= phase_414 18))
(assert
 (= phase_415 19))
(assert
 (= phase_416 18))
(assert
 (= phase_417 18))
(assert
 (= phase_418 18))
(assert
 (= phase_419 18))
(assert
 (= phase_420 18))
(assert
 (= phase_421 18))
(assert
 (= phase_422 18))
(assert
 (= phase_423 18))
(assert
 (= phase_424 19))
(assert
 (= phase_425 20))
(assert
 (= phase_426 20))
(assert
 (= phase_427 20))
(assert
 (= phase_428 20))
(assert
 (= phase_429 20))
(assert
 (= phase_430 20))
(assert
 (= phase_431 20))
(assert
 (= phase_432 20))
(assert
 (= phase_433 22))
(assert
 (= phase_434 22))
(assert
 (= phase_435 22))
(assert
 (= phase_436 22))
(assert
 (= phase_437 22))
(assert
 (= phase_438 22))
(assert
 (= phase_439 22))
(assert
 (= phase_440 22))
(assert
 (= phase_441 23))
(assert
 (= phase_442 22))
(assert
 (= phase_443 22))
(assert
 (= phase_444 22))
(assert
 (= phase_445 22))
(assert
 (= phase_446 22))
(assert
 (= phase_447 22))
(assert
 (= phase_448 22))
(assert
 (= phase_449 22))
(assert
 (= phase_450 23))
(assert
 (= phase_451 22))
(assert
 (= phase_452 22))
(assert
 (= phase_453 22))
(assert
 (= phase_454 22))
(assert
 (= phase_455 22))
(assert
 (= phase_456 22))
(assert
 (= phase_457 22))
(assert
 (= phase_458 22))
(assert
 (= phase_459 23))
(assert
 (= phase_460 22))
(assert
 (= phase_461 22))
(assert
 (= phase_462 22))
(assert
 (= phase_463 22))
(assert
 (= phase_464 22))
(assert
 (= phase_465 22))
(assert
 (= phase_466 22))
(assert
 (= phase_467 22))
(assert
 (= phase_468 23))
(assert
 (= phase_469 22))
(assert
 (= phase_470 22))
(assert
 (= phase_471 22))
(assert
 (= phase_472 22))
(assert
 (= phase_473 22))
(assert
 (= phase_474 22))
(assert
 (= phase_475 22))
(assert
 (= phase_476 22))
(assert
 (= phase_477 23))
(assert
 (= phase_478 22))
(assert
 (= phase_479 22))
(assert
 (= phase_480 22))
(assert
 (= phase_481 22))
(assert
 (= phase_482 22))
(assert
 (= phase_483 22))
(assert
 (= phase_484 22))
(assert
 (= phase_485 22))
(assert
 (= phase_486 23))
(assert
 (= phase_487 22))
(assert
 (= phase_488 22))
(assert
 (= phase_489 22))
(assert
 (= phase_490 22))
(assert
 (= phase_491 22))
(assert
 (= phase_492 22))
(assert
 (= phase_493 22))
(assert
 (= phase_494 22))
(assert
 (= phase_495 23))
(assert
 (= phase_496 22))
(assert
 (= phase_497 22))
(assert
 (= phase_498 22))
(assert
 (= phase_499 22))
(assert
 (= phase_500 22))
(assert
 (= phase_501 22))
(assert
 (= phase_502 22))
(assert
 (= phase_503 22))
(assert
 (= phase_504 23))
(assert
 (= phase_505 18))
(assert
 (= phase_506 18))
(assert
 (= phase_507 18))
(assert
 (= phase_508 18))
(assert
 (= phase_509 18))
(assert
 (= phase_510 18))
(assert
 (= phase_511 18))
(assert
 (= phase_512 18))
(assert
 (= phase_513 19))
(assert
 (= phase_514 18))
(assert
 (= phase_515 18))
(assert
 (= phase_516 18))
(assert
 (= phase_517 18))
(assert
 (= phase_518 18))
(assert
 (= phase_519 18))
(assert
 (= phase_520 18))
(assert
 (= phase_521 19))
(assert
 (= phase_522 18))
(assert
 (= phase_523 18))
(assert
 (= phase_524 18))
(assert
 (= phase_525 18))
(assert
 (= phase_526 18))
(assert
 (= phase_527 18))
(assert
 (= phase_528 19))
(assert
 (= phase_529 18))
(assert
 (= phase_530 18))
(assert
 (= phase_531 18))
(assert
 (= phase_532 18))
(assert
 (= phase_533 18))
(assert
 (= phase_534 19))
(assert
 (= phase_535 18))
(assert
 (= phase_536 18))
(assert
 (= phase_537 18))
(assert
 (= phase_538 18))
(assert
 (= phase_539 19))
(assert
 (= phase_540 18))
(assert
 (= phase_541 18))
(assert
 (= phase_542 18))
(assert
 (= phase_543 19))
(assert
 (= phase_544 18))
(assert
 (= phase_545 18))
(assert
 (= phase_546 19))
(assert
 (= phase_547 18))
(assert
 (= phase_548 19))
(assert
 (= phase_549 20))
(assert
 (= phase_550 20))
(assert
 (= phase_551 20))
(assert
 (= phase_552 20))
(assert
 (= phase_553 20))
(assert
 (= phase_554 20))
(assert
 (= phase_555 20))
(assert
 (= phase_556 20))
(assert
 (= phase_557 22))
(assert
 (= phase_558 22))
(assert
 (= phase_559 22))
(assert
 (= phase_560 22))
(assert
 (= phase_561 22))
(assert
 (= phase_562 22))
(assert
 (= phase_563 22))
(assert
 (= phase_564 22))
(assert
 (= phase_565 23))
(assert
 (= phase_566 22))
(assert
 (= phase_567 22))
(assert
 (= phase_568 22))
(assert
 (= phase_569 22))
(assert
 (= phase_570 22))
(assert
 (= phase_571 22))
(assert
 (= phase_572 22))
(assert
 (= phase_573 22))
(assert
 (= phase_574 23))
(assert
 (= phase_575 22))
(assert
 (= phase_576 22))
(assert
 (= phase_577 22))
(assert
 (= phase_578 22))
(assert
 (= phase_579 22))
(assert
 (= phase_580 22))
(assert
 (= phase_581 22))
(assert
 (= phase_582 22))
(assert
 (= phase_583 23))
(assert
 (= phase_584 22))
(assert
 (= phase_585 22))
(assert
 (= phase_586 22))
(assert
 (= phase_587 22))
(assert
 (= phase_588 22))
(assert
 (= phase_589 22))
(assert
 (= phase_590 22))
(assert
 (= phase_591 22))
(assert
 (= phase_592 23))
(assert
 (= phase_593 22))
(assert
 (= phase_594 22))
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_601 23))
(assert
 (= phase_602 22))
(assert
 (= phase_603 22))
(assert
 (= phase_604 22))
(assert
 (= phase_605 22))
(assert
 (= phase_606 22))
(assert
 (= phase_607 22))
(assert
 (= phase_608 22))
(assert
 (= phase_609 22))
(assert
 (= phase_610 23))
(assert
 (= phase_611 22))
(assert
 (= phase_612 22))
(assert
 (= phase_613 22))
(assert
 (= phase_614 22))
(assert
 (= phase_615 22))
(assert
 (= phase_616 22))
(assert
 (= phase_617 22))
(assert
 (= phase_618 22))
(assert
 (= phase_619 23))
(assert
 (= phase_620 22))
(assert
 (= phase_621 22))
(assert
 (= phase_622 22))
(assert
 (= phase_623 22))
(assert
 (= phase_624 22))
(assert
 (= phase_625 22))
(assert
 (= phase_626 22))
(assert
 (= phase_627 22))
(assert
 (= phase_628 23))
(assert
 (= phase_629 18))
(assert
 (= phase_630 18))
(assert
 (= phase_631 18))
(assert
 (= phase_632 18))
(assert
 (= phase_633 18))
(assert
 (= phase_634 18))
(assert
 (= phase_635 18))
(assert
 (= phase_636 18))
(assert
 (= phase_637 19))
(assert
 (= phase_638 18))
(assert
 (= phase_639 18))
(assert
 (= phase_640 18))
(assert
 (= phase_641 18))
(assert
 (= phase_642 18))
(assert
 (= phase_643 18))
(assert
 (= phase_644 18))
(assert
 (= phase_645 18))
(assert
 (= phase_646 19))
(assert
 (= phase_647 18))
(assert
 (= phase_648 18))
(assert
 (= phase_649 18))
(assert
 (= phase_650 18))
(assert
 (= phase_651 18))
(assert
 (= phase_652 18))
(assert
 (= phase_653 18))
(assert
 (= phase_654 18))
(assert
 (= phase_655 19))
(assert
 (= phase_656 18))
(assert
 (= phase_657 18))
(assert
 (= phase_658 18))
(assert
 (= phase_659 18))
(assert
 (= phase_660 18))
(assert
 (= phase_661 18))
(assert
 (= phase_662 18))
(assert
 (= phase_663 18))
(assert
 (= phase_664 19))
(assert
 (= phase_665 18))
(assert
 (= phase_666 18))
(assert
 (= phase_667 18))
(assert
 (= phase_668 18))
(assert
 (= phase_669 18))
(assert
 (= phase_670 18))
(assert
 (= phase_671 18))
(assert
 (= phase_672 18))
(assert
 (= phase_673 19))
(assert
 (= phase_674 18))
(assert
 (= phase_675 18))
(assert
 (= phase_676 18))
(assert
 (= phase_677 18))
(assert
 (= phase_678 18))
(assert
 (= phase_679 18))
(assert
 (= phase_680 18))
(assert
 (= phase_681 18))
(assert
 (= phase_682 19))
(assert
 (= phase_683 18))
(assert
 (= phase_684 18))
(assert
 (= phase_685 18))
(assert
 (= phase_686 18))
(assert
 (= phase_687 18))
(assert
 (= phase_688 18))
(assert
 (= phase_689 18))
(assert
 (= phase_690 18))
(assert
 (= phase_691 19))
(assert
 (= phase_692 18))
(assert
 (= phase_693 18))
(assert
 (= phase_694 18))
(assert
 (= phase_695 18))
(assert
 (= phase_696 18))
(assert
 (= phase_697 18))
(assert
 (= phase_698 18))
(assert
 (= phase_699 18))
(assert
 (= phase_700 19))
(assert
 (= phase_701 20))
(assert
 (= phase_702 20))
(assert
 (= phase_703 20))
(assert
 (= phase_704 20))
(assert
 (= phase_705 20))
(assert
 (= phase_706 20))
(assert
 (= phase_707 20))
(assert
 (= phase_708 20))
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (= phase_712 22))
(assert
 (= phase_713 22))
(assert
 (= phase_714 22))
(assert
 (= phase_715 22))
(assert
 (= phase_716 22))
(assert
 (= phase_717 23))
(assert
 (= phase_718 22))
(assert
 (= phase_719 22))
(assert
 (= phase_720 22))
(assert
 (= phase_721 22))
(assert
 (= phase_722 22))
(assert
 (= phase_723 22))
(assert
 (= phase_724 22))
(assert
 (= phase_725 22))
(assert
 (= phase_726 23))
(assert
 (= phase_727 22))
(assert
 (= phase_728 22))
(assert
 (= phase_729 22))
(assert
 (= phase_730 22))
(assert
 (= phase_731 22))
(assert
 (= phase_732 22))
(assert
 (= phase_733 22))
(assert
 (= phase_734 22))
(assert
 (= phase_735 23))
(assert
 (= phase_736 22))
(assert
 (= phase_737 22))
(assert
 (= phase_738 22))
(assert
 (= phase_739 22))
(assert
 (= phase_740 22))
(assert
 (= phase_741 22))
(assert
 (= phase_742 22))
(assert
 (= phase_743 22))
(assert
 (= phase_744 23))
(assert
 (= phase_745 22))
(assert
 (= phase_746 22))
(assert
 (= phase_747 22))
(assert
 (= phase_748 22))
(assert
 (= phase_749 22))
(assert
 (= phase_750 22))
(assert
 (= phase_751 22))
(assert
 (= phase_752 22))
(assert
 (= phase_753 23))
(assert
 (= phase_754 22))
(assert
 (= phase_755 22))
(assert
 (= phase_756 22))
(assert
 (= phase_757 22))
(assert
 (= phase_758 22))
(assert
 (= phase_759 22))
(assert
 (= phase_760 22))
(assert
 (= phase_761 22))
(assert
 (= phase_762 23))
(assert
 (= phase_763 22))
(assert
 (= phase_764 22))
(assert
 (= phase_765 22))
(assert
 (= phase_766 22))
(assert
 (= phase_767 22))
(assert
 (= phase_768 22))
(assert
 (= phase_769 22))
(assert
 (= phase_770 22))
(assert
 (= phase_771 23))
(assert
 (= phase_772 22))
(assert
 (= phase_773 22))
(assert
 (= phase_774 22))
(assert
 (= phase_775 22))
(assert
 (= phase_776 22))
(assert
 (= phase_777 22))
(assert
 (= phase_778 22))
(assert
 (= phase_779 22))
(assert
 (= phase_780 23))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_783 12))
(assert
 (= phase_784 12))
(assert
 (= phase_785 12))
(assert
 (= phase_786 12))
(assert
 (= phase_787 12))
(assert
 (= phase_788 12))
(assert
 (= phase_789 12))
(assert
 (= phase_790 12))
(assert
 (= phase_791 12))
(assert
 (= phase_792 12))
(assert
 (= phase_793 12))
(assert
 (= phase_794 12))
(assert
 (= phase_795 12))
(assert
 (= phase_796 12))
(assert
 (= phase_797 12))
(assert
 (= phase_798 12))
(assert
 (= phase_799 12))
(assert
 (= phase_800 12))
(assert
 (= phase_801 12))
(assert
 (= phase_802 12))
(assert
 (= phase_803 12))
(assert
 (= phase_804 12))
(assert
 (= phase_805 12))
(assert
 (= phase_806 12))
(assert
 (= phase_807 12))
(assert
 (= phase_808 12))
(assert
 (= phase_809 12))
(assert
 (= phase_810 12))
(assert
 (= phase_811 12))
(assert
 (= phase_812 12))
(assert
 (= phase_813 12))
(assert
 (= phase_814 12))
(assert
 (= phase_815 12))
(assert
 (= phase_816 12))
(assert
 (= phase_817 13))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (= phase_822 15))
(assert
 (= phase_823 15))
(assert
 (= phase_824 18))
(assert
 (= phase_825 18))
(assert
 (= phase_826 18))
(assert
 (= phase_827 18))
(assert
 (= phase_828 18))
(assert
 (= phase_829 18))
(assert
 (= phase_830 18))
(assert
 (= phase_831 18))
(assert
 (= phase_832 19))
(assert
 (= phase_833 19))
(assert
 (= phase_834 22))
(assert
 (= phase_835 22))
(assert
 (= phase_836 22))
(assert
 (= phase_837 22))
(assert
 (= phase_838 22))
(assert
 (= phase_839 22))
(assert
 (= phase_840 22))
(assert
 (= phase_841 22))
(assert
 (= phase_842 22))
(assert
 (= phase_843 22))
(assert
 (= phase_844 22))
(assert
 (= phase_845 22))
(assert
 (= phase_846 23))
(assert
 (= phase_847 23))
(assert
 (= phase_848 26))
(assert
 (= phase_849 26))
(assert
 (= phase_850 26))
(assert
 (= phase_851 26))
(assert
 (= phase_852 26))
(assert
 (= phase_853 26))
(assert
 (= phase_854 26))
(assert
 (= phase_855 26))
(assert
 (= phase_856 26))
(assert
 (= phase_857 26))
(assert
 (= phase_858 26))
(assert
 (= phase_859 26))
(assert
 (= phase_860 26))
(assert
 (= phase_861 26))
(assert
 (= phase_862 26))
(assert
 (= phase_863 26))
(assert
 (= phase_864 27))
(assert
 (= phase_865 27))
(assert
 (= phase_866 30))
(assert
 (= phase_867 30))
(assert
 (= phase_868 30))
(assert
 (= phase_869 30))
(assert
 (= phase_870 30))
(assert
 (= phase_871 30))
(assert
 (= phase_872 30))
(assert
 (= phase_873 30))
(assert
 (= phase_874 30))
(assert
 (= phase_875 30))
(assert
 (= phase_876 30))
(assert
 (= phase_877 30))
(assert
 (= phase_878 30))
(assert
 (= phase_879 30))
(assert
 (= phase_880 30))
(assert
 (= phase_881 30))
(assert
 (= phase_882 30))
(assert
 (= phase_883 30))
(assert
 (= phase_884 30))
(assert
 (= phase_885 30))
(assert
 (= phase_886 31))
(assert
 (= phase_887 31))
(assert
 (= phase_888 34))
(assert
 (= phase_889 34))
(assert
 (= phase_890 34))
(assert
 (= phase_891 34))
(assert
 (= phase_892 34))
(assert
 (= phase_893 34))
(assert
 (= phase_894 34))
(assert
 (= phase_895 34))
(assert
 (= phase_896 34))
(assert
 (= phase_897 34))
(assert
 (= phase_898 34))
(assert
 (= phase_899 34))
(assert
 (= phase_900 34))
(assert
 (= phase_901 34))
(assert
 (= phase_902 34))
(assert
 (= phase_903 34))
(assert
 (= phase_904 34))
(assert
 (= phase_905 34))
(assert
 (= phase_906 34))
(assert
 (= phase_907 34))
(assert
 (= phase_908 34))
(assert
 (= phase_909 34))
(assert
 (= phase_910 34))
(assert
 (= phase_911 34))
(assert
 (= phase_912 35))
(assert
 (= phase_913 35))
(assert
 (= phase_914 38))
(assert
 (= phase_915 38))
(assert
 (= phase_916 38))
(assert
 (= phase_917 38))
(assert
 (= phase_918 38))
(assert
 (= phase_919 38))
(assert
 (= phase_920 38))
(assert
 (= phase_921 38))
(assert
 (= phase_922 38))
(assert
 (= phase_923 38))
(assert
 (= phase_924 38))
(assert
 (= phase_925 38))
(assert
 (= phase_926 38))
(assert
 (= phase_927 38))
(assert
 (= phase_928 38))
(assert
 (= phase_929 38))
(assert
 (= phase_930 38))
(assert
 (= phase_931 38))
(assert
 (= phase_932 38))
(assert
 (= phase_933 38))
(assert
 (= phase_934 38))
(assert
 (= phase_935 38))
(assert
 (= phase_936 38))
(assert
 (= phase_937 38))
(assert
 (= phase_938 38))
(assert
 (= phase_939 38))
(assert
 (= phase_940 38))
(assert
 (= phase_941 38))
(assert
 (= phase_942 39))
(assert
 (= phase_943 20))
(assert
 (= phase_944 18))
(assert
 (= phase_945 18))
(assert
 (= phase_946 42))
(assert
 (= phase_947 42))
(assert
 (= phase_948 46))
(assert
 (= phase_949 46))
(assert
 (= phase_950 47))
(assert
 (= phase_951 50))
(assert
 (= phase_952 10))
(assert
 (= phase_953 10))
(assert
 (= phase_954 51))
(assert
 (= phase_955 7))
(assert
 (= phase_956 3))
(assert
 (= phase_957 3))
(assert
 (= phase_958 10))
(assert
 (= phase_959 18))
(assert
 (= phase_960 14))
(assert
 (= phase_961 22))
(assert
 (= phase_962 46))
(assert
 (= phase_963 46))
(assert
 (= phase_964 50))
(assert
 (= phase_965 50))
(assert
 (= phase_966 18))
(assert
 (= phase_967 18))
(assert
 (= phase_968 18))
(assert
 (= phase_969 26))
(assert
 (= phase_970 26))
(assert
 (= phase_971 26))
(assert
 (= phase_972 14))
(assert
 (= phase_973 42))
(assert
 (= phase_974 10))
(assert
 (= phase_975 46))
(assert
 (= phase_976 14))
(assert
 (= phase_977 51))
(assert
 (= phase_978 10))
(assert
 (= phase_979 22))
(assert
 (= phase_980 18))
(assert
 (= phase_981 22))
(assert
 (= phase_982 46))
(assert
 (= phase_983 46))
(assert
 (= phase_984 50))
(assert
 (= phase_985 50))
(assert
 (= phase_986 18))
(assert
 (= phase_987 18))
(assert
 (= phase_988 18))
(assert
 (= phase_989 26))
(assert
 (= phase_990 26))
(assert
 (= phase_991 26))
(assert
 (= phase_992 18))
(assert
 (= phase_993 51))
(assert
 (= phase_994 10))
(assert
 (= phase_995 26))
(assert
 (= phase_996 22))
(assert
 (= phase_997 22))
(assert
 (= phase_998 46))
(assert
 (= phase_999 46))
(assert
 (= phase_1000 50))
(assert
 (= phase_1001 50))
(assert
 (= phase_1002 18))
(assert
 (= phase_1003 18))
(assert
 (= phase_1004 18))
(assert
 (= phase_1005 26))
(assert
 (= phase_1006 26))
(assert
 (= phase_1007 26))
(assert
 (= phase_1008 22))
(assert
 (= phase_1009 51))
(assert
 (= phase_1010 10))
(assert
 (= phase_1011 30))
(assert
 (= phase_1012 26))
(assert
 (= phase_1013 22))
(assert
 (= phase_1014 46))
(assert
 (= phase_1015 46))
(assert
 (= phase_1016 50))
(assert
 (= phase_1017 50))
(assert
 (= phase_1018 18))
(assert
 (= phase_1019 18))
(assert
 (= phase_1020 18))
(assert
 (= phase_1021 26))
(assert
 (= phase_1022 26))
(assert
 (= phase_1023 26))
(assert
 (= phase_1024 26))
(assert
 (= phase_1025 51))
(assert
 (= phase_1026 10))
(assert
 (= phase_1027 34))
(assert
 (= phase_1028 30))
(assert
 (= phase_1029 22))
(assert
 (= phase_1030 46))
(assert
 (= phase_1031 46))
(assert
 (= phase_1032 50))
(assert
 (= phase_1033 50))
(assert
 (= phase_1034 18))
(assert
 (= phase_1035 18))
(assert
 (= phase_1036 18))
(assert
 (= phase_1037 26))
(assert
 (= phase_1038 26))
(assert
 (= phase_1039 26))
(assert
 (= phase_1040 30))
(assert
 (= phase_1041 51))
(assert
 (= phase_1042 10))
(assert
 (= phase_1043 38))
(assert
 (= phase_1044 34))
(assert
 (= phase_1045 22))
(assert
 (= phase_1046 46))
(assert
 (= phase_1047 46))
(assert
 (= phase_1048 50))
(assert
 (= phase_1049 50))
(assert
 (= phase_1050 18))
(assert
 (= phase_1051 18))
(assert
 (= phase_1052 18))
(assert
 (= phase_1053 26))
(assert
 (= phase_1054 26))
(assert
 (= phase_1055 26))
(assert
 (= phase_1056 34))
(assert
 (= phase_1057 51))
(assert
 (= phase_1058 10))
(assert
 (= phase_1059 42))
(assert
 (= phase_1060 38))
(assert
 (= phase_1061 22))
(assert
 (= phase_1062 46))
(assert
 (= phase_1063 46))
(assert
 (= phase_1064 50))
(assert
 (= phase_1065 50))
(assert
 (= phase_1066 18))
(assert
 (= phase_1067 18))
(assert
 (= phase_1068 18))
(assert
 (= phase_1069 26))
(assert
 (= phase_1070 26))
(assert
 (= phase_1071 26))
(assert
 (= phase_1072 38))
(assert
 (= phase_1073 51))
(assert
 (= phase_1074 10))
(assert
 (= phase_1075 46))
(assert
 (= phase_1076 42))
(assert
 (= phase_1077 22))
(assert
 (= phase_1078 46))
(assert
 (= phase_1079 46))
(assert
 (= phase_1080 50))
(assert
 (= phase_1081 50))
(assert
 (= phase_1082 18))
(assert
 (= phase_1083 18))
(assert
 (= phase_1084 18))
(assert
 (= phase_1085 26))
(assert
 (= phase_1086 26))
(assert
 (= phase_1087 26))
(assert
 (= phase_1088 42))
(assert
 (= phase_1089 51))
(assert
 (= phase_1090 7))
(assert
 (= phase_1091 21))
(assert
 (= phase_1092 10))
(assert
 (= phase_1093 10))
(assert
 (= phase_1094 10))
(assert
 (= phase_1095 10))
(assert
 (= phase_1096 10))
(assert
 (= phase_1097 10))
(assert
 (= phase_1098 10))
(assert
 (= phase_1099 10))
(assert
 (= phase_1100 10))
(assert
 (= phase_1101 10))
(assert
 (= phase_1102 10))
(assert
 (= phase_1103 10))
(assert
 (= phase_1104 10))
(assert
 (= phase_1105 10))
(assert
 (= phase_1106 10))
(assert
 (= phase_1107 10))
(assert
 (let (($x37765 (> phase_1107 51)))
 (let (($x37763 (> phase_1106 51)))
 (let (($x37761 (> phase_1105 51)))
 (let (($x37759 (> phase_1104 51)))
 (let (($x37757 (> phase_1103 51)))
 (let (($x37755 (> phase_1102 51)))
 (let (($x37753 (> phase_1101 51)))
 (let (($x37751 (> phase_1100 51)))
 (let (($x37749 (> phase_1099 51)))
 (let (($x37747 (> phase_1098 51)))
 (let (($x37745 (> phase_1097 51)))
 (let (($x37743 (> phase_1096 51)))
 (let (($x37741 (> phase_1095 51)))
 (let (($x37739 (> phase_1094 51)))
 (let (($x37737 (> phase_1093 51)))
 (let (($x37735 (> phase_1092 51)))
 (let (($x37733 (> phase_1091 51)))
 (let (($x37731 (> phase_1090 51)))
 (let (($x37729 (> phase_1089 51)))
 (let (($x37727 (> phase_1088 51)))
 (let (($x37725 (> phase_1087 51)))
 (let (($x37723 (> phase_1086 51)))
 (let (($x37721 (> phase_1085 51)))
 (let (($x37719 (> phase_1084 51)))
 (let (($x37717 (> phase_1083 51)))
 (let (($x37715 (> phase_1082 51)))
 (let (($x37713 (> phase_1081 51)))
 (let (($x37711 (> phase_1080 51)))
 (let (($x37709 (> phase_1079 51)))
 (let (($x37707 (> phase_1078 51)))
 (let (($x37705 (> phase_1077 51)))
 (let (($x37703 (> phase_1076 51)))
 (let (($x37701 (> phase_1075 51)))
 (let (($x37699 (> phase_1074 51)))
 (let (($x37697 (> phase_1073 51)))
 (let (($x37695 (> phase_1072 51)))
 (let (($x37693 (> phase_1071 51)))
 (let (($x37691 (> phase_1070 51)))
 (let (($x37689 (> phase_1069 51)))
 (let (($x37687 (> phase_1068 51)))
 (let (($x37685 (> phase_1067 51)))
 (let (($x37683 (> phase_1066 51)))
 (let (($x37681 (> phase_1065 51)))
 (let (($x37679 (> phase_1064 51)))
 (let (($x37677 (> phase_1063 51)))
 (let (($x37675 (> phase_1062 51)))
 (let (($x37673 (> phase_1061 51)))
 (let (($x37671 (> phase_1060 51)))
 (let (($x37669 (> phase_1059 51)))
 (let (($x37667 (> phase_1058 51)))
 (let (($x37665 (> phase_1057 51)))
 (let (($x37663 (> phase_1056 51)))
 (let (($x37661 (> phase_1055 51)))
 (let (($x37659 (> phase_1054 51)))
 (let (($x37657 (> phase_1053 51)))
 (let (($x37655 (> phase_1052 51)))
 (let (($x37653 (> phase_1051 51)))
 (let (($x37651 (> phase_1050 51)))
 (let (($x37649 (> phase_1049 51)))
 (let (($x37647 (> phase_1048 51)))
 (let (($x37645 (> phase_1047 51)))
 (let (($x37643 (> phase_1046 51)))
 (let (($x37641 (> phase_1045 51)))
 (let (($x37639 (> phase_1044 51)))
 (let (($x37637 (> phase_1043 51)))
 (let (($x37635 (> phase_1042 51)))
 (let (($x37633 (> phase_1041 51)))
 (let (($x37631 (> phase_1040 51)))
 (let (($x37629 (> phase_1039 51)))
 (let (($x37627 (> phase_1038 51)))
 (let (($x37625 (> phase_1037 51)))
 (let (($x37623 (> phase_1036 51)))
 (let (($x37621 (> phase_1035 51)))
 (let (($x37619 (> phase_1034 51)))
 (let (($x37617 (> phase_1033 51)))
 (let (($x37615 (> phase_1032 51)))
 (let (($x37613 (> phase_1031 51)))
 (let (($x37611 (> phase_1030 51)))
 (let (($x37609 (> phase_1029 51)))
 (let (($x37607 (> phase_1028 51)))
 (let (($x37605 (> phase_1027 51)))
 (let (($x37603 (> phase_1026 51)))
 (let (($x37601 (> phase_1025 51)))
 (let (($x37599 (> phase_1024 51)))
 (let (($x37597 (> phase_1023 51)))
 (let (($x37595 (> phase_1022 51)))
 (let (($x37593 (> phase_1021 51)))
 (let (($x37591 (> phase_1020 51)))
 (let (($x37589 (> phase_1019 51)))
 (let (($x37587 (> phase_1018 51)))
 (let (($x37585 (> phase_1017 51)))
 (let (($x37583 (> phase_1016 51)))
 (let (($x37581 (> phase_1015 51)))
 (let (($x37579 (> phase_1014 51)))
 (let (($x37577 (> phase_1013 51)))
 (let (($x37575 (> phase_1012 51)))
 (let (($x37573 (> phase_1011 51)))
 (let (($x37571 (> phase_1010 51)))
 (let (($x37569 (> phase_1009 51)))
 (let (($x37567 (> phase_1008 51)))
 (let (($x37565 (> phase_1007 51)))
 (let (($x37563 (> phase_1006 51)))
 (let (($x37561 (> phase_1005 51)))
 (let (($x37559 (> phase_1004 51)))
 (let (($x37557 (> phase_1003 51)))
 (let (($x37555 (> phase_1002 51)))
 (let (($x37553 (> phase_1001 51)))
 (let (($x37551 (> phase_1000 51)))
 (let (($x37549 (> phase_999 51)))
 (let (($x37547 (> phase_998 51)))
 (let (($x37545 (> phase_997 51)))
 (let (($x37543 (> phase_996 51)))
 (let (($x37541 (> phase_995 51)))
 (let (($x37539 (> phase_994 51)))
 (let (($x37537 (> phase_993 51)))
 (let (($x37535 (> phase_992 51)))
 (let (($x37533 (> phase_991 51)))
 (let (($x37531 (> phase_990 51)))
 (let (($x37529 (> phase_989 51)))
 (let (($x37527 (> phase_988 51)))
 (let (($x37525 (> phase_987 51)))
 (let (($x37523 (> phase_986 51)))
 (let (($x37521 (> phase_985 51)))
 (let (($x37519 (> phase_984 51)))
 (let (($x37517 (> phase_983 51)))
 (let (($x37515 (> phase_982 51)))
 (let (($x37513 (> phase_981 51)))
 (let (($x37511 (> phase_980 51)))
 (let (($x37509 (> phase_979 51)))
 (let (($x37507 (> phase_978 51)))
 (let (($x37505 (> phase_977 51)))
 (let (($x37503 (> phase_976 51)))
 (let (($x37501 (> phase_975 51)))
 (let (($x37499 (> phase_974 51)))
 (let (($x37497 (> phase_973 51)))
 (let (($x37495 (> phase_972 51)))
 (let (($x37493 (> phase_971 51)))
 (let (($x37491 (> phase_970 51)))
 (let (($x37489 (> phase_969 51)))
 (let (($x37487 (> phase_968 51)))
 (let (($x37485 (> phase_967 51)))
 (let (($x37483 (> phase_966 51)))
 (let (($x37481 (> phase_965 51)))
 (let (($x37479 (> phase_964 51)))
 (let (($x37477 (> phase_963 51)))
 (let (($x37475 (> phase_962 51)))
 (let (($x37473 (> phase_961 51)))
 (let (($x37471 (> phase_960 51)))
 (let (($x37469 (> phase_959 51)))
 (let (($x37467 (> phase_958 51)))
 (let (($x37465 (> phase_957 51)))
 (let (($x37463 (> phase_956 51)))
 (let (($x37461 (> phase_955 51)))
 (let (($x37459 (> phase_954 51)))
 (let (($x37457 (> phase_953 51)))
 (let (($x37455 (> phase_952 51)))
 (let (($x37453 (> phase_951 51)))
 (let (($x37451 (> phase_950 51)))
 (let (($x37449 (> phase_949 51)))
 (let (($x37447 (> phase_948 51)))
 (let (($x37445 (> phase_947 51)))
 (let (($x37443 (> phase_946 51)))
 (let (($x37441 (> phase_945 51)))
 (let (($x37439 (> phase_944 51)))
 (let (($x37437 (> phase_943 51)))
 (let (($x37435 (> phase_942 51)))
 (let (($x37433 (> phase_941 51)))
 (let (($x37431 (> phase_940 51)))
 (let (($x37429 (> phase_939 51)))
 (let (($x37427 (> phase_938 51)))
 (let (($x37425 (> phase_937 51)))
 (let (($x37423 (> phase_936 51)))
 (let (($x37421 (> phase_935 51)))
 (let (($x37419 (> phase_934 51)))
 (let (($x37417 (> phase_933 51)))
 (let (($x37415 (> phase_932 51)))
 (let (($x37413 (> phase_931 51)))
 (let (($x37411 (> phase_930 51)))
 (let (($x37409 (> phase_929 51)))
 (let (($x37407 (> phase_928 51)))
 (let (($x37405 (> phase_927 51)))
 (let (($x37403 (> phase_926 51)))
 (let (($x37401 (> phase_925 51)))
 (let (($x37399 (> phase_924 51)))
 (let (($x37397 (> phase_923 51)))
 (let (($x37395 (> phase_922 51)))
 (let (($x37393 (> phase_921 51)))
 (let (($x37391 (> phase_920 51)))
 (let (($x37389 (> phase_919 51)))
 (let (($x37387 (> phase_918 51)))
 (let (($x37385 (> phase_917 51)))
 (let (($x37383 (> phase_916 51)))
 (let (($x37381 (> phase_915 51)))
 (let (($x37379 (> phase_914 51)))
 (let (($x37377 (> phase_913 51)))
 (let (($x37375 (> phase_912 51)))
 (let (($x37373 (> phase_911 51)))
 (let (($x37371 (> phase_910 51)))
 (let (($x37369 (> phase_909 51)))
 (let (($x37367 (> phase_908 51)))
 (let (($x37365 (> phase_907 51)))
 (let (($x37363 (> phase_906 51)))
 (let (($x37361 (> phase_905 51)))
 (let (($x37359 (> phase_904 51)))
 (let (($x37357 (> phase_903 51)))
 (let (($x37355 (> phase_902 51)))
 (let (($x37353 (> phase_901 51)))
 (let (($x37351 (> phase_900 51)))
 (let (($x37349 (> phase_899 51)))
 (let (($x37347 (> phase_898 51)))
 (let (($x37345 (> phase_897 51)))
 (let (($x37343 (> phase_896 51)))
 (let (($x37341 (> phase_895 51)))
 (let (($x37339 (> phase_894 51)))
 (let (($x37337 (> phase_893 51)))
 (let (($x37335 (> phase_892 51)))
 (let (($x37333 (> phase_891 51)))
 (let (($x37331 (> phase_890 51)))
 (let (($x37329 (> phase_889 51)))
 (let (($x37327 (> phase_888 51)))
 (let (($x37325 (> phase_887 51)))
 (let (($x37323 (> phase_886 51)))
 (let (($x37321 (> phase_885 51)))
 (let (($x37319 (> phase_884 51)))
 (let (($x37317 (> phase_883 51)))
 (let (($x37315 (> phase_882 51)))
 (let (($x37313 (> phase_881 51)))
 (let (($x37311 (> phase_880 51)))
 (let (($x37309 (> phase_879 51)))
 (let (($x37307 (> phase_878 51)))
 (let (($x37305 (> phase_877 51)))
 (let (($x37303 (> phase_876 51)))
 (let (($x37301 (> phase_875 51)))
 (let (($x37299 (> phase_874 51)))
 (let (($x37297 (> phase_873 51)))
 (let (($x37295 (> phase_872 51)))
 (let (($x37293 (> phase_871 51)))
 (let (($x37291 (> phase_870 51)))
 (let (($x37289 (> phase_869 51)))
 (let (($x37287 (> phase_868 51)))
 (let (($x37285 (> phase_867 51)))
 (let (($x37283 (> phase_866 51)))
 (let (($x37281 (> phase_865 51)))
 (let (($x37279 (> phase_864 51)))
 (let (($x37277 (> phase_863 51)))
 (let (($x37275 (> phase_862 51)))
 (let (($x37273 (> phase_861 51)))
 (let (($x37271 (> phase_860 51)))
 (let (($x37269 (> phase_859 51)))
 (let (($x37267 (> phase_858 51)))
 (let (($x37265 (> phase_857 51)))
 (let (($x37263 (> phase_856 51)))
 (let (($x37261 (> phase_855 51)))
 (let (($x37259 (> phase_854 51)))
 (let (($x37257 (> phase_853 51)))
 (let (($x37255 (> phase_852 51)))
 (let (($x37253 (> phase_851 51)))
 (let (($x37251 (> phase_850 51)))
 (let (($x37249 (> phase_849 51)))
 (let (($x37247 (> phase_848 51)))
 (let (($x37245 (> phase_847 51)))
 (let (($x37243 (> phase_846 51)))
 (let (($x37241 (> phase_845 51)))
 (let (($x37239 (> phase_844 51)))
 (let (($x37237 (> phase_843 51)))
 (let (($x37235 (> phase_842 51)))
 (let (($x37233 (> phase_841 51)))
 (let (($x37231 (> phase_840 51)))
 (let (($x37229 (> phase_839 51)))
 (let (($x37227 (> phase_838 51)))
 (let (($x37225 (> phase_837 51)))
 (let (($x37223 (> phase_836 51)))
 (let (($x37221 (> phase_835 51)))
 (let (($x37219 (> phase_834 51)))
 (let (($x37217 (> phase_833 51)))
 (let (($x37215 (> phase_832 51)))
 (let (($x37213 (> phase_831 51)))
 (let (($x37211 (> phase_830 51)))
 (let (($x37209 (> phase_829 51)))
 (let (($x37207 (> phase_828 51)))
 (let (($x37205 (> phase_827 51)))
 (let (($x37203 (> phase_826 51)))
 (let (($x37201 (> phase_825 51)))
 (let (($x37199 (> phase_824 51)))
 (let (($x37197 (> phase_823 51)))
 (let (($x37195 (> phase_822 51)))
 (let (($x37193 (> phase_821 51)))
 (let (($x37191 (> phase_820 51)))
 (let (($x37189 (> phase_819 51)))
 (let (($x37187 (> phase_818 51)))
 (let (($x37185 (> phase_817 51)))
 (let (($x37183 (> phase_816 51)))
 (let (($x37181 (> phase_815 51)))
 (let (($x37179 (> phase_814 51)))
 (let (($x37177 (> phase_813 51)))
 (let (($x37175 (> phase_812 51)))
 (let (($x37173 (> phase_811 51)))
 (let (($x37171 (> phase_810 51)))
 (let (($x37169 (> phase_809 51)))
 (let (($x37167 (> phase_808 51)))
 (let (($x37165 (> phase_807 51)))
 (let (($x37163 (> phase_806 51)))
 (let (($x37161 (> phase_805 51)))
 (let (($x37159 (> phase_804 51)))
 (let (($x37157 (> phase_803 51)))
 (let (($x37155 (> phase_802 51)))
 (let (($x37153 (> phase_801 51)))
 (let (($x37151 (> phase_800 51)))
 (let (($x37149 (> phase_799 51)))
 (let (($x37147 (> phase_798 51)))
 (let (($x37145 (> phase_797 51)))
 (let (($x37143 (> phase_796 51)))
 (let (($x37141 (> phase_795 51)))
 (let (($x37139 (> phase_794 51)))
 (let (($x37137 (> phase_793 51)))
 (let (($x37135 (> phase_792 51)))
 (let (($x37133 (> phase_791 51)))
 (let (($x37131 (> phase_790 51)))
 (let (($x37129 (> phase_789 51)))
 (let (($x37127 (> phase_788 51)))
 (let (($x37125 (> phase_787 51)))
 (let (($x37123 (> phase_786 51)))
 (let (($x37121 (> phase_785 51)))
 (let (($x37119 (> phase_784 51)))
 (let (($x37117 (> phase_783 51)))
 (let (($x37115 (> phase_782 51)))
 (let (($x37113 (> phase_781 51)))
 (let (($x37111 (> phase_780 51)))
 (let (($x37109 (> phase_779 51)))
 (let (($x37107 (> phase_778 51)))
 (let (($x37105 (> phase_777 51)))
 (let (($x37103 (> phase_776 51)))
 (let (($x37101 (> phase_775 51)))
 (let (($x37099 (> phase_774 51)))
 (let (($x37097 (> phase_773 51)))
 (let (($x37095 (> phase_772 51)))
 (let (($x37093 (> phase_771 51)))
 (let (($x37091 (> phase_770 51)))
 (let (($x37089 (> phase_769 51)))
 (let (($x37087 (> phase_768 51)))
 (let (($x37085 (> phase_767 51)))
 (let (($x37083 (> phase_766 51)))
 (let (($x37081 (> phase_765 51)))
 (let (($x37079 (> phase_764 51)))
 (let (($x37077 (> phase_763 51)))
 (let (($x37075 (> phase_762 51)))
 (let (($x37073 (> phase_761 51)))
 (let (($x37071 (> phase_760 51)))
 (let (($x37069 (> phase_759 51)))
 (let (($x37067 (> phase_758 51)))
 (let (($x37065 (> phase_757 51)))
 (let (($x37063 (> phase_756 51)))
 (let (($x37061 (> phase_755 51)))
 (let (($x37059 (> phase_754 51)))
 (let (($x37057 (> phase_753 51)))
 (let (($x37055 (> phase_752 51)))
 (let (($x37053 (> phase_751 51)))
 (let (($x37051 (> phase_750 51)))
 (let (($x37049 (> phase_749 51)))
 (let (($x37047 (> phase_748 51)))
 (let (($x37045 (> phase_747 51)))
 (let (($x37043 (> phase_746 51)))
 (let (($x37041 (> phase_745 51)))
 (let (($x37039 (> phase_744 51)))
 (let (($x37037 (> phase_743 51)))
 (let (($x37035 (> phase_742 51)))
 (let (($x37033 (> phase_741 51)))
 (let (($x37031 (> phase_740 51)))
 (let (($x37029 (> phase_739 51)))
 (let (($x37027 (> phase_738 51)))
 (let (($x37025 (> phase_737 51)))
 (let (($x37023 (> phase_736 51)))
 (let (($x37021 (> phase_735 51)))
 (let (($x37019 (> phase_734 51)))
 (let (($x37017 (> phase_733 51)))
 (let (($x37015 (> phase_732 51)))
 (let (($x37013 (> phase_731 51)))
 (let (($x37011 (> phase_730 51)))
 (let (($x37009 (> phase_729 51)))
 (let (($x37007 (> phase_728 51)))
 (let (($x37005 (> phase_727 51)))
 (let (($x37003 (> phase_726 51)))
 (let (($x37001 (> phase_725 51)))
 (let (($x36999 (> phase_724 51)))
 (let (($x36997 (> phase_723 51)))
 (let (($x36995 (> phase_722 51)))
 (let (($x36993 (> phase_721 51)))
 (let (($x36991 (> phase_720 51)))
 (let (($x36989 (> phase_719 51)))
 (let (($x36987 (> phase_718 51)))
 (let (($x36985 (> phase_717 51)))
 (let (($x36983 (> phase_716 51)))
 (let (($x36981 (> phase_715 51)))
 (let (($x36979 (> phase_714 51)))
 (let (($x36977 (> phase_713 51)))
 (let (($x36975 (> phase_712 51)))
 (let (($x36973 (> phase_711 51)))
 (let (($x36971 (> phase_710 51)))
 (let (($x36969 (> phase_709 51)))
 (let (($x36967 (> phase_708 51)))
 (let (($x36965 (> phase_707 51)))
 (let (($x36963 (> phase_706 51)))
 (let (($x36961 (> phase_705 51)))
 (let (($x36959 (> phase_704 51)))
 (let (($x36957 (> phase_703 51)))
 (let (($x36955 (> phase_702 51)))
 (let (($x36953 (> phase_701 51)))
 (let (($x36951 (> phase_700 51)))
 (let (($x36949 (> phase_699 51)))
 (let (($x36947 (> phase_698 51)))
 (let (($x36945 (> phase_697 51)))
 (let (($x36943 (> phase_696 51)))
 (let (($x36941 (> phase_695 51)))
 (let (($x36939 (> phase_694 51)))
 (let (($x36937 (> phase_693 51)))
 (let (($x36935 (> phase_692 51)))
 (let (($x36933 (> phase_691 51)))
 (let (($x36931 (> phase_690 51)))
 (let (($x36929 (> phase_689 51)))
 (let (($x36927 (> phase_688 51)))
 (let (($x36925 (> phase_687 51)))
 (let (($x36923 (> phase_686 51)))
 (let (($x36921 (> phase_685 51)))
 (let (($x36919 (> phase_684 51)))
 (let (($x36917 (> phase_683 51)))
 (let (($x36915 (> phase_682 51)))
 (let (($x36913 (> phase_681 51)))
 (let (($x36911 (> phase_680 51)))
 (let (($x36909 (> phase_679 51)))
 (let (($x36907 (> phase_678 51)))
 (let (($x36905 (> phase_677 51)))
 (let (($x36903 (> phase_676 51)))
 (let (($x36901 (> phase_675 51)))
 (let (($x36899 (> phase_674 51)))
 (let (($x36897 (> phase_673 51)))
 (let (($x36895 (> phase_672 51)))
 (let (($x36893 (> phase_671 51)))
 (let (($x36891 (> phase_670 51)))
 (let (($x36889 (> phase_669 51)))
 (let (($x36887 (> phase_668 51)))
 (let (($x36885 (> phase_667 51)))
 (let (($x36883 (> phase_666 51)))
 (let (($x36881 (> phase_665 51)))
 (let (($x36879 (> phase_664 51)))
 (let (($x36877 (> phase_663 51)))
 (let (($x36875 (> phase_662 51)))
 (let (($x36873 (> phase_661 51)))
 (let (($x36871 (> phase_660 51)))
 (let (($x36869 (> phase_659 51)))
 (let (($x36867 (> phase_658 51)))
 (let (($x36865 (> phase_657 51)))
 (let (($x36863 (> phase_656 51)))
 (let (($x36861 (> phase_655 51)))
 (let (($x36859 (> phase_654 51)))
 (let (($x36857 (> phase_653 51)))
 (let (($x36855 (> phase_652 51)))
 (let (($x36853 (> phase_651 51)))
 (let (($x36851 (> phase_650 51)))
 (let (($x36849 (> phase_649 51)))
 (let (($x36847 (> phase_648 51)))
 (let (($x36845 (> phase_647 51)))
 (let (($x36843 (> phase_646 51)))
 (let (($x36841 (> phase_645 51)))
 (let (($x36839 (> phase_644 51)))
 (let (($x36837 (> phase_643 51)))
 (let (($x36835 (> phase_642 51)))
 (let (($x36833 (> phase_641 51)))
 (let (($x36831 (> phase_640 51)))
 (let (($x36829 (> phase_639 51)))
 (let (($x36827 (> phase_638 51)))
 (let (($x36825 (> phase_637 51)))
 (let (($x36823 (> phase_636 51)))
 (let (($x36821 (> phase_635 51)))
 (let (($x36819 (> phase_634 51)))
 (let (($x36817 (> phase_633 51)))
 (let (($x36815 (> phase_632 51)))
 (let (($x36813 (> phase_631 51)))
 (let (($x36811 (> phase_630 51)))
 (let (($x36809 (> phase_629 51)))
 (let (($x36807 (> phase_628 51)))
 (let (($x36805 (> phase_627 51)))
 (let (($x36803 (> phase_626 51)))
 (let (($x36801 (> phase_625 51)))
 (let (($x36799 (> phase_624 51)))
 (let (($x36797 (> phase_623 51)))
 (let (($x36795 (> phase_622 51)))
 (let (($x36793 (> phase_621 51)))
 (let (($x36791 (> phase_620 51)))
 (let (($x36789 (> phase_619 51)))
 (let (($x36787 (> phase_618 51)))
 (let (($x36785 (> phase_617 51)))
 (let (($x36783 (> phase_616 51)))
 (let (($x36781 (> phase_615 51)))
 (let (($x36779 (> phase_614 51)))
 (let (($x36777 (> phase_613 51)))
 (let (($x36775 (> phase_612 51)))
 (let (($x36773 (> phase_611 51)))
 (let (($x36771 (> phase_610 51)))
 (let (($x36769 (> phase_609 51)))
 (let (($x36767 (> phase_608 51)))
 (let (($x36765 (> phase_607 51)))
 (let (($x36763 (> phase_606 51)))
 (let (($x36761 (> phase_605 51)))
 (let (($x36759 (> phase_604 51)))
 (let (($x36757 (> phase_603 51)))
 (let (($x36755 (> phase_602 51)))
 (let (($x36753 (> phase_601 51)))
 (let (($x36751 (> phase_600 51)))
 (let (($x36749 (> phase_599 51)))
 (let (($x36747 (> phase_598 51)))
 (let (($x36745 (> phase_597 51)))
 (let (($x36743 (> phase_596 51)))
 (let (($x36741 (> phase_595 51)))
 (let (($x36739 (> phase_594 51)))
 (let (($x36737 (> phase_593 51)))
 (let (($x36735 (> phase_592 51)))
 (let (($x36733 (> phase_591 51)))
 (let (($x36731 (> phase_590 51)))
 (let (($x36729 (> phase_589 51)))
 (let (($x36727 (> phase_588 51)))
 (let (($x36725 (> phase_587 51)))
 (let (($x36723 (> phase_586 51)))
 (let (($x36721 (> phase_585 51)))
 (let (($x36719 (> phase_584 51)))
 (let (($x36717 (> phase_583 51)))
 (let (($x36715 (> phase_582 51)))
 (let (($x36713 (> phase_581 51)))
 (let (($x36711 (> phase_580 51)))
 (let (($x36709 (> phase_579 51)))
 (let (($x36707 (> phase_578 51)))
 (let (($x36705 (> phase_577 51)))
 (let (($x36703 (> phase_576 51)))
 (let (($x36701 (> phase_575 51)))
 (let (($x36699 (> phase_574 51)))
 (let (($x36697 (> phase_573 51)))
 (let (($x36695 (> phase_572 51)))
 (let (($x36693 (> phase_571 51)))
 (let (($x36691 (> phase_570 51)))
 (let (($x36689 (> phase_569 51)))
 (let (($x36687 (> phase_568 51)))
 (let (($x36685 (> phase_567 51)))
 (let (($x36683 (> phase_566 51)))
 (let (($x36681 (> phase_565 51)))
 (let (($x36679 (> phase_564 51)))
 (let (($x36677 (> phase_563 51)))
 (let (($x36675 (> phase_562 51)))
 (let (($x36673 (> phase_561 51)))
 (let (($x36671 (> phase_560 51)))
 (let (($x36669 (> phase_559 51)))
 (let (($x36667 (> phase_558 51)))
 (let (($x36665 (> phase_557 51)))
 (let (($x36663 (> phase_556 51)))
 (let (($x36661 (> phase_555 51)))
 (let (($x36659 (> phase_554 51)))
 (let (($x36657 (> phase_553 51)))
 (let (($x36655 (> phase_552 51)))
 (let (($x36653 (> phase_551 51)))
 (let (($x36651 (> phase_550 51)))
 (let (($x36649 (> phase_549 51)))
 (let (($x36647 (> phase_548 51)))
 (let (($x36645 (> phase_547 51)))
 (let (($x36643 (> phase_546 51)))
 (let (($x36637 (> phase_545 51)))
 (let (($x36635 (> phase_544 51)))
 (let (($x36633 (> phase_543 51)))
 (let (($x36631 (> phase_542 51)))
 (let (($x36629 (> phase_541 51)))
 (let (($x36627 (> phase_540 51)))
 (let (($x36625 (> phase_539 51)))
 (let (($x36623 (> phase_538 51)))
 (let (($x36621 (> phase_537 51)))
 (let (($x36619 (> phase_536 51)))
 (let (($x36617 (> phase_535 51)))
 (let (($x36615 (> phase_534 51)))
 (let (($x36613 (> phase_533 51)))
 (let (($x36611 (> phase_532 51)))
 (let (($x36609 (> phase_531 51)))
 (let (($x36607 (> phase_530 51)))
 (let (($x36605 (> phase_529 51)))
 (let (($x36603 (> phase_528 51)))
 (let (($x36601 (> phase_527 51)))
 (let (($x36599 (> phase_526 51)))
 (let (($x36597 (> phase_525 51)))
 (let (($x36595 (> phase_524 51)))
 (let (($x36593 (> phase_523 51)))
 (let (($x36591 (> phase_522 51)))
 (let (($x36589 (> phase_521 51)))
 (let (($x36587 (> phase_520 51)))
 (let (($x36583 (> phase_519 51)))
 (let (($x36581 (> phase_518 51)))
 (let (($x36579 (> phase_517 51)))
 (let (($x36577 (> phase_516 51)))
 (let (($x36575 (> phase_515 51)))
 (let (($x36573 (> phase_514 51)))
 (let (($x36571 (> phase_513 51)))
 (let (($x36569 (> phase_512 51)))
 (let (($x36567 (> phase_511 51)))
 (let (($x36565 (> phase_510 51)))
 (let (($x36563 (> phase_509 51)))
 (let (($x36561 (> phase_508 51)))
 (let (($x36559 (> phase_507 51)))
 (let (($x36557 (> phase_506 51)))
 (let (($x36555 (> phase_505 51)))
 (let (($x36553 (> phase_504 51)))
 (let (($x36551 (> phase_503 51)))
 (let (($x36549 (> phase_502 51)))
 (let (($x36547 (> phase_501 51)))
 (let (($x36545 (> phase_500 51)))
 (let (($x36543 (> phase_499 51)))
 (let (($x36541 (> phase_498 51)))
 (let (($x36539 (> phase_497 51)))
 (let (($x36537 (> phase_496 51)))
 (let (($x36535 (> phase_495 51)))
 (let (($x36533 (> phase_494 51)))
 (let (($x36531 (> phase_493 51)))
 (let (($x36529 (> phase_492 51)))
 (let (($x36527 (> phase_491 51)))
 (let (($x36525 (> phase_490 51)))
 (let (($x36523 (> phase_489 51)))
 (let (($x36521 (> phase_488 51)))
 (let (($x36519 (> phase_487 51)))
 (let (($x36517 (> phase_486 51)))
 (let (($x36515 (> phase_485 51)))
 (let (($x36513 (> phase_484 51)))
 (let (($x36511 (> phase_483 51)))
 (let (($x36509 (> phase_482 51)))
 (let (($x36507 (> phase_481 51)))
 (let (($x36505 (> phase_480 51)))
 (let (($x36503 (> phase_479 51)))
 (let (($x36501 (> phase_478 51)))
 (let (($x36499 (> phase_477 51)))
 (let (($x36497 (> phase_476 51)))
 (let (($x36495 (> phase_475 51)))
 (let (($x36493 (> phase_474 51)))
 (let (($x36491 (> phase_473 51)))
 (let (($x36489 (> phase_472 51)))
 (let (($x36487 (> phase_471 51)))
 (let (($x36485 (> phase_470 51)))
 (let (($x36483 (> phase_469 51)))
 (let (($x36481 (> phase_468 51)))
 (let (($x36479 (> phase_467 51)))
 (let (($x36477 (> phase_466 51)))
 (let (($x36475 (> phase_465 51)))
 (let (($x36473 (> phase_464 51)))
 (let (($x36471 (> phase_463 51)))
 (let (($x36469 (> phase_462 51)))
 (let (($x36467 (> phase_461 51)))
 (let (($x36465 (> phase_460 51)))
 (let (($x36463 (> phase_459 51)))
 (let (($x36461 (> phase_458 51)))
 (let (($x36459 (> phase_457 51)))
 (let (($x36457 (> phase_456 51)))
 (let (($x36455 (> phase_455 51)))
 (let (($x36453 (> phase_454 51)))
 (let (($x36451 (> phase_453 51)))
 (let (($x36449 (> phase_452 51)))
 (let (($x36447 (> phase_451 51)))
 (let (($x36445 (> phase_450 51)))
 (let (($x36443 (> phase_449 51)))
 (let (($x36441 (> phase_448 51)))
 (let (($x36439 (> phase_447 51)))
 (let (($x36437 (> phase_446 51)))
 (let (($x36435 (> phase_445 51)))
 (let (($x36431 (> phase_444 51)))
 (let (($x36429 (> phase_443 51)))
 (let (($x36427 (> phase_442 51)))
 (let (($x36423 (> phase_441 51)))
 (let (($x36421 (> phase_440 51)))
 (let (($x36419 (> phase_439 51)))
 (let (($x36415 (> phase_438 51)))
 (let (($x36413 (> phase_437 51)))
 (let (($x36411 (> phase_436 51)))
 (let (($x36407 (> phase_435 51)))
 (let (($x36405 (> phase_434 51)))
 (let (($x36403 (> phase_433 51)))
 (let (($x36399 (> phase_432 51)))
 (let (($x36397 (> phase_431 51)))
 (let (($x36395 (> phase_430 51)))
 (let (($x36393 (> phase_429 51)))
 (let (($x36391 (> phase_428 51)))
 (let (($x36389 (> phase_427 51)))
 (let (($x36387 (> phase_426 51)))
 (let (($x36385 (> phase_425 51)))
 (let (($x36383 (> phase_424 51)))
 (let (($x36381 (> phase_423 51)))
 (let (($x36379 (> phase_422 51)))
 (let (($x36377 (> phase_421 51)))
 (let (($x36375 (> phase_420 51)))
 (let (($x36373 (> phase_419 51)))
 (let (($x36371 (> phase_418 51)))
 (let (($x36369 (> phase_417 51)))
 (let (($x36367 (> phase_416 51)))
 (let (($x36365 (> phase_415 51)))
 (let (($x36363 (> phase_414 51)))
 (let (($x36361 (> phase_413 51)))
 (let (($x36359 (> phase_412 51)))
 (let (($x36357 (> phase_411 51)))
 (let (($x36355 (> phase_410 51)))
 (let (($x36353 (> phase_409 51)))
 (let (($x36351 (> phase_408 51)))
 (let (($x36349 (> phase_407 51)))
 (let (($x36347 (> phase_406 51)))
 (let (($x36345 (> phase_405 51)))
 (let (($x36343 (> phase_404 51)))
 (let (($x36341 (> phase_403 51)))
 (let (($x36339 (> phase_402 51)))
 (let (($x36337 (> phase_401 51)))
 (let (($x36335 (> phase_400 51)))
 (let (($x36333 (> phase_399 51)))
 (let (($x36331 (> phase_398 51)))
 (let (($x36329 (> phase_397 51)))
 (let (($x36325 (> phase_396 51)))
 (let (($x36319 (> phase_395 51)))
 (let (($x36317 (> phase_394 51)))
 (let (($x36315 (> phase_393 51)))
 (let (($x36313 (> phase_392 51)))
 (let (($x36311 (> phase_391 51)))
 (let (($x36309 (> phase_390 51)))
 (let (($x36307 (> phase_389 51)))
 (let (($x36305 (> phase_388 51)))
 (let (($x36303 (> phase_387 51)))
 (let (($x36301 (> phase_386 51)))
 (let (($x36299 (> phase_385 51)))
 (let (($x36297 (> phase_384 51)))
 (let (($x36295 (> phase_383 51)))
 (let (($x36293 (> phase_382 51)))
 (let (($x36291 (> phase_381 51)))
 (let (($x36289 (> phase_380 51)))
 (let (($x36287 (> phase_379 51)))
 (let (($x36285 (> phase_378 51)))
 (let (($x36283 (> phase_377 51)))
 (let (($x36281 (> phase_376 51)))
 (let (($x36279 (> phase_375 51)))
 (let (($x36277 (> phase_374 51)))
 (let (($x36275 (> phase_373 51)))
 (let (($x36273 (> phase_372 51)))
 (let (($x36271 (> phase_371 51)))
 (let (($x36269 (> phase_370 51)))
 (let (($x36267 (> phase_369 51)))
 (let (($x36265 (> phase_368 51)))
 (let (($x36263 (> phase_367 51)))
 (let (($x36261 (> phase_366 51)))
 (let (($x36259 (> phase_365 51)))
 (let (($x36257 (> phase_364 51)))
 (let (($x36255 (> phase_363 51)))
 (let (($x36253 (> phase_362 51)))
 (let (($x36249 (> phase_361 51)))
 (let (($x36247 (> phase_360 51)))
 (let (($x36245 (> phase_359 51)))
 (let (($x36243 (> phase_358 51)))
 (let (($x36241 (> phase_357 51)))
 (let (($x36239 (> phase_356 51)))
 (let (($x36237 (> phase_355 51)))
 (let (($x36235 (> phase_354 51)))
 (let (($x36233 (> phase_353 51)))
 (let (($x36231 (> phase_352 51)))
 (let (($x36180 (> phase_351 51)))
 (let (($x36179 (> phase_350 51)))
 (let (($x36178 (> phase_349 51)))
 (let (($x36177 (> phase_348 51)))
 (let (($x36174 (> phase_347 51)))
 (let (($x36173 (> phase_346 51)))
 (let (($x36166 (> phase_345 51)))
 (let (($x36165 (> phase_344 51)))
 (let (($x36150 (> phase_343 51)))
 (let (($x36149 (> phase_342 51)))
 (let (($x36016 (> phase_341 51)))
 (let (($x36015 (> phase_340 51)))
 (let (($x35990 (> phase_339 51)))
 (let (($x35989 (> phase_338 51)))
 (let (($x35906 (> phase_337 51)))
 (let (($x35905 (> phase_336 51)))
 (let (($x35876 (> phase_335 51)))
 (let (($x35875 (> phase_334 51)))
 (let (($x35842 (> phase_333 51)))
 (let (($x35841 (> phase_332 51)))
 (let (($x35840 (> phase_331 51)))
 (let (($x35839 (> phase_330 51)))
 (let (($x35838 (> phase_329 51)))
 (let (($x35837 (> phase_328 51)))
 (let (($x35836 (> phase_327 51)))
 (let (($x35835 (> phase_326 51)))
 (let (($x35834 (> phase_325 51)))
 (let (($x35833 (> phase_324 51)))
 (let (($x35832 (> phase_323 51)))
 (let (($x35831 (> phase_322 51)))
 (let (($x35830 (> phase_321 51)))
 (let (($x35829 (> phase_320 51)))
 (let (($x35828 (> phase_319 51)))
 (let (($x35827 (> phase_318 51)))
 (let (($x35824 (> phase_317 51)))
 (let (($x35823 (> phase_316 51)))
 (let (($x35822 (> phase_315 51)))
 (let (($x35821 (> phase_314 51)))
 (let (($x35820 (> phase_313 51)))
 (let (($x35819 (> phase_312 51)))
 (let (($x35818 (> phase_311 51)))
 (let (($x35817 (> phase_310 51)))
 (let (($x35816 (> phase_309 51)))
 (let (($x35815 (> phase_308 51)))
 (let (($x35814 (> phase_307 51)))
 (let (($x35813 (> phase_306 51)))
 (let (($x35808 (> phase_305 51)))
 (let (($x35807 (> phase_304 51)))
 (let (($x35806 (> phase_303 51)))
 (let (($x35805 (> phase_302 51)))
 (let (($x35804 (> phase_301 51)))
 (let (($x35803 (> phase_300 51)))
 (let (($x35802 (> phase_299 51)))
 (let (($x35801 (> phase_298 51)))
 (let (($x35800 (> phase_297 51)))
 (let (($x35799 (> phase_296 51)))
 (let (($x35796 (> phase_295 51)))
 (let (($x35795 (> phase_294 51)))
 (let (($x35794 (> phase_293 51)))
 (let (($x35793 (> phase_292 51)))
 (let (($x35792 (> phase_291 51)))
 (let (($x35791 (> phase_290 51)))
 (let (($x35790 (> phase_289 51)))
 (let (($x35789 (> phase_288 51)))
 (let (($x35786 (> phase_287 51)))
 (let (($x35785 (> phase_286 51)))
 (let (($x35784 (> phase_285 51)))
 (let (($x35783 (> phase_284 51)))
 (let (($x35780 (> phase_283 51)))
 (let (($x35779 (> phase_282 51)))
 (let (($x35770 (> phase_281 51)))
 (let (($x35769 (> phase_280 51)))
 (let (($x35756 (> phase_279 51)))
 (let (($x35755 (> phase_278 51)))
 (let (($x35746 (> phase_277 51)))
 (let (($x35745 (> phase_276 51)))
 (let (($x35730 (> phase_275 51)))
 (let (($x35729 (> phase_274 51)))
 (let (($x35708 (> phase_273 51)))
 (let (($x35707 (> phase_272 51)))
 (let (($x35696 (> phase_271 51)))
 (let (($x35695 (> phase_270 51)))
 (let (($x35688 (> phase_269 51)))
 (let (($x35687 (> phase_268 51)))
 (let (($x35648 (> phase_267 51)))
 (let (($x35647 (> phase_266 51)))
 (let (($x35636 (> phase_265 51)))
 (let (($x35635 (> phase_264 51)))
 (let (($x35610 (> phase_263 51)))
 (let (($x35609 (> phase_262 51)))
 (let (($x35586 (> phase_261 51)))
 (let (($x35585 (> phase_260 51)))
 (let (($x35556 (> phase_259 51)))
 (let (($x35555 (> phase_258 51)))
 (let (($x35550 (> phase_257 51)))
 (let (($x35549 (> phase_256 51)))
 (let (($x35542 (> phase_255 51)))
 (let (($x35541 (> phase_254 51)))
 (let (($x35540 (> phase_253 51)))
 (let (($x35539 (> phase_252 51)))
 (let (($x35536 (> phase_251 51)))
 (let (($x35535 (> phase_250 51)))
 (let (($x35520 (> phase_249 51)))
 (let (($x35519 (> phase_248 51)))
 (let (($x35514 (> phase_247 51)))
 (let (($x35513 (> phase_246 51)))
 (let (($x35510 (> phase_245 51)))
 (let (($x35509 (> phase_244 51)))
 (let (($x35478 (> phase_243 51)))
 (let (($x35477 (> phase_242 51)))
 (let (($x35472 (> phase_241 51)))
 (let (($x35471 (> phase_240 51)))
 (let (($x35452 (> phase_239 51)))
 (let (($x35451 (> phase_238 51)))
 (let (($x35418 (> phase_237 51)))
 (let (($x35417 (> phase_236 51)))
 (let (($x35402 (> phase_235 51)))
 (let (($x35401 (> phase_234 51)))
 (let (($x35372 (> phase_233 51)))
 (let (($x35371 (> phase_232 51)))
 (let (($x35364 (> phase_231 51)))
 (let (($x35363 (> phase_230 51)))
 (let (($x35328 (> phase_229 51)))
 (let (($x35327 (> phase_228 51)))
 (let (($x35326 (> phase_227 51)))
 (let (($x35325 (> phase_226 51)))
 (let (($x35316 (> phase_225 51)))
 (let (($x35315 (> phase_224 51)))
 (let (($x35294 (> phase_223 51)))
 (let (($x35293 (> phase_222 51)))
 (let (($x35286 (> phase_221 51)))
 (let (($x35285 (> phase_220 51)))
 (let (($x35270 (> phase_219 51)))
 (let (($x35269 (> phase_218 51)))
 (let (($x35228 (> phase_217 51)))
 (let (($x35227 (> phase_216 51)))
 (let (($x35216 (> phase_215 51)))
 (let (($x35215 (> phase_214 51)))
 (let (($x35212 (> phase_213 51)))
 (let (($x35211 (> phase_212 51)))
 (let (($x35156 (> phase_211 51)))
 (let (($x35155 (> phase_210 51)))
 (let (($x35134 (> phase_209 51)))
 (let (($x35133 (> phase_208 51)))
 (let (($x35116 (> phase_207 51)))
 (let (($x35115 (> phase_206 51)))
 (let (($x35080 (> phase_205 51)))
 (let (($x35079 (> phase_204 51)))
 (let (($x35052 (> phase_203 51)))
 (let (($x35051 (> phase_202 51)))
 (let (($x35044 (> phase_201 51)))
 (let (($x35043 (> phase_200 51)))
 (let (($x35036 (> phase_199 51)))
 (let (($x35035 (> phase_198 51)))
 (let (($x35032 (> phase_197 51)))
 (let (($x35031 (> phase_196 51)))
 (let (($x35022 (> phase_195 51)))
 (let (($x35021 (> phase_194 51)))
 (let (($x35016 (> phase_193 51)))
 (let (($x35015 (> phase_192 51)))
 (let (($x35012 (> phase_191 51)))
 (let (($x35011 (> phase_190 51)))
 (let (($x35010 (> phase_189 51)))
 (let (($x35009 (> phase_188 51)))
 (let (($x35008 (> phase_187 51)))
 (let (($x35007 (> phase_186 51)))
 (let (($x35004 (> phase_185 51)))
 (let (($x35003 (> phase_184 51)))
 (let (($x34994 (> phase_183 51)))
 (let (($x34993 (> phase_182 51)))
 (let (($x34986 (> phase_181 51)))
 (let (($x34985 (> phase_180 51)))
 (let (($x34982 (> phase_179 51)))
 (let (($x34981 (> phase_178 51)))
 (let (($x34966 (> phase_177 51)))
 (let (($x34965 (> phase_176 51)))
 (let (($x34960 (> phase_175 51)))
 (let (($x34959 (> phase_174 51)))
 (let (($x34938 (> phase_173 51)))
 (let (($x34937 (> phase_172 51)))
 (let (($x34936 (> phase_171 51)))
 (let (($x34935 (> phase_170 51)))
 (let (($x34930 (> phase_169 51)))
 (let (($x34929 (> phase_168 51)))
 (let (($x34928 (> phase_167 51)))
 (let (($x34927 (> phase_166 51)))
 (let (($x34918 (> phase_165 51)))
 (let (($x34917 (> phase_164 51)))
 (let (($x34916 (> phase_163 51)))
 (let (($x34915 (> phase_162 51)))
 (let (($x34908 (> phase_161 51)))
 (let (($x34907 (> phase_160 51)))
 (let (($x34902 (> phase_159 51)))
 (let (($x34901 (> phase_158 51)))
 (let (($x34900 (> phase_157 51)))
 (let (($x34899 (> phase_156 51)))
 (let (($x34884 (> phase_155 51)))
 (let (($x34883 (> phase_154 51)))
 (let (($x34872 (> phase_153 51)))
 (let (($x34871 (> phase_152 51)))
 (let (($x34856 (> phase_151 51)))
 (let (($x34855 (> phase_150 51)))
 (let (($x34854 (> phase_149 51)))
 (let (($x34853 (> phase_148 51)))
 (let (($x34834 (> phase_147 51)))
 (let (($x34833 (> phase_146 51)))
 (let (($x34828 (> phase_145 51)))
 (let (($x34827 (> phase_144 51)))
 (let (($x34812 (> phase_143 51)))
 (let (($x34811 (> phase_142 51)))
 (let (($x34800 (> phase_141 51)))
 (let (($x34799 (> phase_140 51)))
 (let (($x34798 (> phase_139 51)))
 (let (($x34797 (> phase_138 51)))
 (let (($x34780 (> phase_137 51)))
 (let (($x34779 (> phase_136 51)))
 (let (($x34778 (> phase_135 51)))
 (let (($x34777 (> phase_134 51)))
 (let (($x34758 (> phase_133 51)))
 (let (($x34757 (> phase_132 51)))
 (let (($x34732 (> phase_131 51)))
 (let (($x34731 (> phase_130 51)))
 (let (($x34718 (> phase_129 51)))
 (let (($x34717 (> phase_128 51)))
 (let (($x34710 (> phase_127 51)))
 (let (($x34709 (> phase_126 51)))
 (let (($x34704 (> phase_125 51)))
 (let (($x34703 (> phase_124 51)))
 (let (($x34690 (> phase_123 51)))
 (let (($x34689 (> phase_122 51)))
 (let (($x34688 (> phase_121 51)))
 (let (($x34687 (> phase_120 51)))
 (let (($x34666 (> phase_119 51)))
 (let (($x34665 (> phase_118 51)))
 (let (($x34648 (> phase_117 51)))
 (let (($x34647 (> phase_116 51)))
 (let (($x34638 (> phase_115 51)))
 (let (($x34637 (> phase_114 51)))
 (let (($x34602 (> phase_113 51)))
 (let (($x34601 (> phase_112 51)))
 (let (($x34588 (> phase_111 51)))
 (let (($x34587 (> phase_110 51)))
 (let (($x34586 (> phase_109 51)))
 (let (($x34585 (> phase_108 51)))
 (let (($x34576 (> phase_107 51)))
 (let (($x34575 (> phase_106 51)))
 (let (($x34572 (> phase_105 51)))
 (let (($x34571 (> phase_104 51)))
 (let (($x34570 (> phase_103 51)))
 (let (($x34569 (> phase_102 51)))
 (let (($x34568 (> phase_101 51)))
 (let (($x34567 (> phase_100 51)))
 (let (($x34566 (> phase_99 51)))
 (let (($x34565 (> phase_98 51)))
 (let (($x34560 (> phase_97 51)))
 (let (($x34559 (> phase_96 51)))
 (let (($x34558 (> phase_95 51)))
 (let (($x34557 (> phase_94 51)))
 (let (($x34554 (> phase_93 51)))
 (let (($x34553 (> phase_92 51)))
 (let (($x34546 (> phase_91 51)))
 (let (($x34545 (> phase_90 51)))
 (let (($x34544 (> phase_89 51)))
 (let (($x34543 (> phase_88 51)))
 (let (($x34530 (> phase_87 51)))
 (let (($x34529 (> phase_86 51)))
 (let (($x34524 (> phase_85 51)))
 (let (($x34523 (> phase_84 51)))
 (let (($x34520 (> phase_83 51)))
 (let (($x34519 (> phase_82 51)))
 (let (($x34518 (> phase_81 51)))
 (let (($x34517 (> phase_80 51)))
 (let (($x34516 (> phase_79 51)))
 (let (($x34515 (> phase_78 51)))
 (let (($x34504 (> phase_77 51)))
 (let (($x34503 (> phase_76 51)))
 (let (($x34494 (> phase_75 51)))
 (let (($x34493 (> phase_74 51)))
 (let (($x34486 (> phase_73 51)))
 (let (($x34485 (> phase_72 51)))
 (let (($x34484 (> phase_71 51)))
 (let (($x34483 (> phase_70 51)))
 (let (($x34456 (> phase_69 51)))
 (let (($x34455 (> phase_68 51)))
 (let (($x34432 (> phase_67 51)))
 (let (($x34431 (> phase_66 51)))
 (let (($x34430 (> phase_65 51)))
 (let (($x34429 (> phase_64 51)))
 (let (($x34418 (> phase_63 51)))
 (let (($x34417 (> phase_62 51)))
 (let (($x34410 (> phase_61 51)))
 (let (($x34409 (> phase_60 51)))
 (let (($x34406 (> phase_59 51)))
 (let (($x34405 (> phase_58 51)))
 (let (($x34396 (> phase_57 51)))
 (let (($x34395 (> phase_56 51)))
 (let (($x34392 (> phase_55 51)))
 (let (($x34391 (> phase_54 51)))
 (let (($x34382 (> phase_53 51)))
 (let (($x34381 (> phase_52 51)))
 (let (($x34380 (> phase_51 51)))
 (let (($x34379 (> phase_50 51)))
 (let (($x34330 (> phase_49 51)))
 (let (($x34329 (> phase_48 51)))
 (let (($x34318 (> phase_47 51)))
 (let (($x34317 (> phase_46 51)))
 (let (($x34316 (> phase_45 51)))
 (let (($x34315 (> phase_44 51)))
 (let (($x34312 (> phase_43 51)))
 (let (($x34311 (> phase_42 51)))
 (let (($x34306 (> phase_41 51)))
 (let (($x34305 (> phase_40 51)))
 (let (($x34294 (> phase_39 51)))
 (let (($x34293 (> phase_38 51)))
 (let (($x34292 (> phase_37 51)))
 (let (($x34291 (> phase_36 51)))
 (let (($x34276 (> phase_35 51)))
 (let (($x34275 (> phase_34 51)))
 (let (($x34274 (> phase_33 51)))
 (let (($x34273 (> phase_32 51)))
 (let (($x34264 (> phase_31 51)))
 (let (($x34263 (> phase_30 51)))
 (let (($x34258 (> phase_29 51)))
 (let (($x34257 (> phase_28 51)))
 (let (($x34212 (> phase_27 51)))
 (let (($x34211 (> phase_26 51)))
 (let (($x34204 (> phase_25 51)))
 (let (($x34203 (> phase_24 51)))
 (let (($x34202 (> phase_23 51)))
 (let (($x34201 (> phase_22 51)))
 (let (($x34164 (> phase_21 51)))
 (let (($x34163 (> phase_20 51)))
 (let (($x34158 (> phase_19 51)))
 (let (($x34157 (> phase_18 51)))
 (let (($x34152 (> phase_17 51)))
 (let (($x34151 (> phase_16 51)))
 (let (($x34144 (> phase_15 51)))
 (let (($x34143 (> phase_14 51)))
 (let (($x34136 (> phase_13 51)))
 (let (($x34135 (> phase_12 51)))
 (let (($x34130 (> phase_11 51)))
 (let (($x34129 (> phase_10 51)))
 (let (($x34126 (> phase_9 51)))
 (let (($x34125 (> phase_8 51)))
 (let (($x34104 (> phase_7 51)))
 (let (($x34103 (> phase_6 51)))
 (let (($x34074 (> phase_5 51)))
 (let (($x34073 (> phase_4 51)))
 (let (($x34018 (> phase_3 51)))
 (let (($x34017 (> phase_2 51)))
 (let (($x36230 (> phase_1 51)))
 (let (($x36229 (> phase_0 51)))
 (or $x36229 $x36230 $x34017 $x34018 $x34073 $x34074 $x34103 $x34104 $x34125 $x34126 $x34129 $x34130 $x34135 $x34136 $x34143 $x34144 $x34151 $x34152 $x34157 $x34158 $x34163 $x34164 $x34201 $x34202 $x34203 $x34204 $x34211 $x34212 $x34257 $x34258 $x34263 $x34264 $x34273 $x34274 $x34275 $x34276 $x34291 $x34292 $x34293 $x34294 $x34305 $x34306 $x34311 $x34312 $x34315 $x34316 $x34317 $x34318 $x34329 $x34330 $x34379 $x34380 $x34381 $x34382 $x34391 $x34392 $x34395 $x34396 $x34405 $x34406 $x34409 $x34410 $x34417 $x34418 $x34429 $x34430 $x34431 $x34432 $x34455 $x34456 $x34483 $x34484 $x34485 $x34486 $x34493 $x34494 $x34503 $x34504 $x34515 $x34516 $x34517 $x34518 $x34519 $x34520 $x34523 $x34524 $x34529 $x34530 $x34543 $x34544 $x34545 $x34546 $x34553 $x34554 $x34557 $x34558 $x34559 $x34560 $x34565 $x34566 $x34567 $x34568 $x34569 $x34570 $x34571 $x34572 $x34575 $x34576 $x34585 $x34586 $x34587 $x34588 $x34601 $x34602 $x34637 $x34638 $x34647 $x34648 $x34665 $x34666 $x34687 $x34688 $x34689 $x34690 $x34703 $x34704 $x34709 $x34710 $x34717 $x34718 $x34731 $x34732 $x34757 $x34758 $x34777 $x34778 $x34779 $x34780 $x34797 $x34798 $x34799 $x34800 $x34811 $x34812 $x34827 $x34828 $x34833 $x34834 $x34853 $x34854 $x34855 $x34856 $x34871 $x34872 $x34883 $x34884 $x34899 $x34900 $x34901 $x34902 $x34907 $x34908 $x34915 $x34916 $x34917 $x34918 $x34927 $x34928 $x34929 $x34930 $x34935 $x34936 $x34937 $x34938 $x34959 $x34960 $x34965 $x34966 $x34981 $x34982 $x34985 $x34986 $x34993 $x34994 $x35003 $x35004 $x35007 $x35008 $x35009 $x35010 $x35011 $x35012 $x35015 $x35016 $x35021 $x35022 $x35031 $x35032 $x35035 $x35036 $x35043 $x35044 $x35051 $x35052 $x35079 $x35080 $x35115 $x35116 $x35133 $x35134 $x35155 $x35156 $x35211 $x35212 $x35215 $x35216 $x35227 $x35228 $x35269 $x35270 $x35285 $x35286 $x35293 $x35294 $x35315 $x35316 $x35325 $x35326 $x35327 $x35328 $x35363 $x35364 $x35371 $x35372 $x35401 $x35402 $x35417 $x35418 $x35451 $x35452 $x35471 $x35472 $x35477 $x35478 $x35509 $x35510 $x35513 $x35514 $x35519 $x35520 $x35535 $x35536 $x35539 $x35540 $x35541 $x35542 $x35549 $x35550 $x35555 $x35556 $x35585 $x35586 $x35609 $x35610 $x35635 $x35636 $x35647 $x35648 $x35687 $x35688 $x35695 $x35696 $x35707 $x35708 $x35729 $x35730 $x35745 $x35746 $x35755 $x35756 $x35769 $x35770 $x35779 $x35780 $x35783 $x35784 $x35785 $x35786 $x35789 $x35790 $x35791 $x35792 $x35793 $x35794 $x35795 $x35796 $x35799 $x35800 $x35801 $x35802 $x35803 $x35804 $x35805 $x35806 $x35807 $x35808 $x35813 $x35814 $x35815 $x35816 $x35817 $x35818 $x35819 $x35820 $x35821 $x35822 $x35823 $x35824 $x35827 $x35828 $x35829 $x35830 $x35831 $x35832 $x35833 $x35834 $x35835 $x35836 $x35837 $x35838 $x35839 $x35840 $x35841 $x35842 $x35875 $x35876 $x35905 $x35906 $x35989 $x35990 $x36015 $x36016 $x36149 $x36150 $x36165 $x36166 $x36173 $x36174 $x36177 $x36178 $x36179 $x36180 $x36231 $x36233 $x36235 $x36237 $x36239 $x36241 $x36243 $x36245 $x36247 $x36249 $x36253 $x36255 $x36257 $x36259 $x36261 $x36263 $x36265 $x36267 $x36269 $x36271 $x36273 $x36275 $x36277 $x36279 $x36281 $x36283 $x36285 $x36287 $x36289 $x36291 $x36293 $x36295 $x36297 $x36299 $x36301 $x36303 $x36305 $x36307 $x36309 $x36311 $x36313 $x36315 $x36317 $x36319 $x36325 $x36329 $x36331 $x36333 $x36335 $x36337 $x36339 $x36341 $x36343 $x36345 $x36347 $x36349 $x36351 $x36353 $x36355 $x36357 $x36359 $x36361 $x36363 $x36365 $x36367 $x36369 $x36371 $x36373 $x36375 $x36377 $x36379 $x36381 $x36383 $x36385 $x36387 $x36389 $x36391 $x36393 $x36395 $x36397 $x36399 $x36403 $x36405 $x36407 $x36411 $x36413 $x36415 $x36419 $x36421 $x36423 $x36427 $x36429 $x36431 $x36435 $x36437 $x36439 $x36441 $x36443 $x36445 $x36447 $x36449 $x36451 $x36453 $x36455 $x36457 $x36459 $x36461 $x36463 $x36465 $x36467 $x36469 $x36471 $x36473 $x36475 $x36477 $x36479 $x36481 $x36483 $x36485 $x36487 $x36489 $x36491 $x36493 $x36495 $x36497 $x36499 $x36501 $x36503 $x36505 $x36507 $x36509 $x36511 $x36513 $x36515 $x36517 $x36519 $x36521 $x36523 $x36525 $x36527 $x36529 $x36531 $x36533 $x36535 $x36537 $x36539 $x36541 $x36543 $x36545 $x36547 $x36549 $x36551 $x36553 $x36555 $x36557 $x36559 $x36561 $x36563 $x36565 $x36567 $x36569 $x36571 $x36573 $x36575 $x36577 $x36579 $x36581 $x36583 $x36587 $x36589 $x36591 $x36593 $x36595 $x36597 $x36599 $x36601 $x36603 $x36605 $x36607 $x36609 $x36611 $x36613 $x36615 $x36617 $x36619 $x36621 $x36623 $x36625 $x36627 $x36629 $x36631 $x36633 $x36635 $x36637 $x36643 $x36645 $x36647 $x36649 $x36651 $x36653 $x36655 $x36657 $x36659 $x36661 $x36663 $x36665 $x36667 $x36669 $x36671 $x36673 $x36675 $x36677 $x36679 $x36681 $x36683 $x36685 $x36687 $x36689 $x36691 $x36693 $x36695 $x36697 $x36699 $x36701 $x36703 $x36705 $x36707 $x36709 $x36711 $x36713 $x36715 $x36717 $x36719 $x36721 $x36723 $x36725 $x36727 $x36729 $x36731 $x36733 $x36735 $x36737 $x36739 $x36741 $x36743 $x36745 $x36747 $x36749 $x36751 $x36753 $x36755 $x36757 $x36759 $x36761 $x36763 $x36765 $x36767 $x36769 $x36771 $x36773 $x36775 $x36777 $x36779 $x36781 $x36783 $x36785 $x36787 $x36789 $x36791 $x36793 $x36795 $x36797 $x36799 $x36801 $x36803 $x36805 $x36807 $x36809 $x36811 $x36813 $x36815 $x36817 $x36819 $x36821 $x36823 $x36825 $x36827 $x36829 $x36831 $x36833 $x36835 $x36837 $x36839 $x36841 $x36843 $x36845 $x36847 $x36849 $x36851 $x36853 $x36855 $x36857 $x36859 $x36861 $x36863 $x36865 $x36867 $x36869 $x36871 $x36873 $x36875 $x36877 $x36879 $x36881 $x36883 $x36885 $x36887 $x36889 $x36891 $x36893 $x36895 $x36897 $x36899 $x36901 $x36903 $x36905 $x36907 $x36909 $x36911 $x36913 $x36915 $x36917 $x36919 $x36921 $x36923 $x36925 $x36927 $x36929 $x36931 $x36933 $x36935 $x36937 $x36939 $x36941 $x36943 $x36945 $x36947 $x36949 $x36951 $x36953 $x36955 $x36957 $x36959 $x36961 $x36963 $x36965 $x36967 $x36969 $x36971 $x36973 $x36975 $x36977 $x36979 $x36981 $x36983 $x36985 $x36987 $x36989 $x36991 $x36993 $x36995 $x36997 $x36999 $x37001 $x37003 $x37005 $x37007 $x37009 $x37011 $x37013 $x37015 $x37017 $x37019 $x37021 $x37023 $x37025 $x37027 $x37029 $x37031 $x37033 $x37035 $x37037 $x37039 $x37041 $x37043 $x37045 $x37047 $x37049 $x37051 $x37053 $x37055 $x37057 $x37059 $x37061 $x37063 $x37065 $x37067 $x37069 $x37071 $x37073 $x37075 $x37077 $x37079 $x37081 $x37083 $x37085 $x37087 $x37089 $x37091 $x37093 $x37095 $x37097 $x37099 $x37101 $x37103 $x37105 $x37107 $x37109 $x37111 $x37113 $x37115 $x37117 $x37119 $x37121 $x37123 $x37125 $x37127 $x37129 $x37131 $x37133 $x37135 $x37137 $x37139 $x37141 $x37143 $x37145 $x37147 $x37149 $x37151 $x37153 $x37155 $x37157 $x37159 $x37161 $x37163 $x37165 $x37167 $x37169 $x37171 $x37173 $x37175 $x37177 $x37179 $x37181 $x37183 $x37185 $x37187 $x37189 $x37191 $x37193 $x37195 $x37197 $x37199 $x37201 $x37203 $x37205 $x37207 $x37209 $x37211 $x37213 $x37215 $x37217 $x37219 $x37221 $x37223 $x37225 $x37227 $x37229 $x37231 $x37233 $x37235 $x37237 $x37239 $x37241 $x37243 $x37245 $x37247 $x37249 $x37251 $x37253 $x37255 $x37257 $x37259 $x37261 $x37263 $x37265 $x37267 $x37269 $x37271 $x37273 $x37275 $x37277 $x37279 $x37281 $x37283 $x37285 $x37287 $x37289 $x37291 $x37293 $x37295 $x37297 $x37299 $x37301 $x37303 $x37305 $x37307 $x37309 $x37311 $x37313 $x37315 $x37317 $x37319 $x37321 $x37323 $x37325 $x37327 $x37329 $x37331 $x37333 $x37335 $x37337 $x37339 $x37341 $x37343 $x37345 $x37347 $x37349 $x37351 $x37353 $x37355 $x37357 $x37359 $x37361 $x37363 $x37365 $x37367 $x37369 $x37371 $x37373 $x37375 $x37377 $x37379 $x37381 $x37383 $x37385 $x37387 $x37389 $x37391 $x37393 $x37395 $x37397 $x37399 $x37401 $x37403 $x37405 $x37407 $x37409 $x37411 $x37413 $x37415 $x37417 $x37419 $x37421 $x37423 $x37425 $x37427 $x37429 $x37431 $x37433 $x37435 $x37437 $x37439 $x37441 $x37443 $x37445 $x37447 $x37449 $x37451 $x37453 $x37455 $x37457 $x37459 $x37461 $x37463 $x37465 $x37467 $x37469 $x37471 $x37473 $x37475 $x37477 $x37479 $x37481 $x37483 $x37485 $x37487 $x37489 $x37491 $x37493 $x37495 $x37497 $x37499 $x37501 $x37503 $x37505 $x37507 $x37509 $x37511 $x37513 $x37515 $x37517 $x37519 $x37521 $x37523 $x37525 $x37527 $x37529 $x37531 $x37533 $x37535 $x37537 $x37539 $x37541 $x37543 $x37545 $x37547 $x37549 $x37551 $x37553 $x37555 $x37557 $x37559 $x37561 $x37563 $x37565 $x37567 $x37569 $x37571 $x37573 $x37575 $x37577 $x37579 $x37581 $x37583 $x37585 $x37587 $x37589 $x37591 $x37593 $x37595 $x37597 $x37599 $x37601 $x37603 $x37605 $x37607 $x37609 $x37611 $x37613 $x37615 $x37617 $x37619 $x37621 $x37623 $x37625 $x37627 $x37629 $x37631 $x37633 $x37635 $x37637 $x37639 $x37641 $x37643 $x37645 $x37647 $x37649 $x37651 $x37653 $x37655 $x37657 $x37659 $x37661 $x37663 $x37665 $x37667 $x37669 $x37671 $x37673 $x37675 $x37677 $x37679 $x37681 $x37683 $x37685 $x37687 $x37689 $x37691 $x37693 $x37695 $x37697 $x37699 $x37701 $x37703 $x37705 $x37707 $x37709 $x37711 $x37713 $x37715 $x37717 $x37719 $x37721 $x37723 $x37725 $x37727 $x37729 $x37731 $x37733 $x37735 $x37737 $x37739 $x37741 $x37743 $x37745 $x37747 $x37749 $x37751 $x37753 $x37755 $x37757 $x37759 $x37761 $x37763 $x37765))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
