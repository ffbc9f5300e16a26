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
 (let (($x35234 (> phase_1107 51)))
 (let (($x35233 (> phase_1106 51)))
 (let (($x35232 (> phase_1105 51)))
 (let (($x35231 (> phase_1104 51)))
 (let (($x35230 (> phase_1103 51)))
 (let (($x35229 (> phase_1102 51)))
 (let (($x35228 (> phase_1101 51)))
 (let (($x35227 (> phase_1100 51)))
 (let (($x35226 (> phase_1099 51)))
 (let (($x35225 (> phase_1098 51)))
 (let (($x35224 (> phase_1097 51)))
 (let (($x35223 (> phase_1096 51)))
 (let (($x35222 (> phase_1095 51)))
 (let (($x35221 (> phase_1094 51)))
 (let (($x35220 (> phase_1093 51)))
 (let (($x35219 (> phase_1092 51)))
 (let (($x35218 (> phase_1091 51)))
 (let (($x35217 (> phase_1090 51)))
 (let (($x35216 (> phase_1089 51)))
 (let (($x35215 (> phase_1088 51)))
 (let (($x35214 (> phase_1087 51)))
 (let (($x35213 (> phase_1086 51)))
 (let (($x35212 (> phase_1085 51)))
 (let (($x35211 (> phase_1084 51)))
 (let (($x35210 (> phase_1083 51)))
 (let (($x35209 (> phase_1082 51)))
 (let (($x35208 (> phase_1081 51)))
 (let (($x35207 (> phase_1080 51)))
 (let (($x35206 (> phase_1079 51)))
 (let (($x35205 (> phase_1078 51)))
 (let (($x35204 (> phase_1077 51)))
 (let (($x35203 (> phase_1076 51)))
 (let (($x35202 (> phase_1075 51)))
 (let (($x35201 (> phase_1074 51)))
 (let (($x35200 (> phase_1073 51)))
 (let (($x35199 (> phase_1072 51)))
 (let (($x35198 (> phase_1071 51)))
 (let (($x35197 (> phase_1070 51)))
 (let (($x35196 (> phase_1069 51)))
 (let (($x35195 (> phase_1068 51)))
 (let (($x35194 (> phase_1067 51)))
 (let (($x35193 (> phase_1066 51)))
 (let (($x35192 (> phase_1065 51)))
 (let (($x35191 (> phase_1064 51)))
 (let (($x35190 (> phase_1063 51)))
 (let (($x35189 (> phase_1062 51)))
 (let (($x35188 (> phase_1061 51)))
 (let (($x35187 (> phase_1060 51)))
 (let (($x35186 (> phase_1059 51)))
 (let (($x35185 (> phase_1058 51)))
 (let (($x35184 (> phase_1057 51)))
 (let (($x35183 (> phase_1056 51)))
 (let (($x35182 (> phase_1055 51)))
 (let (($x35181 (> phase_1054 51)))
 (let (($x35180 (> phase_1053 51)))
 (let (($x35179 (> phase_1052 51)))
 (let (($x35178 (> phase_1051 51)))
 (let (($x35177 (> phase_1050 51)))
 (let (($x35176 (> phase_1049 51)))
 (let (($x35175 (> phase_1048 51)))
 (let (($x35174 (> phase_1047 51)))
 (let (($x35173 (> phase_1046 51)))
 (let (($x35172 (> phase_1045 51)))
 (let (($x35171 (> phase_1044 51)))
 (let (($x35170 (> phase_1043 51)))
 (let (($x35169 (> phase_1042 51)))
 (let (($x35168 (> phase_1041 51)))
 (let (($x35167 (> phase_1040 51)))
 (let (($x35166 (> phase_1039 51)))
 (let (($x35165 (> phase_1038 51)))
 (let (($x35164 (> phase_1037 51)))
 (let (($x35163 (> phase_1036 51)))
 (let (($x35162 (> phase_1035 51)))
 (let (($x35161 (> phase_1034 51)))
 (let (($x35160 (> phase_1033 51)))
 (let (($x35159 (> phase_1032 51)))
 (let (($x35158 (> phase_1031 51)))
 (let (($x35157 (> phase_1030 51)))
 (let (($x35156 (> phase_1029 51)))
 (let (($x35155 (> phase_1028 51)))
 (let (($x35154 (> phase_1027 51)))
 (let (($x35153 (> phase_1026 51)))
 (let (($x35152 (> phase_1025 51)))
 (let (($x35151 (> phase_1024 51)))
 (let (($x35150 (> phase_1023 51)))
 (let (($x35149 (> phase_1022 51)))
 (let (($x35148 (> phase_1021 51)))
 (let (($x35147 (> phase_1020 51)))
 (let (($x35146 (> phase_1019 51)))
 (let (($x35145 (> phase_1018 51)))
 (let (($x35144 (> phase_1017 51)))
 (let (($x35143 (> phase_1016 51)))
 (let (($x35142 (> phase_1015 51)))
 (let (($x35141 (> phase_1014 51)))
 (let (($x35140 (> phase_1013 51)))
 (let (($x35139 (> phase_1012 51)))
 (let (($x35138 (> phase_1011 51)))
 (let (($x35137 (> phase_1010 51)))
 (let (($x35136 (> phase_1009 51)))
 (let (($x35135 (> phase_1008 51)))
 (let (($x35134 (> phase_1007 51)))
 (let (($x35133 (> phase_1006 51)))
 (let (($x35132 (> phase_1005 51)))
 (let (($x35131 (> phase_1004 51)))
 (let (($x35130 (> phase_1003 51)))
 (let (($x35129 (> phase_1002 51)))
 (let (($x35128 (> phase_1001 51)))
 (let (($x35127 (> phase_1000 51)))
 (let (($x35126 (> phase_999 51)))
 (let (($x35125 (> phase_998 51)))
 (let (($x35124 (> phase_997 51)))
 (let (($x35123 (> phase_996 51)))
 (let (($x35122 (> phase_995 51)))
 (let (($x35121 (> phase_994 51)))
 (let (($x35120 (> phase_993 51)))
 (let (($x35119 (> phase_992 51)))
 (let (($x35118 (> phase_991 51)))
 (let (($x35117 (> phase_990 51)))
 (let (($x35116 (> phase_989 51)))
 (let (($x35115 (> phase_988 51)))
 (let (($x35114 (> phase_987 51)))
 (let (($x35113 (> phase_986 51)))
 (let (($x35112 (> phase_985 51)))
 (let (($x35111 (> phase_984 51)))
 (let (($x35110 (> phase_983 51)))
 (let (($x35109 (> phase_982 51)))
 (let (($x35108 (> phase_981 51)))
 (let (($x35107 (> phase_980 51)))
 (let (($x35106 (> phase_979 51)))
 (let (($x35105 (> phase_978 51)))
 (let (($x35104 (> phase_977 51)))
 (let (($x35103 (> phase_976 51)))
 (let (($x35102 (> phase_975 51)))
 (let (($x35101 (> phase_974 51)))
 (let (($x35100 (> phase_973 51)))
 (let (($x35099 (> phase_972 51)))
 (let (($x35098 (> phase_971 51)))
 (let (($x35097 (> phase_970 51)))
 (let (($x35096 (> phase_969 51)))
 (let (($x35095 (> phase_968 51)))
 (let (($x35094 (> phase_967 51)))
 (let (($x35093 (> phase_966 51)))
 (let (($x35092 (> phase_965 51)))
 (let (($x35091 (> phase_964 51)))
 (let (($x35090 (> phase_963 51)))
 (let (($x35089 (> phase_962 51)))
 (let (($x35088 (> phase_961 51)))
 (let (($x35087 (> phase_960 51)))
 (let (($x35086 (> phase_959 51)))
 (let (($x35085 (> phase_958 51)))
 (let (($x35084 (> phase_957 51)))
 (let (($x35083 (> phase_956 51)))
 (let (($x35082 (> phase_955 51)))
 (let (($x35081 (> phase_954 51)))
 (let (($x35080 (> phase_953 51)))
 (let (($x35079 (> phase_952 51)))
 (let (($x35078 (> phase_951 51)))
 (let (($x35077 (> phase_950 51)))
 (let (($x35076 (> phase_949 51)))
 (let (($x35075 (> phase_948 51)))
 (let (($x35074 (> phase_947 51)))
 (let (($x35073 (> phase_946 51)))
 (let (($x35072 (> phase_945 51)))
 (let (($x35071 (> phase_944 51)))
 (let (($x35070 (> phase_943 51)))
 (let (($x35069 (> phase_942 51)))
 (let (($x35068 (> phase_941 51)))
 (let (($x35067 (> phase_940 51)))
 (let (($x35066 (> phase_939 51)))
 (let (($x35065 (> phase_938 51)))
 (let (($x35064 (> phase_937 51)))
 (let (($x35063 (> phase_936 51)))
 (let (($x35062 (> phase_935 51)))
 (let (($x35061 (> phase_934 51)))
 (let (($x35060 (> phase_933 51)))
 (let (($x35059 (> phase_932 51)))
 (let (($x35058 (> phase_931 51)))
 (let (($x35057 (> phase_930 51)))
 (let (($x35056 (> phase_929 51)))
 (let (($x35055 (> phase_928 51)))
 (let (($x35054 (> phase_927 51)))
 (let (($x35053 (> phase_926 51)))
 (let (($x35052 (> phase_925 51)))
 (let (($x35051 (> phase_924 51)))
 (let (($x35050 (> phase_923 51)))
 (let (($x35049 (> phase_922 51)))
 (let (($x35048 (> phase_921 51)))
 (let (($x35047 (> phase_920 51)))
 (let (($x35046 (> phase_919 51)))
 (let (($x35045 (> phase_918 51)))
 (let (($x35044 (> phase_917 51)))
 (let (($x35043 (> phase_916 51)))
 (let (($x35042 (> phase_915 51)))
 (let (($x35041 (> phase_914 51)))
 (let (($x35040 (> phase_913 51)))
 (let (($x35039 (> phase_912 51)))
 (let (($x35038 (> phase_911 51)))
 (let (($x35037 (> phase_910 51)))
 (let (($x35036 (> phase_909 51)))
 (let (($x35035 (> phase_908 51)))
 (let (($x35034 (> phase_907 51)))
 (let (($x35033 (> phase_906 51)))
 (let (($x35032 (> phase_905 51)))
 (let (($x35031 (> phase_904 51)))
 (let (($x35030 (> phase_903 51)))
 (let (($x35029 (> phase_902 51)))
 (let (($x35028 (> phase_901 51)))
 (let (($x35027 (> phase_900 51)))
 (let (($x35026 (> phase_899 51)))
 (let (($x35025 (> phase_898 51)))
 (let (($x35024 (> phase_897 51)))
 (let (($x35023 (> phase_896 51)))
 (let (($x35022 (> phase_895 51)))
 (let (($x35020 (> phase_894 51)))
 (let (($x35019 (> phase_893 51)))
 (let (($x35018 (> phase_892 51)))
 (let (($x35017 (> phase_891 51)))
 (let (($x35016 (> phase_890 51)))
 (let (($x35015 (> phase_889 51)))
 (let (($x35014 (> phase_888 51)))
 (let (($x35013 (> phase_887 51)))
 (let (($x35012 (> phase_886 51)))
 (let (($x35011 (> phase_885 51)))
 (let (($x35010 (> phase_884 51)))
 (let (($x35009 (> phase_883 51)))
 (let (($x35008 (> phase_882 51)))
 (let (($x35007 (> phase_881 51)))
 (let (($x35006 (> phase_880 51)))
 (let (($x35005 (> phase_879 51)))
 (let (($x35004 (> phase_878 51)))
 (let (($x35003 (> phase_877 51)))
 (let (($x35002 (> phase_876 51)))
 (let (($x35001 (> phase_875 51)))
 (let (($x35000 (> phase_874 51)))
 (let (($x34999 (> phase_873 51)))
 (let (($x34998 (> phase_872 51)))
 (let (($x34997 (> phase_871 51)))
 (let (($x34996 (> phase_870 51)))
 (let (($x34995 (> phase_869 51)))
 (let (($x34994 (> phase_868 51)))
 (let (($x34993 (> phase_867 51)))
 (let (($x34992 (> phase_866 51)))
 (let (($x34991 (> phase_865 51)))
 (let (($x34990 (> phase_864 51)))
 (let (($x34989 (> phase_863 51)))
 (let (($x34988 (> phase_862 51)))
 (let (($x34987 (> phase_861 51)))
 (let (($x34986 (> phase_860 51)))
 (let (($x34985 (> phase_859 51)))
 (let (($x34984 (> phase_858 51)))
 (let (($x34983 (> phase_857 51)))
 (let (($x34982 (> phase_856 51)))
 (let (($x34981 (> phase_855 51)))
 (let (($x34980 (> phase_854 51)))
 (let (($x34979 (> phase_853 51)))
 (let (($x34978 (> phase_852 51)))
 (let (($x34977 (> phase_851 51)))
 (let (($x34976 (> phase_850 51)))
 (let (($x34975 (> phase_849 51)))
 (let (($x34974 (> phase_848 51)))
 (let (($x34973 (> phase_847 51)))
 (let (($x34972 (> phase_846 51)))
 (let (($x34971 (> phase_845 51)))
 (let (($x34970 (> phase_844 51)))
 (let (($x34969 (> phase_843 51)))
 (let (($x34968 (> phase_842 51)))
 (let (($x34967 (> phase_841 51)))
 (let (($x34966 (> phase_840 51)))
 (let (($x34965 (> phase_839 51)))
 (let (($x34964 (> phase_838 51)))
 (let (($x34963 (> phase_837 51)))
 (let (($x34962 (> phase_836 51)))
 (let (($x34961 (> phase_835 51)))
 (let (($x34960 (> phase_834 51)))
 (let (($x34959 (> phase_833 51)))
 (let (($x34958 (> phase_832 51)))
 (let (($x34957 (> phase_831 51)))
 (let (($x34956 (> phase_830 51)))
 (let (($x34955 (> phase_829 51)))
 (let (($x34954 (> phase_828 51)))
 (let (($x34953 (> phase_827 51)))
 (let (($x34952 (> phase_826 51)))
 (let (($x34951 (> phase_825 51)))
 (let (($x34950 (> phase_824 51)))
 (let (($x34949 (> phase_823 51)))
 (let (($x34948 (> phase_822 51)))
 (let (($x34947 (> phase_821 51)))
 (let (($x34946 (> phase_820 51)))
 (let (($x34945 (> phase_819 51)))
 (let (($x34944 (> phase_818 51)))
 (let (($x34943 (> phase_817 51)))
 (let (($x34942 (> phase_816 51)))
 (let (($x34941 (> phase_815 51)))
 (let (($x34940 (> phase_814 51)))
 (let (($x34939 (> phase_813 51)))
 (let (($x34938 (> phase_812 51)))
 (let (($x34937 (> phase_811 51)))
 (let (($x34936 (> phase_810 51)))
 (let (($x34935 (> phase_809 51)))
 (let (($x34934 (> phase_808 51)))
 (let (($x34933 (> phase_807 51)))
 (let (($x34932 (> phase_806 51)))
 (let (($x34931 (> phase_805 51)))
 (let (($x34930 (> phase_804 51)))
 (let (($x34929 (> phase_803 51)))
 (let (($x34928 (> phase_802 51)))
 (let (($x34927 (> phase_801 51)))
 (let (($x34926 (> phase_800 51)))
 (let (($x34925 (> phase_799 51)))
 (let (($x34924 (> phase_798 51)))
 (let (($x34923 (> phase_797 51)))
 (let (($x34922 (> phase_796 51)))
 (let (($x34921 (> phase_795 51)))
 (let (($x34920 (> phase_794 51)))
 (let (($x34919 (> phase_793 51)))
 (let (($x34918 (> phase_792 51)))
 (let (($x34917 (> phase_791 51)))
 (let (($x34916 (> phase_790 51)))
 (let (($x34915 (> phase_789 51)))
 (let (($x34914 (> phase_788 51)))
 (let (($x34913 (> phase_787 51)))
 (let (($x34912 (> phase_786 51)))
 (let (($x34911 (> phase_785 51)))
 (let (($x34910 (> phase_784 51)))
 (let (($x34909 (> phase_783 51)))
 (let (($x34908 (> phase_782 51)))
 (let (($x34907 (> phase_781 51)))
 (let (($x34906 (> phase_780 51)))
 (let (($x34905 (> phase_779 51)))
 (let (($x34904 (> phase_778 51)))
 (let (($x34903 (> phase_777 51)))
 (let (($x34902 (> phase_776 51)))
 (let (($x34901 (> phase_775 51)))
 (let (($x34900 (> phase_774 51)))
 (let (($x34899 (> phase_773 51)))
 (let (($x34898 (> phase_772 51)))
 (let (($x34897 (> phase_771 51)))
 (let (($x34896 (> phase_770 51)))
 (let (($x34895 (> phase_769 51)))
 (let (($x34894 (> phase_768 51)))
 (let (($x34893 (> phase_767 51)))
 (let (($x34892 (> phase_766 51)))
 (let (($x34891 (> phase_765 51)))
 (let (($x34890 (> phase_764 51)))
 (let (($x34889 (> phase_763 51)))
 (let (($x34888 (> phase_762 51)))
 (let (($x34887 (> phase_761 51)))
 (let (($x34886 (> phase_760 51)))
 (let (($x34885 (> phase_759 51)))
 (let (($x34884 (> phase_758 51)))
 (let (($x34883 (> phase_757 51)))
 (let (($x34882 (> phase_756 51)))
 (let (($x34881 (> phase_755 51)))
 (let (($x34880 (> phase_754 51)))
 (let (($x34879 (> phase_753 51)))
 (let (($x34878 (> phase_752 51)))
 (let (($x34877 (> phase_751 51)))
 (let (($x34876 (> phase_750 51)))
 (let (($x34875 (> phase_749 51)))
 (let (($x34874 (> phase_748 51)))
 (let (($x34873 (> phase_747 51)))
 (let (($x34872 (> phase_746 51)))
 (let (($x34871 (> phase_745 51)))
 (let (($x34870 (> phase_744 51)))
 (let (($x34869 (> phase_743 51)))
 (let (($x34868 (> phase_742 51)))
 (let (($x34867 (> phase_741 51)))
 (let (($x34866 (> phase_740 51)))
 (let (($x34865 (> phase_739 51)))
 (let (($x34864 (> phase_738 51)))
 (let (($x34863 (> phase_737 51)))
 (let (($x34862 (> phase_736 51)))
 (let (($x34861 (> phase_735 51)))
 (let (($x34860 (> phase_734 51)))
 (let (($x34859 (> phase_733 51)))
 (let (($x34858 (> phase_732 51)))
 (let (($x34857 (> phase_731 51)))
 (let (($x34856 (> phase_730 51)))
 (let (($x34855 (> phase_729 51)))
 (let (($x34854 (> phase_728 51)))
 (let (($x34853 (> phase_727 51)))
 (let (($x34852 (> phase_726 51)))
 (let (($x34851 (> phase_725 51)))
 (let (($x34850 (> phase_724 51)))
 (let (($x34849 (> phase_723 51)))
 (let (($x34848 (> phase_722 51)))
 (let (($x34847 (> phase_721 51)))
 (let (($x34846 (> phase_720 51)))
 (let (($x34845 (> phase_719 51)))
 (let (($x34844 (> phase_718 51)))
 (let (($x34843 (> phase_717 51)))
 (let (($x34842 (> phase_716 51)))
 (let (($x34841 (> phase_715 51)))
 (let (($x34840 (> phase_714 51)))
 (let (($x34839 (> phase_713 51)))
 (let (($x34838 (> phase_712 51)))
 (let (($x34837 (> phase_711 51)))
 (let (($x34836 (> phase_710 51)))
 (let (($x34835 (> phase_709 51)))
 (let (($x34834 (> phase_708 51)))
 (let (($x34833 (> phase_707 51)))
 (let (($x34832 (> phase_706 51)))
 (let (($x34831 (> phase_705 51)))
 (let (($x34830 (> phase_704 51)))
 (let (($x34829 (> phase_703 51)))
 (let (($x34828 (> phase_702 51)))
 (let (($x34827 (> phase_701 51)))
 (let (($x34826 (> phase_700 51)))
 (let (($x34825 (> phase_699 51)))
 (let (($x34824 (> phase_698 51)))
 (let (($x34823 (> phase_697 51)))
 (let (($x34822 (> phase_696 51)))
 (let (($x34821 (> phase_695 51)))
 (let (($x34820 (> phase_694 51)))
 (let (($x34819 (> phase_693 51)))
 (let (($x34818 (> phase_692 51)))
 (let (($x34817 (> phase_691 51)))
 (let (($x34816 (> phase_690 51)))
 (let (($x34815 (> phase_689 51)))
 (let (($x34814 (> phase_688 51)))
 (let (($x34813 (> phase_687 51)))
 (let (($x34812 (> phase_686 51)))
 (let (($x34811 (> phase_685 51)))
 (let (($x34810 (> phase_684 51)))
 (let (($x34809 (> phase_683 51)))
 (let (($x34808 (> phase_682 51)))
 (let (($x34807 (> phase_681 51)))
 (let (($x34806 (> phase_680 51)))
 (let (($x34805 (> phase_679 51)))
 (let (($x34804 (> phase_678 51)))
 (let (($x34803 (> phase_677 51)))
 (let (($x34802 (> phase_676 51)))
 (let (($x34801 (> phase_675 51)))
 (let (($x34800 (> phase_674 51)))
 (let (($x34799 (> phase_673 51)))
 (let (($x34798 (> phase_672 51)))
 (let (($x34797 (> phase_671 51)))
 (let (($x34796 (> phase_670 51)))
 (let (($x34795 (> phase_669 51)))
 (let (($x34794 (> phase_668 51)))
 (let (($x34793 (> phase_667 51)))
 (let (($x34792 (> phase_666 51)))
 (let (($x34791 (> phase_665 51)))
 (let (($x34790 (> phase_664 51)))
 (let (($x34789 (> phase_663 51)))
 (let (($x34788 (> phase_662 51)))
 (let (($x34787 (> phase_661 51)))
 (let (($x34786 (> phase_660 51)))
 (let (($x34785 (> phase_659 51)))
 (let (($x34784 (> phase_658 51)))
 (let (($x34783 (> phase_657 51)))
 (let (($x34782 (> phase_656 51)))
 (let (($x34781 (> phase_655 51)))
 (let (($x34780 (> phase_654 51)))
 (let (($x34779 (> phase_653 51)))
 (let (($x34778 (> phase_652 51)))
 (let (($x34777 (> phase_651 51)))
 (let (($x34776 (> phase_650 51)))
 (let (($x34775 (> phase_649 51)))
 (let (($x34774 (> phase_648 51)))
 (let (($x34773 (> phase_647 51)))
 (let (($x34772 (> phase_646 51)))
 (let (($x34771 (> phase_645 51)))
 (let (($x34770 (> phase_644 51)))
 (let (($x34769 (> phase_643 51)))
 (let (($x34768 (> phase_642 51)))
 (let (($x34767 (> phase_641 51)))
 (let (($x34766 (> phase_640 51)))
 (let (($x34765 (> phase_639 51)))
 (let (($x34764 (> phase_638 51)))
 (let (($x34763 (> phase_637 51)))
 (let (($x34762 (> phase_636 51)))
 (let (($x34761 (> phase_635 51)))
 (let (($x34760 (> phase_634 51)))
 (let (($x34759 (> phase_633 51)))
 (let (($x34758 (> phase_632 51)))
 (let (($x34757 (> phase_631 51)))
 (let (($x34756 (> phase_630 51)))
 (let (($x34755 (> phase_629 51)))
 (let (($x34754 (> phase_628 51)))
 (let (($x34753 (> phase_627 51)))
 (let (($x34752 (> phase_626 51)))
 (let (($x34751 (> phase_625 51)))
 (let (($x34750 (> phase_624 51)))
 (let (($x34749 (> phase_623 51)))
 (let (($x34748 (> phase_622 51)))
 (let (($x34747 (> phase_621 51)))
 (let (($x34746 (> phase_620 51)))
 (let (($x34745 (> phase_619 51)))
 (let (($x34744 (> phase_618 51)))
 (let (($x34743 (> phase_617 51)))
 (let (($x34742 (> phase_616 51)))
 (let (($x34741 (> phase_615 51)))
 (let (($x34740 (> phase_614 51)))
 (let (($x34739 (> phase_613 51)))
 (let (($x34738 (> phase_612 51)))
 (let (($x34737 (> phase_611 51)))
 (let (($x34736 (> phase_610 51)))
 (let (($x34735 (> phase_609 51)))
 (let (($x34734 (> phase_608 51)))
 (let (($x34730 (> phase_607 51)))
 (let (($x34729 (> phase_606 51)))
 (let (($x34728 (> phase_605 51)))
 (let (($x34727 (> phase_604 51)))
 (let (($x34726 (> phase_603 51)))
 (let (($x34725 (> phase_602 51)))
 (let (($x34724 (> phase_601 51)))
 (let (($x34723 (> phase_600 51)))
 (let (($x34722 (> phase_599 51)))
 (let (($x34721 (> phase_598 51)))
 (let (($x34720 (> phase_597 51)))
 (let (($x34719 (> phase_596 51)))
 (let (($x34718 (> phase_595 51)))
 (let (($x34717 (> phase_594 51)))
 (let (($x34716 (> phase_593 51)))
 (let (($x34715 (> phase_592 51)))
 (let (($x34714 (> phase_591 51)))
 (let (($x34713 (> phase_590 51)))
 (let (($x34712 (> phase_589 51)))
 (let (($x34711 (> phase_588 51)))
 (let (($x34710 (> phase_587 51)))
 (let (($x34709 (> phase_586 51)))
 (let (($x34708 (> phase_585 51)))
 (let (($x34707 (> phase_584 51)))
 (let (($x34706 (> phase_583 51)))
 (let (($x34705 (> phase_582 51)))
 (let (($x34704 (> phase_581 51)))
 (let (($x34703 (> phase_580 51)))
 (let (($x34702 (> phase_579 51)))
 (let (($x34701 (> phase_578 51)))
 (let (($x34700 (> phase_577 51)))
 (let (($x34699 (> phase_576 51)))
 (let (($x34698 (> phase_575 51)))
 (let (($x34694 (> phase_574 51)))
 (let (($x34693 (> phase_573 51)))
 (let (($x34692 (> phase_572 51)))
 (let (($x34688 (> phase_571 51)))
 (let (($x34687 (> phase_570 51)))
 (let (($x34686 (> phase_569 51)))
 (let (($x34685 (> phase_568 51)))
 (let (($x34684 (> phase_567 51)))
 (let (($x34683 (> phase_566 51)))
 (let (($x34682 (> phase_565 51)))
 (let (($x34681 (> phase_564 51)))
 (let (($x34680 (> phase_563 51)))
 (let (($x34679 (> phase_562 51)))
 (let (($x34678 (> phase_561 51)))
 (let (($x34677 (> phase_560 51)))
 (let (($x34676 (> phase_559 51)))
 (let (($x34675 (> phase_558 51)))
 (let (($x34674 (> phase_557 51)))
 (let (($x34673 (> phase_556 51)))
 (let (($x34672 (> phase_555 51)))
 (let (($x34671 (> phase_554 51)))
 (let (($x34670 (> phase_553 51)))
 (let (($x34669 (> phase_552 51)))
 (let (($x34668 (> phase_551 51)))
 (let (($x34667 (> phase_550 51)))
 (let (($x34666 (> phase_549 51)))
 (let (($x34665 (> phase_548 51)))
 (let (($x34664 (> phase_547 51)))
 (let (($x34663 (> phase_546 51)))
 (let (($x34662 (> phase_545 51)))
 (let (($x34661 (> phase_544 51)))
 (let (($x34660 (> phase_543 51)))
 (let (($x34659 (> phase_542 51)))
 (let (($x34658 (> phase_541 51)))
 (let (($x34657 (> phase_540 51)))
 (let (($x34656 (> phase_539 51)))
 (let (($x34655 (> phase_538 51)))
 (let (($x34654 (> phase_537 51)))
 (let (($x34653 (> phase_536 51)))
 (let (($x34652 (> phase_535 51)))
 (let (($x34651 (> phase_534 51)))
 (let (($x34650 (> phase_533 51)))
 (let (($x34649 (> phase_532 51)))
 (let (($x34648 (> phase_531 51)))
 (let (($x34647 (> phase_530 51)))
 (let (($x34646 (> phase_529 51)))
 (let (($x34645 (> phase_528 51)))
 (let (($x34644 (> phase_527 51)))
 (let (($x34643 (> phase_526 51)))
 (let (($x34642 (> phase_525 51)))
 (let (($x34641 (> phase_524 51)))
 (let (($x34640 (> phase_523 51)))
 (let (($x34639 (> phase_522 51)))
 (let (($x34638 (> phase_521 51)))
 (let (($x34637 (> phase_520 51)))
 (let (($x34636 (> phase_519 51)))
 (let (($x34635 (> phase_518 51)))
 (let (($x34634 (> phase_517 51)))
 (let (($x34633 (> phase_516 51)))
 (let (($x34632 (> phase_515 51)))
 (let (($x34631 (> phase_514 51)))
 (let (($x34630 (> phase_513 51)))
 (let (($x34629 (> phase_512 51)))
 (let (($x34628 (> phase_511 51)))
 (let (($x34627 (> phase_510 51)))
 (let (($x34626 (> phase_509 51)))
 (let (($x34625 (> phase_508 51)))
 (let (($x34624 (> phase_507 51)))
 (let (($x34623 (> phase_506 51)))
 (let (($x34622 (> phase_505 51)))
 (let (($x34621 (> phase_504 51)))
 (let (($x34620 (> phase_503 51)))
 (let (($x34619 (> phase_502 51)))
 (let (($x34618 (> phase_501 51)))
 (let (($x34617 (> phase_500 51)))
 (let (($x34616 (> phase_499 51)))
 (let (($x34615 (> phase_498 51)))
 (let (($x34614 (> phase_497 51)))
 (let (($x34613 (> phase_496 51)))
 (let (($x34612 (> phase_495 51)))
 (let (($x34611 (> phase_494 51)))
 (let (($x34610 (> phase_493 51)))
 (let (($x34609 (> phase_492 51)))
 (let (($x34608 (> phase_491 51)))
 (let (($x34607 (> phase_490 51)))
 (let (($x34606 (> phase_489 51)))
 (let (($x34605 (> phase_488 51)))
 (let (($x34604 (> phase_487 51)))
 (let (($x34603 (> phase_486 51)))
 (let (($x34602 (> phase_485 51)))
 (let (($x34601 (> phase_484 51)))
 (let (($x34600 (> phase_483 51)))
 (let (($x34599 (> phase_482 51)))
 (let (($x34598 (> phase_481 51)))
 (let (($x34597 (> phase_480 51)))
 (let (($x34596 (> phase_479 51)))
 (let (($x34595 (> phase_478 51)))
 (let (($x34594 (> phase_477 51)))
 (let (($x34593 (> phase_476 51)))
 (let (($x34592 (> phase_475 51)))
 (let (($x34591 (> phase_474 51)))
 (let (($x34590 (> phase_473 51)))
 (let (($x34589 (> phase_472 51)))
 (let (($x34588 (> phase_471 51)))
 (let (($x34587 (> phase_470 51)))
 (let (($x34586 (> phase_469 51)))
 (let (($x34585 (> phase_468 51)))
 (let (($x34584 (> phase_467 51)))
 (let (($x34583 (> phase_466 51)))
 (let (($x34582 (> phase_465 51)))
 (let (($x34581 (> phase_464 51)))
 (let (($x34580 (> phase_463 51)))
 (let (($x34579 (> phase_462 51)))
 (let (($x34578 (> phase_461 51)))
 (let (($x34577 (> phase_460 51)))
 (let (($x34576 (> phase_459 51)))
 (let (($x34575 (> phase_458 51)))
 (let (($x34574 (> phase_457 51)))
 (let (($x34573 (> phase_456 51)))
 (let (($x34572 (> phase_455 51)))
 (let (($x34571 (> phase_454 51)))
 (let (($x34570 (> phase_453 51)))
 (let (($x34569 (> phase_452 51)))
 (let (($x34568 (> phase_451 51)))
 (let (($x34567 (> phase_450 51)))
 (let (($x34566 (> phase_449 51)))
 (let (($x34565 (> phase_448 51)))
 (let (($x34564 (> phase_447 51)))
 (let (($x34563 (> phase_446 51)))
 (let (($x34562 (> phase_445 51)))
 (let (($x34561 (> phase_444 51)))
 (let (($x34560 (> phase_443 51)))
 (let (($x34559 (> phase_442 51)))
 (let (($x34558 (> phase_441 51)))
 (let (($x34557 (> phase_440 51)))
 (let (($x34556 (> phase_439 51)))
 (let (($x34555 (> phase_438 51)))
 (let (($x34554 (> phase_437 51)))
 (let (($x34553 (> phase_436 51)))
 (let (($x34552 (> phase_435 51)))
 (let (($x34551 (> phase_434 51)))
 (let (($x34550 (> phase_433 51)))
 (let (($x34549 (> phase_432 51)))
 (let (($x34548 (> phase_431 51)))
 (let (($x34547 (> phase_430 51)))
 (let (($x34546 (> phase_429 51)))
 (let (($x34545 (> phase_428 51)))
 (let (($x34541 (> phase_427 51)))
 (let (($x34540 (> phase_426 51)))
 (let (($x34539 (> phase_425 51)))
 (let (($x34538 (> phase_424 51)))
 (let (($x34537 (> phase_423 51)))
 (let (($x34536 (> phase_422 51)))
 (let (($x34535 (> phase_421 51)))
 (let (($x34534 (> phase_420 51)))
 (let (($x34533 (> phase_419 51)))
 (let (($x34532 (> phase_418 51)))
 (let (($x34531 (> phase_417 51)))
 (let (($x34530 (> phase_416 51)))
 (let (($x34529 (> phase_415 51)))
 (let (($x34528 (> phase_414 51)))
 (let (($x34527 (> phase_413 51)))
 (let (($x34526 (> phase_412 51)))
 (let (($x34525 (> phase_411 51)))
 (let (($x34524 (> phase_410 51)))
 (let (($x34523 (> phase_409 51)))
 (let (($x34522 (> phase_408 51)))
 (let (($x34521 (> phase_407 51)))
 (let (($x34520 (> phase_406 51)))
 (let (($x34519 (> phase_405 51)))
 (let (($x34518 (> phase_404 51)))
 (let (($x34517 (> phase_403 51)))
 (let (($x34516 (> phase_402 51)))
 (let (($x34515 (> phase_401 51)))
 (let (($x34514 (> phase_400 51)))
 (let (($x34513 (> phase_399 51)))
 (let (($x34512 (> phase_398 51)))
 (let (($x34511 (> phase_397 51)))
 (let (($x34510 (> phase_396 51)))
 (let (($x34509 (> phase_395 51)))
 (let (($x34508 (> phase_394 51)))
 (let (($x34507 (> phase_393 51)))
 (let (($x34506 (> phase_392 51)))
 (let (($x34505 (> phase_391 51)))
 (let (($x34504 (> phase_390 51)))
 (let (($x34503 (> phase_389 51)))
 (let (($x34501 (> phase_388 51)))
 (let (($x34500 (> phase_387 51)))
 (let (($x34499 (> phase_386 51)))
 (let (($x34498 (> phase_385 51)))
 (let (($x34497 (> phase_384 51)))
 (let (($x34496 (> phase_383 51)))
 (let (($x34495 (> phase_382 51)))
 (let (($x34494 (> phase_381 51)))
 (let (($x34493 (> phase_380 51)))
 (let (($x34492 (> phase_379 51)))
 (let (($x34491 (> phase_378 51)))
 (let (($x34490 (> phase_377 51)))
 (let (($x34489 (> phase_376 51)))
 (let (($x34488 (> phase_375 51)))
 (let (($x34487 (> phase_374 51)))
 (let (($x34486 (> phase_373 51)))
 (let (($x34485 (> phase_372 51)))
 (let (($x34484 (> phase_371 51)))
 (let (($x34483 (> phase_370 51)))
 (let (($x34482 (> phase_369 51)))
 (let (($x34481 (> phase_368 51)))
 (let (($x34480 (> phase_367 51)))
 (let (($x34479 (> phase_366 51)))
 (let (($x34478 (> phase_365 51)))
 (let (($x34477 (> phase_364 51)))
 (let (($x34476 (> phase_363 51)))
 (let (($x34475 (> phase_362 51)))
 (let (($x34474 (> phase_361 51)))
 (let (($x34473 (> phase_360 51)))
 (let (($x34472 (> phase_359 51)))
 (let (($x34471 (> phase_358 51)))
 (let (($x34470 (> phase_357 51)))
 (let (($x34469 (> phase_356 51)))
 (let (($x34468 (> phase_355 51)))
 (let (($x34467 (> phase_354 51)))
 (let (($x34466 (> phase_353 51)))
 (let (($x34465 (> phase_352 51)))
 (let (($x34464 (> phase_351 51)))
 (let (($x34463 (> phase_350 51)))
 (let (($x34462 (> phase_349 51)))
 (let (($x34461 (> phase_348 51)))
 (let (($x34460 (> phase_347 51)))
 (let (($x34459 (> phase_346 51)))
 (let (($x34458 (> phase_345 51)))
 (let (($x34457 (> phase_344 51)))
 (let (($x34456 (> phase_343 51)))
 (let (($x34455 (> phase_342 51)))
 (let (($x34454 (> phase_341 51)))
 (let (($x34453 (> phase_340 51)))
 (let (($x34452 (> phase_339 51)))
 (let (($x34451 (> phase_338 51)))
 (let (($x34450 (> phase_337 51)))
 (let (($x34449 (> phase_336 51)))
 (let (($x34448 (> phase_335 51)))
 (let (($x34447 (> phase_334 51)))
 (let (($x34446 (> phase_333 51)))
 (let (($x34445 (> phase_332 51)))
 (let (($x34444 (> phase_331 51)))
 (let (($x34443 (> phase_330 51)))
 (let (($x34442 (> phase_329 51)))
 (let (($x34441 (> phase_328 51)))
 (let (($x34440 (> phase_327 51)))
 (let (($x34439 (> phase_326 51)))
 (let (($x34438 (> phase_325 51)))
 (let (($x34437 (> phase_324 51)))
 (let (($x34436 (> phase_323 51)))
 (let (($x34435 (> phase_322 51)))
 (let (($x34434 (> phase_321 51)))
 (let (($x34433 (> phase_320 51)))
 (let (($x34432 (> phase_319 51)))
 (let (($x34431 (> phase_318 51)))
 (let (($x34430 (> phase_317 51)))
 (let (($x34429 (> phase_316 51)))
 (let (($x34428 (> phase_315 51)))
 (let (($x34427 (> phase_314 51)))
 (let (($x34426 (> phase_313 51)))
 (let (($x34425 (> phase_312 51)))
 (let (($x34424 (> phase_311 51)))
 (let (($x34423 (> phase_310 51)))
 (let (($x34422 (> phase_309 51)))
 (let (($x34421 (> phase_308 51)))
 (let (($x34420 (> phase_307 51)))
 (let (($x34419 (> phase_306 51)))
 (let (($x34418 (> phase_305 51)))
 (let (($x34417 (> phase_304 51)))
 (let (($x34416 (> phase_303 51)))
 (let (($x34415 (> phase_302 51)))
 (let (($x34414 (> phase_301 51)))
 (let (($x34413 (> phase_300 51)))
 (let (($x34412 (> phase_299 51)))
 (let (($x34411 (> phase_298 51)))
 (let (($x34410 (> phase_297 51)))
 (let (($x34409 (> phase_296 51)))
 (let (($x34408 (> phase_295 51)))
 (let (($x34407 (> phase_294 51)))
 (let (($x34406 (> phase_293 51)))
 (let (($x34405 (> phase_292 51)))
 (let (($x34404 (> phase_291 51)))
 (let (($x34403 (> phase_290 51)))
 (let (($x34402 (> phase_289 51)))
 (let (($x34401 (> phase_288 51)))
 (let (($x34400 (> phase_287 51)))
 (let (($x34399 (> phase_286 51)))
 (let (($x34398 (> phase_285 51)))
 (let (($x34397 (> phase_284 51)))
 (let (($x34396 (> phase_283 51)))
 (let (($x34395 (> phase_282 51)))
 (let (($x34394 (> phase_281 51)))
 (let (($x34393 (> phase_280 51)))
 (let (($x34392 (> phase_279 51)))
 (let (($x34391 (> phase_278 51)))
 (let (($x34390 (> phase_277 51)))
 (let (($x34389 (> phase_276 51)))
 (let (($x34388 (> phase_275 51)))
 (let (($x34387 (> phase_274 51)))
 (let (($x34386 (> phase_273 51)))
 (let (($x34385 (> phase_272 51)))
 (let (($x34384 (> phase_271 51)))
 (let (($x34383 (> phase_270 51)))
 (let (($x34382 (> phase_269 51)))
 (let (($x34381 (> phase_268 51)))
 (let (($x34380 (> phase_267 51)))
 (let (($x34379 (> phase_266 51)))
 (let (($x34378 (> phase_265 51)))
 (let (($x34377 (> phase_264 51)))
 (let (($x34376 (> phase_263 51)))
 (let (($x34375 (> phase_262 51)))
 (let (($x34374 (> phase_261 51)))
 (let (($x34373 (> phase_260 51)))
 (let (($x34372 (> phase_259 51)))
 (let (($x34371 (> phase_258 51)))
 (let (($x34370 (> phase_257 51)))
 (let (($x34369 (> phase_256 51)))
 (let (($x34368 (> phase_255 51)))
 (let (($x34367 (> phase_254 51)))
 (let (($x34366 (> phase_253 51)))
 (let (($x34365 (> phase_252 51)))
 (let (($x34364 (> phase_251 51)))
 (let (($x34363 (> phase_250 51)))
 (let (($x34362 (> phase_249 51)))
 (let (($x34361 (> phase_248 51)))
 (let (($x34360 (> phase_247 51)))
 (let (($x34359 (> phase_246 51)))
 (let (($x34358 (> phase_245 51)))
 (let (($x34357 (> phase_244 51)))
 (let (($x34356 (> phase_243 51)))
 (let (($x34355 (> phase_242 51)))
 (let (($x34354 (> phase_241 51)))
 (let (($x34353 (> phase_240 51)))
 (let (($x34352 (> phase_239 51)))
 (let (($x34351 (> phase_238 51)))
 (let (($x34350 (> phase_237 51)))
 (let (($x34349 (> phase_236 51)))
 (let (($x34348 (> phase_235 51)))
 (let (($x34347 (> phase_234 51)))
 (let (($x34346 (> phase_233 51)))
 (let (($x34345 (> phase_232 51)))
 (let (($x34344 (> phase_231 51)))
 (let (($x34343 (> phase_230 51)))
 (let (($x34342 (> phase_229 51)))
 (let (($x34341 (> phase_228 51)))
 (let (($x34340 (> phase_227 51)))
 (let (($x34339 (> phase_226 51)))
 (let (($x34335 (> phase_225 51)))
 (let (($x34334 (> phase_224 51)))
 (let (($x34330 (> phase_223 51)))
 (let (($x34329 (> phase_222 51)))
 (let (($x34328 (> phase_221 51)))
 (let (($x34326 (> phase_220 51)))
 (let (($x34321 (> phase_219 51)))
 (let (($x34320 (> phase_218 51)))
 (let (($x34319 (> phase_217 51)))
 (let (($x34288 (> phase_216 51)))
 (let (($x34287 (> phase_215 51)))
 (let (($x34286 (> phase_214 51)))
 (let (($x34279 (> phase_213 51)))
 (let (($x34278 (> phase_212 51)))
 (let (($x34277 (> phase_211 51)))
 (let (($x34276 (> phase_210 51)))
 (let (($x34275 (> phase_209 51)))
 (let (($x34274 (> phase_208 51)))
 (let (($x34265 (> phase_207 51)))
 (let (($x34264 (> phase_206 51)))
 (let (($x34263 (> phase_205 51)))
 (let (($x34246 (> phase_204 51)))
 (let (($x34245 (> phase_203 51)))
 (let (($x34244 (> phase_202 51)))
 (let (($x34234 (> phase_201 51)))
 (let (($x34233 (> phase_200 51)))
 (let (($x34232 (> phase_199 51)))
 (let (($x34227 (> phase_198 51)))
 (let (($x34226 (> phase_197 51)))
 (let (($x34225 (> phase_196 51)))
 (let (($x34210 (> phase_195 51)))
 (let (($x34209 (> phase_194 51)))
 (let (($x34208 (> phase_193 51)))
 (let (($x34207 (> phase_192 51)))
 (let (($x34206 (> phase_191 51)))
 (let (($x34205 (> phase_190 51)))
 (let (($x34204 (> phase_189 51)))
 (let (($x34203 (> phase_188 51)))
 (let (($x34202 (> phase_187 51)))
 (let (($x34201 (> phase_186 51)))
 (let (($x34200 (> phase_185 51)))
 (let (($x34199 (> phase_184 51)))
 (let (($x34198 (> phase_183 51)))
 (let (($x34197 (> phase_182 51)))
 (let (($x34196 (> phase_181 51)))
 (let (($x34195 (> phase_180 51)))
 (let (($x34194 (> phase_179 51)))
 (let (($x34193 (> phase_178 51)))
 (let (($x34192 (> phase_177 51)))
 (let (($x34191 (> phase_176 51)))
 (let (($x34190 (> phase_175 51)))
 (let (($x34189 (> phase_174 51)))
 (let (($x34188 (> phase_173 51)))
 (let (($x34187 (> phase_172 51)))
 (let (($x34186 (> phase_171 51)))
 (let (($x34185 (> phase_170 51)))
 (let (($x34184 (> phase_169 51)))
 (let (($x34183 (> phase_168 51)))
 (let (($x34182 (> phase_167 51)))
 (let (($x34181 (> phase_166 51)))
 (let (($x34180 (> phase_165 51)))
 (let (($x34179 (> phase_164 51)))
 (let (($x34178 (> phase_163 51)))
 (let (($x34177 (> phase_162 51)))
 (let (($x34176 (> phase_161 51)))
 (let (($x34175 (> phase_160 51)))
 (let (($x34174 (> phase_159 51)))
 (let (($x34173 (> phase_158 51)))
 (let (($x34172 (> phase_157 51)))
 (let (($x34171 (> phase_156 51)))
 (let (($x34170 (> phase_155 51)))
 (let (($x34169 (> phase_154 51)))
 (let (($x34168 (> phase_153 51)))
 (let (($x34167 (> phase_152 51)))
 (let (($x34166 (> phase_151 51)))
 (let (($x34165 (> phase_150 51)))
 (let (($x34164 (> phase_149 51)))
 (let (($x34163 (> phase_148 51)))
 (let (($x34162 (> phase_147 51)))
 (let (($x34161 (> phase_146 51)))
 (let (($x34160 (> phase_145 51)))
 (let (($x34159 (> phase_144 51)))
 (let (($x34158 (> phase_143 51)))
 (let (($x34157 (> phase_142 51)))
 (let (($x34156 (> phase_141 51)))
 (let (($x34155 (> phase_140 51)))
 (let (($x34154 (> phase_139 51)))
 (let (($x34153 (> phase_138 51)))
 (let (($x34152 (> phase_137 51)))
 (let (($x34151 (> phase_136 51)))
 (let (($x34150 (> phase_135 51)))
 (let (($x34149 (> phase_134 51)))
 (let (($x34148 (> phase_133 51)))
 (let (($x34147 (> phase_132 51)))
 (let (($x34146 (> phase_131 51)))
 (let (($x34145 (> phase_130 51)))
 (let (($x34144 (> phase_129 51)))
 (let (($x34143 (> phase_128 51)))
 (let (($x34142 (> phase_127 51)))
 (let (($x34141 (> phase_126 51)))
 (let (($x34140 (> phase_125 51)))
 (let (($x34139 (> phase_124 51)))
 (let (($x34138 (> phase_123 51)))
 (let (($x34137 (> phase_122 51)))
 (let (($x34136 (> phase_121 51)))
 (let (($x34135 (> phase_120 51)))
 (let (($x34134 (> phase_119 51)))
 (let (($x34133 (> phase_118 51)))
 (let (($x34132 (> phase_117 51)))
 (let (($x34131 (> phase_116 51)))
 (let (($x34130 (> phase_115 51)))
 (let (($x34129 (> phase_114 51)))
 (let (($x34128 (> phase_113 51)))
 (let (($x34127 (> phase_112 51)))
 (let (($x34126 (> phase_111 51)))
 (let (($x34125 (> phase_110 51)))
 (let (($x34124 (> phase_109 51)))
 (let (($x34123 (> phase_108 51)))
 (let (($x34122 (> phase_107 51)))
 (let (($x34121 (> phase_106 51)))
 (let (($x34120 (> phase_105 51)))
 (let (($x34119 (> phase_104 51)))
 (let (($x34118 (> phase_103 51)))
 (let (($x34117 (> phase_102 51)))
 (let (($x34116 (> phase_101 51)))
 (let (($x34115 (> phase_100 51)))
 (let (($x34114 (> phase_99 51)))
 (let (($x34113 (> phase_98 51)))
 (let (($x34112 (> phase_97 51)))
 (let (($x34111 (> phase_96 51)))
 (let (($x34110 (> phase_95 51)))
 (let (($x34109 (> phase_94 51)))
 (let (($x34108 (> phase_93 51)))
 (let (($x34107 (> phase_92 51)))
 (let (($x34106 (> phase_91 51)))
 (let (($x34105 (> phase_90 51)))
 (let (($x34104 (> phase_89 51)))
 (let (($x34103 (> phase_88 51)))
 (let (($x34102 (> phase_87 51)))
 (let (($x34101 (> phase_86 51)))
 (let (($x34100 (> phase_85 51)))
 (let (($x34099 (> phase_84 51)))
 (let (($x34098 (> phase_83 51)))
 (let (($x34097 (> phase_82 51)))
 (let (($x34096 (> phase_81 51)))
 (let (($x34095 (> phase_80 51)))
 (let (($x34094 (> phase_79 51)))
 (let (($x34093 (> phase_78 51)))
 (let (($x34092 (> phase_77 51)))
 (let (($x34091 (> phase_76 51)))
 (let (($x34090 (> phase_75 51)))
 (let (($x34089 (> phase_74 51)))
 (let (($x34088 (> phase_73 51)))
 (let (($x34087 (> phase_72 51)))
 (let (($x34086 (> phase_71 51)))
 (let (($x34085 (> phase_70 51)))
 (let (($x34084 (> phase_69 51)))
 (let (($x34083 (> phase_68 51)))
 (let (($x34082 (> phase_67 51)))
 (let (($x34081 (> phase_66 51)))
 (let (($x34080 (> phase_65 51)))
 (let (($x34079 (> phase_64 51)))
 (let (($x34078 (> phase_63 51)))
 (let (($x34077 (> phase_62 51)))
 (let (($x34076 (> phase_61 51)))
 (let (($x34072 (> phase_60 51)))
 (let (($x34071 (> phase_59 51)))
 (let (($x34070 (> phase_58 51)))
 (let (($x34069 (> phase_57 51)))
 (let (($x34068 (> phase_56 51)))
 (let (($x34067 (> phase_55 51)))
 (let (($x34066 (> phase_54 51)))
 (let (($x34065 (> phase_53 51)))
 (let (($x34064 (> phase_52 51)))
 (let (($x34063 (> phase_51 51)))
 (let (($x34062 (> phase_50 51)))
 (let (($x34061 (> phase_49 51)))
 (let (($x34060 (> phase_48 51)))
 (let (($x34059 (> phase_47 51)))
 (let (($x34058 (> phase_46 51)))
 (let (($x34057 (> phase_45 51)))
 (let (($x34056 (> phase_44 51)))
 (let (($x34055 (> phase_43 51)))
 (let (($x34054 (> phase_42 51)))
 (let (($x34053 (> phase_41 51)))
 (let (($x34052 (> phase_40 51)))
 (let (($x34051 (> phase_39 51)))
 (let (($x34050 (> phase_38 51)))
 (let (($x34049 (> phase_37 51)))
 (let (($x34048 (> phase_36 51)))
 (let (($x34047 (> phase_35 51)))
 (let (($x34046 (> phase_34 51)))
 (let (($x34044 (> phase_33 51)))
 (let (($x34043 (> phase_32 51)))
 (let (($x34042 (> phase_31 51)))
 (let (($x34041 (> phase_30 51)))
 (let (($x34040 (> phase_29 51)))
 (let (($x34039 (> phase_28 51)))
 (let (($x34038 (> phase_27 51)))
 (let (($x34037 (> phase_26 51)))
 (let (($x34036 (> phase_25 51)))
 (let (($x34035 (> phase_24 51)))
 (let (($x34034 (> phase_23 51)))
 (let (($x34033 (> phase_22 51)))
 (let (($x34032 (> phase_21 51)))
 (let (($x34031 (> phase_20 51)))
 (let (($x34030 (> phase_19 51)))
 (let (($x34029 (> phase_18 51)))
 (let (($x34028 (> phase_17 51)))
 (let (($x34027 (> phase_16 51)))
 (let (($x34026 (> phase_15 51)))
 (let (($x34025 (> phase_14 51)))
 (let (($x34024 (> phase_13 51)))
 (let (($x34023 (> phase_12 51)))
 (let (($x34022 (> phase_11 51)))
 (let (($x34021 (> phase_10 51)))
 (let (($x34020 (> phase_9 51)))
 (let (($x34019 (> phase_8 51)))
 (let (($x34018 (> phase_7 51)))
 (let (($x34017 (> phase_6 51)))
 (let (($x34016 (> phase_5 51)))
 (let (($x34015 (> phase_4 51)))
 (let (($x34014 (> phase_3 51)))
 (let (($x34013 (> phase_2 51)))
 (let (($x37293 (> phase_1 51)))
 (let (($x37292 (> phase_0 51)))
 (or $x37292 $x37293 $x34013 $x34014 $x34015 $x34016 $x34017 $x34018 $x34019 $x34020 $x34021 $x34022 $x34023 $x34024 $x34025 $x34026 $x34027 $x34028 $x34029 $x34030 $x34031 $x34032 $x34033 $x34034 $x34035 $x34036 $x34037 $x34038 $x34039 $x34040 $x34041 $x34042 $x34043 $x34044 $x34046 $x34047 $x34048 $x34049 $x34050 $x34051 $x34052 $x34053 $x34054 $x34055 $x34056 $x34057 $x34058 $x34059 $x34060 $x34061 $x34062 $x34063 $x34064 $x34065 $x34066 $x34067 $x34068 $x34069 $x34070 $x34071 $x34072 $x34076 $x34077 $x34078 $x34079 $x34080 $x34081 $x34082 $x34083 $x34084 $x34085 $x34086 $x34087 $x34088 $x34089 $x34090 $x34091 $x34092 $x34093 $x34094 $x34095 $x34096 $x34097 $x34098 $x34099 $x34100 $x34101 $x34102 $x34103 $x34104 $x34105 $x34106 $x34107 $x34108 $x34109 $x34110 $x34111 $x34112 $x34113 $x34114 $x34115 $x34116 $x34117 $x34118 $x34119 $x34120 $x34121 $x34122 $x34123 $x34124 $x34125 $x34126 $x34127 $x34128 $x34129 $x34130 $x34131 $x34132 $x34133 $x34134 $x34135 $x34136 $x34137 $x34138 $x34139 $x34140 $x34141 $x34142 $x34143 $x34144 $x34145 $x34146 $x34147 $x34148 $x34149 $x34150 $x34151 $x34152 $x34153 $x34154 $x34155 $x34156 $x34157 $x34158 $x34159 $x34160 $x34161 $x34162 $x34163 $x34164 $x34165 $x34166 $x34167 $x34168 $x34169 $x34170 $x34171 $x34172 $x34173 $x34174 $x34175 $x34176 $x34177 $x34178 $x34179 $x34180 $x34181 $x34182 $x34183 $x34184 $x34185 $x34186 $x34187 $x34188 $x34189 $x34190 $x34191 $x34192 $x34193 $x34194 $x34195 $x34196 $x34197 $x34198 $x34199 $x34200 $x34201 $x34202 $x34203 $x34204 $x34205 $x34206 $x34207 $x34208 $x34209 $x34210 $x34225 $x34226 $x34227 $x34232 $x34233 $x34234 $x34244 $x34245 $x34246 $x34263 $x34264 $x34265 $x34274 $x34275 $x34276 $x34277 $x34278 $x34279 $x34286 $x34287 $x34288 $x34319 $x34320 $x34321 $x34326 $x34328 $x34329 $x34330 $x34334 $x34335 $x34339 $x34340 $x34341 $x34342 $x34343 $x34344 $x34345 $x34346 $x34347 $x34348 $x34349 $x34350 $x34351 $x34352 $x34353 $x34354 $x34355 $x34356 $x34357 $x34358 $x34359 $x34360 $x34361 $x34362 $x34363 $x34364 $x34365 $x34366 $x34367 $x34368 $x34369 $x34370 $x34371 $x34372 $x34373 $x34374 $x34375 $x34376 $x34377 $x34378 $x34379 $x34380 $x34381 $x34382 $x34383 $x34384 $x34385 $x34386 $x34387 $x34388 $x34389 $x34390 $x34391 $x34392 $x34393 $x34394 $x34395 $x34396 $x34397 $x34398 $x34399 $x34400 $x34401 $x34402 $x34403 $x34404 $x34405 $x34406 $x34407 $x34408 $x34409 $x34410 $x34411 $x34412 $x34413 $x34414 $x34415 $x34416 $x34417 $x34418 $x34419 $x34420 $x34421 $x34422 $x34423 $x34424 $x34425 $x34426 $x34427 $x34428 $x34429 $x34430 $x34431 $x34432 $x34433 $x34434 $x34435 $x34436 $x34437 $x34438 $x34439 $x34440 $x34441 $x34442 $x34443 $x34444 $x34445 $x34446 $x34447 $x34448 $x34449 $x34450 $x34451 $x34452 $x34453 $x34454 $x34455 $x34456 $x34457 $x34458 $x34459 $x34460 $x34461 $x34462 $x34463 $x34464 $x34465 $x34466 $x34467 $x34468 $x34469 $x34470 $x34471 $x34472 $x34473 $x34474 $x34475 $x34476 $x34477 $x34478 $x34479 $x34480 $x34481 $x34482 $x34483 $x34484 $x34485 $x34486 $x34487 $x34488 $x34489 $x34490 $x34491 $x34492 $x34493 $x34494 $x34495 $x34496 $x34497 $x34498 $x34499 $x34500 $x34501 $x34503 $x34504 $x34505 $x34506 $x34507 $x34508 $x34509 $x34510 $x34511 $x34512 $x34513 $x34514 $x34515 $x34516 $x34517 $x34518 $x34519 $x34520 $x34521 $x34522 $x34523 $x34524 $x34525 $x34526 $x34527 $x34528 $x34529 $x34530 $x34531 $x34532 $x34533 $x34534 $x34535 $x34536 $x34537 $x34538 $x34539 $x34540 $x34541 $x34545 $x34546 $x34547 $x34548 $x34549 $x34550 $x34551 $x34552 $x34553 $x34554 $x34555 $x34556 $x34557 $x34558 $x34559 $x34560 $x34561 $x34562 $x34563 $x34564 $x34565 $x34566 $x34567 $x34568 $x34569 $x34570 $x34571 $x34572 $x34573 $x34574 $x34575 $x34576 $x34577 $x34578 $x34579 $x34580 $x34581 $x34582 $x34583 $x34584 $x34585 $x34586 $x34587 $x34588 $x34589 $x34590 $x34591 $x34592 $x34593 $x34594 $x34595 $x34596 $x34597 $x34598 $x34599 $x34600 $x34601 $x34602 $x34603 $x34604 $x34605 $x34606 $x34607 $x34608 $x34609 $x34610 $x34611 $x34612 $x34613 $x34614 $x34615 $x34616 $x34617 $x34618 $x34619 $x34620 $x34621 $x34622 $x34623 $x34624 $x34625 $x34626 $x34627 $x34628 $x34629 $x34630 $x34631 $x34632 $x34633 $x34634 $x34635 $x34636 $x34637 $x34638 $x34639 $x34640 $x34641 $x34642 $x34643 $x34644 $x34645 $x34646 $x34647 $x34648 $x34649 $x34650 $x34651 $x34652 $x34653 $x34654 $x34655 $x34656 $x34657 $x34658 $x34659 $x34660 $x34661 $x34662 $x34663 $x34664 $x34665 $x34666 $x34667 $x34668 $x34669 $x34670 $x34671 $x34672 $x34673 $x34674 $x34675 $x34676 $x34677 $x34678 $x34679 $x34680 $x34681 $x34682 $x34683 $x34684 $x34685 $x34686 $x34687 $x34688 $x34692 $x34693 $x34694 $x34698 $x34699 $x34700 $x34701 $x34702 $x34703 $x34704 $x34705 $x34706 $x34707 $x34708 $x34709 $x34710 $x34711 $x34712 $x34713 $x34714 $x34715 $x34716 $x34717 $x34718 $x34719 $x34720 $x34721 $x34722 $x34723 $x34724 $x34725 $x34726 $x34727 $x34728 $x34729 $x34730 $x34734 $x34735 $x34736 $x34737 $x34738 $x34739 $x34740 $x34741 $x34742 $x34743 $x34744 $x34745 $x34746 $x34747 $x34748 $x34749 $x34750 $x34751 $x34752 $x34753 $x34754 $x34755 $x34756 $x34757 $x34758 $x34759 $x34760 $x34761 $x34762 $x34763 $x34764 $x34765 $x34766 $x34767 $x34768 $x34769 $x34770 $x34771 $x34772 $x34773 $x34774 $x34775 $x34776 $x34777 $x34778 $x34779 $x34780 $x34781 $x34782 $x34783 $x34784 $x34785 $x34786 $x34787 $x34788 $x34789 $x34790 $x34791 $x34792 $x34793 $x34794 $x34795 $x34796 $x34797 $x34798 $x34799 $x34800 $x34801 $x34802 $x34803 $x34804 $x34805 $x34806 $x34807 $x34808 $x34809 $x34810 $x34811 $x34812 $x34813 $x34814 $x34815 $x34816 $x34817 $x34818 $x34819 $x34820 $x34821 $x34822 $x34823 $x34824 $x34825 $x34826 $x34827 $x34828 $x34829 $x34830 $x34831 $x34832 $x34833 $x34834 $x34835 $x34836 $x34837 $x34838 $x34839 $x34840 $x34841 $x34842 $x34843 $x34844 $x34845 $x34846 $x34847 $x34848 $x34849 $x34850 $x34851 $x34852 $x34853 $x34854 $x34855 $x34856 $x34857 $x34858 $x34859 $x34860 $x34861 $x34862 $x34863 $x34864 $x34865 $x34866 $x34867 $x34868 $x34869 $x34870 $x34871 $x34872 $x34873 $x34874 $x34875 $x34876 $x34877 $x34878 $x34879 $x34880 $x34881 $x34882 $x34883 $x34884 $x34885 $x34886 $x34887 $x34888 $x34889 $x34890 $x34891 $x34892 $x34893 $x34894 $x34895 $x34896 $x34897 $x34898 $x34899 $x34900 $x34901 $x34902 $x34903 $x34904 $x34905 $x34906 $x34907 $x34908 $x34909 $x34910 $x34911 $x34912 $x34913 $x34914 $x34915 $x34916 $x34917 $x34918 $x34919 $x34920 $x34921 $x34922 $x34923 $x34924 $x34925 $x34926 $x34927 $x34928 $x34929 $x34930 $x34931 $x34932 $x34933 $x34934 $x34935 $x34936 $x34937 $x34938 $x34939 $x34940 $x34941 $x34942 $x34943 $x34944 $x34945 $x34946 $x34947 $x34948 $x34949 $x34950 $x34951 $x34952 $x34953 $x34954 $x34955 $x34956 $x34957 $x34958 $x34959 $x34960 $x34961 $x34962 $x34963 $x34964 $x34965 $x34966 $x34967 $x34968 $x34969 $x34970 $x34971 $x34972 $x34973 $x34974 $x34975 $x34976 $x34977 $x34978 $x34979 $x34980 $x34981 $x34982 $x34983 $x34984 $x34985 $x34986 $x34987 $x34988 $x34989 $x34990 $x34991 $x34992 $x34993 $x34994 $x34995 $x34996 $x34997 $x34998 $x34999 $x35000 $x35001 $x35002 $x35003 $x35004 $x35005 $x35006 $x35007 $x35008 $x35009 $x35010 $x35011 $x35012 $x35013 $x35014 $x35015 $x35016 $x35017 $x35018 $x35019 $x35020 $x35022 $x35023 $x35024 $x35025 $x35026 $x35027 $x35028 $x35029 $x35030 $x35031 $x35032 $x35033 $x35034 $x35035 $x35036 $x35037 $x35038 $x35039 $x35040 $x35041 $x35042 $x35043 $x35044 $x35045 $x35046 $x35047 $x35048 $x35049 $x35050 $x35051 $x35052 $x35053 $x35054 $x35055 $x35056 $x35057 $x35058 $x35059 $x35060 $x35061 $x35062 $x35063 $x35064 $x35065 $x35066 $x35067 $x35068 $x35069 $x35070 $x35071 $x35072 $x35073 $x35074 $x35075 $x35076 $x35077 $x35078 $x35079 $x35080 $x35081 $x35082 $x35083 $x35084 $x35085 $x35086 $x35087 $x35088 $x35089 $x35090 $x35091 $x35092 $x35093 $x35094 $x35095 $x35096 $x35097 $x35098 $x35099 $x35100 $x35101 $x35102 $x35103 $x35104 $x35105 $x35106 $x35107 $x35108 $x35109 $x35110 $x35111 $x35112 $x35113 $x35114 $x35115 $x35116 $x35117 $x35118 $x35119 $x35120 $x35121 $x35122 $x35123 $x35124 $x35125 $x35126 $x35127 $x35128 $x35129 $x35130 $x35131 $x35132 $x35133 $x35134 $x35135 $x35136 $x35137 $x35138 $x35139 $x35140 $x35141 $x35142 $x35143 $x35144 $x35145 $x35146 $x35147 $x35148 $x35149 $x35150 $x35151 $x35152 $x35153 $x35154 $x35155 $x35156 $x35157 $x35158 $x35159 $x35160 $x35161 $x35162 $x35163 $x35164 $x35165 $x35166 $x35167 $x35168 $x35169 $x35170 $x35171 $x35172 $x35173 $x35174 $x35175 $x35176 $x35177 $x35178 $x35179 $x35180 $x35181 $x35182 $x35183 $x35184 $x35185 $x35186 $x35187 $x35188 $x35189 $x35190 $x35191 $x35192 $x35193 $x35194 $x35195 $x35196 $x35197 $x35198 $x35199 $x35200 $x35201 $x35202 $x35203 $x35204 $x35205 $x35206 $x35207 $x35208 $x35209 $x35210 $x35211 $x35212 $x35213 $x35214 $x35215 $x35216 $x35217 $x35218 $x35219 $x35220 $x35221 $x35222 $x35223 $x35224 $x35225 $x35226 $x35227 $x35228 $x35229 $x35230 $x35231 $x35232 $x35233 $x35234))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
