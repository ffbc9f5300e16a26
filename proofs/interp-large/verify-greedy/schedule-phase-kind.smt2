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
 (let (($x2048 (not (and (>= phase_1107 0) (= (mod phase_1107 4) 2)))))
 (let (($x2042 (not (and (>= phase_1106 0) (= (mod phase_1106 4) 2)))))
 (let (($x2036 (not (and (>= phase_1105 0) (= (mod phase_1105 4) 2)))))
 (let (($x2024 (not (and (>= phase_1104 0) (= (mod phase_1104 4) 2)))))
 (let (($x2018 (not (and (>= phase_1103 0) (= (mod phase_1103 4) 2)))))
 (let (($x2012 (not (and (>= phase_1102 0) (= (mod phase_1102 4) 2)))))
 (let (($x2006 (not (and (>= phase_1101 0) (= (mod phase_1101 4) 2)))))
 (let (($x2000 (not (and (>= phase_1100 0) (= (mod phase_1100 4) 2)))))
 (let (($x1994 (not (and (>= phase_1099 0) (= (mod phase_1099 4) 2)))))
 (let (($x1982 (not (and (>= phase_1098 0) (= (mod phase_1098 4) 2)))))
 (let (($x1976 (not (and (>= phase_1097 0) (= (mod phase_1097 4) 2)))))
 (let (($x1970 (not (and (>= phase_1096 0) (= (mod phase_1096 4) 2)))))
 (let (($x1964 (not (and (>= phase_1095 0) (= (mod phase_1095 4) 2)))))
 (let (($x1958 (not (and (>= phase_1094 0) (= (mod phase_1094 4) 2)))))
 (let (($x897 (not (and (>= phase_1093 0) (= (mod phase_1093 4) 2)))))
 (let (($x1940 (not (and (>= phase_1092 0) (= (mod phase_1092 4) 2)))))
 (let (($x1934 (not (and (>= phase_1091 0) (= (mod phase_1091 2) 1)))))
 (let (($x1928 (not (and (>= phase_1090 0) (= (mod phase_1090 2) 1)))))
 (let (($x1922 (not (and (>= phase_1089 0) (= (mod phase_1089 2) 1)))))
 (let (($x1916 (not (and (>= phase_1088 0) (= (mod phase_1088 4) 2)))))
 (let (($x1904 (not (and (>= phase_1087 0) (= (mod phase_1087 4) 2)))))
 (let (($x1898 (not (and (>= phase_1086 0) (= (mod phase_1086 4) 2)))))
 (let (($x1892 (not (and (>= phase_1085 0) (= (mod phase_1085 4) 2)))))
 (let (($x1886 (not (and (>= phase_1084 0) (= (mod phase_1084 4) 2)))))
 (let (($x1880 (not (and (>= phase_1083 0) (= (mod phase_1083 4) 2)))))
 (let (($x1868 (not (and (>= phase_1082 0) (= (mod phase_1082 4) 2)))))
 (let (($x1862 (not (and (>= phase_1081 0) (= (mod phase_1081 4) 2)))))
 (let (($x1856 (not (and (>= phase_1080 0) (= (mod phase_1080 4) 2)))))
 (let (($x1850 (not (and (>= phase_1079 0) (= (mod phase_1079 4) 2)))))
 (let (($x1844 (not (and (>= phase_1078 0) (= (mod phase_1078 4) 2)))))
 (let (($x1832 (not (and (>= phase_1077 0) (= (mod phase_1077 4) 2)))))
 (let (($x1826 (not (and (>= phase_1076 0) (= (mod phase_1076 4) 2)))))
 (let (($x1820 (not (and (>= phase_1075 0) (= (mod phase_1075 4) 2)))))
 (let (($x1814 (not (and (>= phase_1074 0) (= (mod phase_1074 4) 2)))))
 (let (($x1808 (not (and (>= phase_1073 0) (= (mod phase_1073 2) 1)))))
 (let (($x1796 (not (and (>= phase_1072 0) (= (mod phase_1072 4) 2)))))
 (let (($x1790 (not (and (>= phase_1071 0) (= (mod phase_1071 4) 2)))))
 (let (($x1784 (not (and (>= phase_1070 0) (= (mod phase_1070 4) 2)))))
 (let (($x1778 (not (and (>= phase_1069 0) (= (mod phase_1069 4) 2)))))
 (let (($x1206 (not (and (>= phase_1068 0) (= (mod phase_1068 4) 2)))))
 (let (($x1760 (not (and (>= phase_1067 0) (= (mod phase_1067 4) 2)))))
 (let (($x1754 (not (and (>= phase_1066 0) (= (mod phase_1066 4) 2)))))
 (let (($x1748 (not (and (>= phase_1065 0) (= (mod phase_1065 4) 2)))))
 (let (($x1742 (not (and (>= phase_1064 0) (= (mod phase_1064 4) 2)))))
 (let (($x1730 (not (and (>= phase_1063 0) (= (mod phase_1063 4) 2)))))
 (let (($x1724 (not (and (>= phase_1062 0) (= (mod phase_1062 4) 2)))))
 (let (($x1718 (not (and (>= phase_1061 0) (= (mod phase_1061 4) 2)))))
 (let (($x1712 (not (and (>= phase_1060 0) (= (mod phase_1060 4) 2)))))
 (let (($x1700 (not (and (>= phase_1059 0) (= (mod phase_1059 4) 2)))))
 (let (($x1694 (not (and (>= phase_1058 0) (= (mod phase_1058 4) 2)))))
 (let (($x1688 (not (and (>= phase_1057 0) (= (mod phase_1057 2) 1)))))
 (let (($x1682 (not (and (>= phase_1056 0) (= (mod phase_1056 4) 2)))))
 (let (($x1108 (not (and (>= phase_1055 0) (= (mod phase_1055 4) 2)))))
 (let (($x1664 (not (and (>= phase_1054 0) (= (mod phase_1054 4) 2)))))
 (let (($x1658 (not (and (>= phase_1053 0) (= (mod phase_1053 4) 2)))))
 (let (($x1652 (not (and (>= phase_1052 0) (= (mod phase_1052 4) 2)))))
 (let (($x848 (not (and (>= phase_1051 0) (= (mod phase_1051 4) 2)))))
 (let (($x1634 (not (and (>= phase_1050 0) (= (mod phase_1050 4) 2)))))
 (let (($x1628 (not (and (>= phase_1049 0) (= (mod phase_1049 4) 2)))))
 (let (($x1622 (not (and (>= phase_1048 0) (= (mod phase_1048 4) 2)))))
 (let (($x1610 (not (and (>= phase_1047 0) (= (mod phase_1047 4) 2)))))
 (let (($x1604 (not (and (>= phase_1046 0) (= (mod phase_1046 4) 2)))))
 (let (($x1598 (not (and (>= phase_1045 0) (= (mod phase_1045 4) 2)))))
 (let (($x1592 (not (and (>= phase_1044 0) (= (mod phase_1044 4) 2)))))
 (let (($x1580 (not (and (>= phase_1043 0) (= (mod phase_1043 4) 2)))))
 (let (($x1574 (not (and (>= phase_1042 0) (= (mod phase_1042 4) 2)))))
 (let (($x1568 (not (and (>= phase_1041 0) (= (mod phase_1041 2) 1)))))
 (let (($x905 (not (and (>= phase_1040 0) (= (mod phase_1040 4) 2)))))
 (let (($x1550 (not (and (>= phase_1039 0) (= (mod phase_1039 4) 2)))))
 (let (($x1544 (not (and (>= phase_1038 0) (= (mod phase_1038 4) 2)))))
 (let (($x1538 (not (and (>= phase_1037 0) (= (mod phase_1037 4) 2)))))
 (let (($x1526 (not (and (>= phase_1036 0) (= (mod phase_1036 4) 2)))))
 (let (($x1520 (not (and (>= phase_1035 0) (= (mod phase_1035 4) 2)))))
 (let (($x1514 (not (and (>= phase_1034 0) (= (mod phase_1034 4) 2)))))
 (let (($x1502 (not (and (>= phase_1033 0) (= (mod phase_1033 4) 2)))))
 (let (($x1496 (not (and (>= phase_1032 0) (= (mod phase_1032 4) 2)))))
 (let (($x1490 (not (and (>= phase_1031 0) (= (mod phase_1031 4) 2)))))
 (let (($x1478 (not (and (>= phase_1030 0) (= (mod phase_1030 4) 2)))))
 (let (($x1472 (not (and (>= phase_1029 0) (= (mod phase_1029 4) 2)))))
 (let (($x1466 (not (and (>= phase_1028 0) (= (mod phase_1028 4) 2)))))
 (let (($x1454 (not (and (>= phase_1027 0) (= (mod phase_1027 4) 2)))))
 (let (($x1448 (not (and (>= phase_1026 0) (= (mod phase_1026 4) 2)))))
 (let (($x1051 (not (and (>= phase_1025 0) (= (mod phase_1025 2) 1)))))
 (let (($x1430 (not (and (>= phase_1024 0) (= (mod phase_1024 4) 2)))))
 (let (($x1424 (not (and (>= phase_1023 0) (= (mod phase_1023 4) 2)))))
 (let (($x1412 (not (and (>= phase_1022 0) (= (mod phase_1022 4) 2)))))
 (let (($x1406 (not (and (>= phase_1021 0) (= (mod phase_1021 4) 2)))))
 (let (($x1394 (not (and (>= phase_1020 0) (= (mod phase_1020 4) 2)))))
 (let (($x1388 (not (and (>= phase_1019 0) (= (mod phase_1019 4) 2)))))
 (let (($x1214 (not (and (>= phase_1018 0) (= (mod phase_1018 4) 2)))))
 (let (($x1370 (not (and (>= phase_1017 0) (= (mod phase_1017 4) 2)))))
 (let (($x1196 (not (and (>= phase_1016 0) (= (mod phase_1016 4) 2)))))
 (let (($x1352 (not (and (>= phase_1015 0) (= (mod phase_1015 4) 2)))))
 (let (($x1340 (not (and (>= phase_1014 0) (= (mod phase_1014 4) 2)))))
 (let (($x1334 (not (and (>= phase_1013 0) (= (mod phase_1013 4) 2)))))
 (let (($x1322 (not (and (>= phase_1012 0) (= (mod phase_1012 4) 2)))))
 (let (($x1096 (not (and (>= phase_1011 0) (= (mod phase_1011 4) 2)))))
 (let (($x1304 (not (and (>= phase_1010 0) (= (mod phase_1010 4) 2)))))
 (let (($x1292 (not (and (>= phase_1009 0) (= (mod phase_1009 2) 1)))))
 (let (($x1280 (not (and (>= phase_1008 0) (= (mod phase_1008 4) 2)))))
 (let (($x1268 (not (and (>= phase_1007 0) (= (mod phase_1007 4) 2)))))
 (let (($x1219 (not (and (>= phase_1006 0) (= (mod phase_1006 4) 2)))))
 (let (($x3833 (not (and (>= phase_1005 0) (= (mod phase_1005 4) 2)))))
 (let (($x823 (not (and (>= phase_1004 0) (= (mod phase_1004 4) 2)))))
 (let (($x817 (not (and (>= phase_1003 0) (= (mod phase_1003 4) 2)))))
 (let (($x811 (not (and (>= phase_1002 0) (= (mod phase_1002 4) 2)))))
 (let (($x805 (not (and (>= phase_1001 0) (= (mod phase_1001 4) 2)))))
 (let (($x799 (not (and (>= phase_1000 0) (= (mod phase_1000 4) 2)))))
 (let (($x793 (not (and (>= phase_999 0) (= (mod phase_999 4) 2)))))
 (let (($x787 (not (and (>= phase_998 0) (= (mod phase_998 4) 2)))))
 (let (($x781 (not (and (>= phase_997 0) (= (mod phase_997 4) 2)))))
 (let (($x775 (not (and (>= phase_996 0) (= (mod phase_996 4) 2)))))
 (let (($x769 (not (and (>= phase_995 0) (= (mod phase_995 4) 2)))))
 (let (($x763 (not (and (>= phase_994 0) (= (mod phase_994 4) 2)))))
 (let (($x26320 (not (and (>= phase_993 0) (= (mod phase_993 2) 1)))))
 (let (($x26403 (not (and (>= phase_992 0) (= (mod phase_992 4) 2)))))
 (let (($x22606 (not (and (>= phase_991 0) (= (mod phase_991 4) 2)))))
 (let (($x23780 (not (and (>= phase_990 0) (= (mod phase_990 4) 2)))))
 (let (($x26491 (not (and (>= phase_989 0) (= (mod phase_989 4) 2)))))
 (let (($x25635 (not (and (>= phase_988 0) (= (mod phase_988 4) 2)))))
 (let (($x26427 (not (and (>= phase_987 0) (= (mod phase_987 4) 2)))))
 (let (($x23992 (not (and (>= phase_986 0) (= (mod phase_986 4) 2)))))
 (let (($x26370 (not (and (>= phase_985 0) (= (mod phase_985 4) 2)))))
 (let (($x23041 (not (and (>= phase_984 0) (= (mod phase_984 4) 2)))))
 (let (($x25142 (not (and (>= phase_983 0) (= (mod phase_983 4) 2)))))
 (let (($x26331 (not (and (>= phase_982 0) (= (mod phase_982 4) 2)))))
 (let (($x24190 (not (and (>= phase_981 0) (= (mod phase_981 4) 2)))))
 (let (($x26503 (not (and (>= phase_980 0) (= (mod phase_980 4) 2)))))
 (let (($x26406 (not (and (>= phase_979 0) (= (mod phase_979 4) 2)))))
 (let (($x23463 (not (and (>= phase_978 0) (= (mod phase_978 4) 2)))))
 (let (($x26380 (not (and (>= phase_977 0) (= (mod phase_977 2) 1)))))
 (let (($x22936 (not (and (>= phase_976 0) (= (mod phase_976 4) 2)))))
 (let (($x25976 (not (and (>= phase_975 0) (= (mod phase_975 4) 2)))))
 (let (($x26096 (not (and (>= phase_974 0) (= (mod phase_974 4) 2)))))
 (let (($x24824 (not (and (>= phase_973 0) (= (mod phase_973 4) 2)))))
 (let (($x21707 (not (and (>= phase_972 0) (= (mod phase_972 4) 2)))))
 (let (($x26443 (not (and (>= phase_971 0) (= (mod phase_971 4) 2)))))
 (let (($x26478 (not (and (>= phase_970 0) (= (mod phase_970 4) 2)))))
 (let (($x26459 (not (and (>= phase_969 0) (= (mod phase_969 4) 2)))))
 (let (($x26249 (not (and (>= phase_968 0) (= (mod phase_968 4) 2)))))
 (let (($x23556 (not (and (>= phase_967 0) (= (mod phase_967 4) 2)))))
 (let (($x25549 (not (and (>= phase_966 0) (= (mod phase_966 4) 2)))))
 (let (($x26442 (not (and (>= phase_965 0) (= (mod phase_965 4) 2)))))
 (let (($x21810 (not (and (>= phase_964 0) (= (mod phase_964 4) 2)))))
 (let (($x25778 (not (and (>= phase_963 0) (= (mod phase_963 4) 2)))))
 (let (($x24309 (not (and (>= phase_962 0) (= (mod phase_962 4) 2)))))
 (let (($x24930 (not (and (>= phase_961 0) (= (mod phase_961 4) 2)))))
 (let (($x22408 (not (and (>= phase_960 0) (= (mod phase_960 4) 2)))))
 (let (($x26309 (not (and (>= phase_959 0) (= (mod phase_959 4) 2)))))
 (let (($x22197 (not (and (>= phase_958 0) (= (mod phase_958 4) 2)))))
 (let (($x26364 (not (and (>= phase_957 0) (= (mod phase_957 2) 1)))))
 (let (($x24732 (not (and (>= phase_956 0) (= (mod phase_956 2) 1)))))
 (let (($x22817 (not (and (>= phase_955 0) (= (mod phase_955 2) 1)))))
 (let (($x23675 (not (and (>= phase_954 0) (= (mod phase_954 2) 1)))))
 (let (($x25445 (not (and (>= phase_953 0) (= (mod phase_953 4) 2)))))
 (let (($x26382 (not (and (>= phase_952 0) (= (mod phase_952 4) 2)))))
 (let (($x26292 (not (and (>= phase_951 0) (= (mod phase_951 4) 2)))))
 (let (($x26493 (not (and (>= phase_950 0) (= (mod phase_950 2) 1)))))
 (let (($x20367 (not (and (>= phase_949 0) (= (mod phase_949 4) 2)))))
 (let (($x26351 (not (and (>= phase_948 0) (= (mod phase_948 4) 2)))))
 (let (($x26458 (not (and (>= phase_947 0) (= (mod phase_947 4) 2)))))
 (let (($x25863 (not (and (>= phase_946 0) (= (mod phase_946 4) 2)))))
 (let (($x26129 (not (and (>= phase_945 0) (= (mod phase_945 4) 2)))))
 (let (($x26367 (not (and (>= phase_944 0) (= (mod phase_944 4) 2)))))
 (let (($x22711 (not (and (>= phase_943 0) (= (mod phase_943 4) 0)))))
 (let (($x26045 (not (and (>= phase_942 0) (= (mod phase_942 2) 1)))))
 (let (($x22500 (not (and (>= phase_941 0) (= (mod phase_941 4) 2)))))
 (let (($x26483 (not (and (>= phase_940 0) (= (mod phase_940 4) 2)))))
 (let (($x26339 (not (and (>= phase_939 0) (= (mod phase_939 4) 2)))))
 (let (($x25261 (not (and (>= phase_938 0) (= (mod phase_938 4) 2)))))
 (let (($x26421 (not (and (>= phase_937 0) (= (mod phase_937 4) 2)))))
 (let (($x26418 (not (and (>= phase_936 0) (= (mod phase_936 4) 2)))))
 (let (($x25036 (not (and (>= phase_935 0) (= (mod phase_935 4) 2)))))
 (let (($x26392 (not (and (>= phase_934 0) (= (mod phase_934 4) 2)))))
 (let (($x19798 (not (and (>= phase_933 0) (= (mod phase_933 4) 2)))))
 (let (($x19792 (not (and (>= phase_932 0) (= (mod phase_932 4) 2)))))
 (let (($x19786 (not (and (>= phase_931 0) (= (mod phase_931 4) 2)))))
 (let (($x19780 (not (and (>= phase_930 0) (= (mod phase_930 4) 2)))))
 (let (($x19774 (not (and (>= phase_929 0) (= (mod phase_929 4) 2)))))
 (let (($x19768 (not (and (>= phase_928 0) (= (mod phase_928 4) 2)))))
 (let (($x19762 (not (and (>= phase_927 0) (= (mod phase_927 4) 2)))))
 (let (($x19756 (not (and (>= phase_926 0) (= (mod phase_926 4) 2)))))
 (let (($x19750 (not (and (>= phase_925 0) (= (mod phase_925 4) 2)))))
 (let (($x19744 (not (and (>= phase_924 0) (= (mod phase_924 4) 2)))))
 (let (($x19738 (not (and (>= phase_923 0) (= (mod phase_923 4) 2)))))
 (let (($x19733 (not (and (>= phase_922 0) (= (mod phase_922 4) 2)))))
 (let (($x19727 (not (and (>= phase_921 0) (= (mod phase_921 4) 2)))))
 (let (($x19720 (not (and (>= phase_920 0) (= (mod phase_920 4) 2)))))
 (let (($x19714 (not (and (>= phase_919 0) (= (mod phase_919 4) 2)))))
 (let (($x19708 (not (and (>= phase_918 0) (= (mod phase_918 4) 2)))))
 (let (($x19702 (not (and (>= phase_917 0) (= (mod phase_917 4) 2)))))
 (let (($x19696 (not (and (>= phase_916 0) (= (mod phase_916 4) 2)))))
 (let (($x19690 (not (and (>= phase_915 0) (= (mod phase_915 4) 2)))))
 (let (($x19684 (not (and (>= phase_914 0) (= (mod phase_914 4) 2)))))
 (let (($x19678 (not (and (>= phase_913 0) (= (mod phase_913 2) 1)))))
 (let (($x19672 (not (and (>= phase_912 0) (= (mod phase_912 2) 1)))))
 (let (($x19666 (not (and (>= phase_911 0) (= (mod phase_911 4) 2)))))
 (let (($x19660 (not (and (>= phase_910 0) (= (mod phase_910 4) 2)))))
 (let (($x19654 (not (and (>= phase_909 0) (= (mod phase_909 4) 2)))))
 (let (($x19648 (not (and (>= phase_908 0) (= (mod phase_908 4) 2)))))
 (let (($x19642 (not (and (>= phase_907 0) (= (mod phase_907 4) 2)))))
 (let (($x19636 (not (and (>= phase_906 0) (= (mod phase_906 4) 2)))))
 (let (($x19630 (not (and (>= phase_905 0) (= (mod phase_905 4) 2)))))
 (let (($x19623 (not (and (>= phase_904 0) (= (mod phase_904 4) 2)))))
 (let (($x19617 (not (and (>= phase_903 0) (= (mod phase_903 4) 2)))))
 (let (($x19611 (not (and (>= phase_902 0) (= (mod phase_902 4) 2)))))
 (let (($x19605 (not (and (>= phase_901 0) (= (mod phase_901 4) 2)))))
 (let (($x19599 (not (and (>= phase_900 0) (= (mod phase_900 4) 2)))))
 (let (($x19593 (not (and (>= phase_899 0) (= (mod phase_899 4) 2)))))
 (let (($x19587 (not (and (>= phase_898 0) (= (mod phase_898 4) 2)))))
 (let (($x19581 (not (and (>= phase_897 0) (= (mod phase_897 4) 2)))))
 (let (($x19575 (not (and (>= phase_896 0) (= (mod phase_896 4) 2)))))
 (let (($x19569 (not (and (>= phase_895 0) (= (mod phase_895 4) 2)))))
 (let (($x19563 (not (and (>= phase_894 0) (= (mod phase_894 4) 2)))))
 (let (($x19557 (not (and (>= phase_893 0) (= (mod phase_893 4) 2)))))
 (let (($x19551 (not (and (>= phase_892 0) (= (mod phase_892 4) 2)))))
 (let (($x19545 (not (and (>= phase_891 0) (= (mod phase_891 4) 2)))))
 (let (($x19539 (not (and (>= phase_890 0) (= (mod phase_890 4) 2)))))
 (let (($x19533 (not (and (>= phase_889 0) (= (mod phase_889 4) 2)))))
 (let (($x19527 (not (and (>= phase_888 0) (= (mod phase_888 4) 2)))))
 (let (($x19520 (not (and (>= phase_887 0) (= (mod phase_887 2) 1)))))
 (let (($x19514 (not (and (>= phase_886 0) (= (mod phase_886 2) 1)))))
 (let (($x19508 (not (and (>= phase_885 0) (= (mod phase_885 4) 2)))))
 (let (($x19502 (not (and (>= phase_884 0) (= (mod phase_884 4) 2)))))
 (let (($x19496 (not (and (>= phase_883 0) (= (mod phase_883 4) 2)))))
 (let (($x19490 (not (and (>= phase_882 0) (= (mod phase_882 4) 2)))))
 (let (($x19484 (not (and (>= phase_881 0) (= (mod phase_881 4) 2)))))
 (let (($x19478 (not (and (>= phase_880 0) (= (mod phase_880 4) 2)))))
 (let (($x19472 (not (and (>= phase_879 0) (= (mod phase_879 4) 2)))))
 (let (($x19466 (not (and (>= phase_878 0) (= (mod phase_878 4) 2)))))
 (let (($x19460 (not (and (>= phase_877 0) (= (mod phase_877 4) 2)))))
 (let (($x19454 (not (and (>= phase_876 0) (= (mod phase_876 4) 2)))))
 (let (($x19448 (not (and (>= phase_875 0) (= (mod phase_875 4) 2)))))
 (let (($x19442 (not (and (>= phase_874 0) (= (mod phase_874 4) 2)))))
 (let (($x19436 (not (and (>= phase_873 0) (= (mod phase_873 4) 2)))))
 (let (($x19430 (not (and (>= phase_872 0) (= (mod phase_872 4) 2)))))
 (let (($x19424 (not (and (>= phase_871 0) (= (mod phase_871 4) 2)))))
 (let (($x19418 (not (and (>= phase_870 0) (= (mod phase_870 4) 2)))))
 (let (($x19411 (not (and (>= phase_869 0) (= (mod phase_869 4) 2)))))
 (let (($x19405 (not (and (>= phase_868 0) (= (mod phase_868 4) 2)))))
 (let (($x19399 (not (and (>= phase_867 0) (= (mod phase_867 4) 2)))))
 (let (($x19393 (not (and (>= phase_866 0) (= (mod phase_866 4) 2)))))
 (let (($x19387 (not (and (>= phase_865 0) (= (mod phase_865 2) 1)))))
 (let (($x19381 (not (and (>= phase_864 0) (= (mod phase_864 2) 1)))))
 (let (($x19375 (not (and (>= phase_863 0) (= (mod phase_863 4) 2)))))
 (let (($x19369 (not (and (>= phase_862 0) (= (mod phase_862 4) 2)))))
 (let (($x19363 (not (and (>= phase_861 0) (= (mod phase_861 4) 2)))))
 (let (($x19357 (not (and (>= phase_860 0) (= (mod phase_860 4) 2)))))
 (let (($x19351 (not (and (>= phase_859 0) (= (mod phase_859 4) 2)))))
 (let (($x19345 (not (and (>= phase_858 0) (= (mod phase_858 4) 2)))))
 (let (($x19339 (not (and (>= phase_857 0) (= (mod phase_857 4) 2)))))
 (let (($x19333 (not (and (>= phase_856 0) (= (mod phase_856 4) 2)))))
 (let (($x19327 (not (and (>= phase_855 0) (= (mod phase_855 4) 2)))))
 (let (($x19321 (not (and (>= phase_854 0) (= (mod phase_854 4) 2)))))
 (let (($x19315 (not (and (>= phase_853 0) (= (mod phase_853 4) 2)))))
 (let (($x19309 (not (and (>= phase_852 0) (= (mod phase_852 4) 2)))))
 (let (($x19302 (not (and (>= phase_851 0) (= (mod phase_851 4) 2)))))
 (let (($x19296 (not (and (>= phase_850 0) (= (mod phase_850 4) 2)))))
 (let (($x19290 (not (and (>= phase_849 0) (= (mod phase_849 4) 2)))))
 (let (($x19284 (not (and (>= phase_848 0) (= (mod phase_848 4) 2)))))
 (let (($x19278 (not (and (>= phase_847 0) (= (mod phase_847 2) 1)))))
 (let (($x19272 (not (and (>= phase_846 0) (= (mod phase_846 2) 1)))))
 (let (($x19266 (not (and (>= phase_845 0) (= (mod phase_845 4) 2)))))
 (let (($x19260 (not (and (>= phase_844 0) (= (mod phase_844 4) 2)))))
 (let (($x19254 (not (and (>= phase_843 0) (= (mod phase_843 4) 2)))))
 (let (($x19248 (not (and (>= phase_842 0) (= (mod phase_842 4) 2)))))
 (let (($x19242 (not (and (>= phase_841 0) (= (mod phase_841 4) 2)))))
 (let (($x19236 (not (and (>= phase_840 0) (= (mod phase_840 4) 2)))))
 (let (($x19230 (not (and (>= phase_839 0) (= (mod phase_839 4) 2)))))
 (let (($x19224 (not (and (>= phase_838 0) (= (mod phase_838 4) 2)))))
 (let (($x19218 (not (and (>= phase_837 0) (= (mod phase_837 4) 2)))))
 (let (($x19212 (not (and (>= phase_836 0) (= (mod phase_836 4) 2)))))
 (let (($x19206 (not (and (>= phase_835 0) (= (mod phase_835 4) 2)))))
 (let (($x19200 (not (and (>= phase_834 0) (= (mod phase_834 4) 2)))))
 (let (($x19194 (not (and (>= phase_833 0) (= (mod phase_833 2) 1)))))
 (let (($x19188 (not (and (>= phase_832 0) (= (mod phase_832 2) 1)))))
 (let (($x19181 (not (and (>= phase_831 0) (= (mod phase_831 4) 2)))))
 (let (($x19175 (not (and (>= phase_830 0) (= (mod phase_830 4) 2)))))
 (let (($x19169 (not (and (>= phase_829 0) (= (mod phase_829 4) 2)))))
 (let (($x19163 (not (and (>= phase_828 0) (= (mod phase_828 4) 2)))))
 (let (($x19157 (not (and (>= phase_827 0) (= (mod phase_827 4) 2)))))
 (let (($x19151 (not (and (>= phase_826 0) (= (mod phase_826 4) 2)))))
 (let (($x19145 (not (and (>= phase_825 0) (= (mod phase_825 4) 2)))))
 (let (($x19139 (not (and (>= phase_824 0) (= (mod phase_824 4) 2)))))
 (let (($x19133 (not (and (>= phase_823 0) (= (mod phase_823 2) 1)))))
 (let (($x19127 (not (and (>= phase_822 0) (= (mod phase_822 2) 1)))))
 (let (($x19121 (not (and (>= phase_821 0) (= (mod phase_821 4) 2)))))
 (let (($x19115 (not (and (>= phase_820 0) (= (mod phase_820 4) 2)))))
 (let (($x19109 (not (and (>= phase_819 0) (= (mod phase_819 4) 2)))))
 (let (($x19103 (not (and (>= phase_818 0) (= (mod phase_818 4) 2)))))
 (let (($x19097 (not (and (>= phase_817 0) (= (mod phase_817 2) 1)))))
 (let (($x19091 (not (and (>= phase_816 0) (= (mod phase_816 4) 0)))))
 (let (($x19085 (not (and (>= phase_815 0) (= (mod phase_815 4) 0)))))
 (let (($x19079 (not (and (>= phase_814 0) (= (mod phase_814 4) 0)))))
 (let (($x19073 (not (and (>= phase_813 0) (= (mod phase_813 4) 0)))))
 (let (($x19067 (not (and (>= phase_812 0) (= (mod phase_812 4) 0)))))
 (let (($x19060 (not (and (>= phase_811 0) (= (mod phase_811 4) 0)))))
 (let (($x19054 (not (and (>= phase_810 0) (= (mod phase_810 4) 0)))))
 (let (($x19048 (not (and (>= phase_809 0) (= (mod phase_809 4) 0)))))
 (let (($x19042 (not (and (>= phase_808 0) (= (mod phase_808 4) 0)))))
 (let (($x19036 (not (and (>= phase_807 0) (= (mod phase_807 4) 0)))))
 (let (($x19030 (not (and (>= phase_806 0) (= (mod phase_806 4) 0)))))
 (let (($x19024 (not (and (>= phase_805 0) (= (mod phase_805 4) 0)))))
 (let (($x19018 (not (and (>= phase_804 0) (= (mod phase_804 4) 0)))))
 (let (($x19012 (not (and (>= phase_803 0) (= (mod phase_803 4) 0)))))
 (let (($x19006 (not (and (>= phase_802 0) (= (mod phase_802 4) 0)))))
 (let (($x19000 (not (and (>= phase_801 0) (= (mod phase_801 4) 0)))))
 (let (($x18994 (not (and (>= phase_800 0) (= (mod phase_800 4) 0)))))
 (let (($x18988 (not (and (>= phase_799 0) (= (mod phase_799 4) 0)))))
 (let (($x18982 (not (and (>= phase_798 0) (= (mod phase_798 4) 0)))))
 (let (($x18976 (not (and (>= phase_797 0) (= (mod phase_797 4) 0)))))
 (let (($x18970 (not (and (>= phase_796 0) (= (mod phase_796 4) 0)))))
 (let (($x18964 (not (and (>= phase_795 0) (= (mod phase_795 4) 0)))))
 (let (($x18958 (not (and (>= phase_794 0) (= (mod phase_794 4) 0)))))
 (let (($x18952 (not (and (>= phase_793 0) (= (mod phase_793 4) 0)))))
 (let (($x18946 (not (and (>= phase_792 0) (= (mod phase_792 4) 0)))))
 (let (($x18940 (not (and (>= phase_791 0) (= (mod phase_791 4) 0)))))
 (let (($x18933 (not (and (>= phase_790 0) (= (mod phase_790 4) 0)))))
 (let (($x18927 (not (and (>= phase_789 0) (= (mod phase_789 4) 0)))))
 (let (($x18921 (not (and (>= phase_788 0) (= (mod phase_788 4) 0)))))
 (let (($x18915 (not (and (>= phase_787 0) (= (mod phase_787 4) 0)))))
 (let (($x18909 (not (and (>= phase_786 0) (= (mod phase_786 4) 0)))))
 (let (($x18903 (not (and (>= phase_785 0) (= (mod phase_785 4) 0)))))
 (let (($x18897 (not (and (>= phase_784 0) (= (mod phase_784 4) 0)))))
 (let (($x18891 (not (and (>= phase_783 0) (= (mod phase_783 4) 0)))))
 (let (($x18885 (not (and (>= phase_782 0) (= (mod phase_782 4) 0)))))
 (let (($x18879 (not (and (>= phase_781 0) (= (mod phase_781 4) 0)))))
 (let (($x18873 (not (and (>= phase_780 0) (= (mod phase_780 2) 1)))))
 (let (($x18867 (not (and (>= phase_779 0) (= (mod phase_779 4) 2)))))
 (let (($x18861 (not (and (>= phase_778 0) (= (mod phase_778 4) 2)))))
 (let (($x18855 (not (and (>= phase_777 0) (= (mod phase_777 4) 2)))))
 (let (($x18849 (not (and (>= phase_776 0) (= (mod phase_776 4) 2)))))
 (let (($x18843 (not (and (>= phase_775 0) (= (mod phase_775 4) 2)))))
 (let (($x18837 (not (and (>= phase_774 0) (= (mod phase_774 4) 2)))))
 (let (($x18831 (not (and (>= phase_773 0) (= (mod phase_773 4) 2)))))
 (let (($x18825 (not (and (>= phase_772 0) (= (mod phase_772 4) 2)))))
 (let (($x18819 (not (and (>= phase_771 0) (= (mod phase_771 2) 1)))))
 (let (($x18813 (not (and (>= phase_770 0) (= (mod phase_770 4) 2)))))
 (let (($x18807 (not (and (>= phase_769 0) (= (mod phase_769 4) 2)))))
 (let (($x18800 (not (and (>= phase_768 0) (= (mod phase_768 4) 2)))))
 (let (($x18794 (not (and (>= phase_767 0) (= (mod phase_767 4) 2)))))
 (let (($x18788 (not (and (>= phase_766 0) (= (mod phase_766 4) 2)))))
 (let (($x18782 (not (and (>= phase_765 0) (= (mod phase_765 4) 2)))))
 (let (($x18776 (not (and (>= phase_764 0) (= (mod phase_764 4) 2)))))
 (let (($x18770 (not (and (>= phase_763 0) (= (mod phase_763 4) 2)))))
 (let (($x18764 (not (and (>= phase_762 0) (= (mod phase_762 2) 1)))))
 (let (($x18758 (not (and (>= phase_761 0) (= (mod phase_761 4) 2)))))
 (let (($x18752 (not (and (>= phase_760 0) (= (mod phase_760 4) 2)))))
 (let (($x18746 (not (and (>= phase_759 0) (= (mod phase_759 4) 2)))))
 (let (($x18740 (not (and (>= phase_758 0) (= (mod phase_758 4) 2)))))
 (let (($x18734 (not (and (>= phase_757 0) (= (mod phase_757 4) 2)))))
 (let (($x18728 (not (and (>= phase_756 0) (= (mod phase_756 4) 2)))))
 (let (($x18722 (not (and (>= phase_755 0) (= (mod phase_755 4) 2)))))
 (let (($x18716 (not (and (>= phase_754 0) (= (mod phase_754 4) 2)))))
 (let (($x18710 (not (and (>= phase_753 0) (= (mod phase_753 2) 1)))))
 (let (($x18704 (not (and (>= phase_752 0) (= (mod phase_752 4) 2)))))
 (let (($x18698 (not (and (>= phase_751 0) (= (mod phase_751 4) 2)))))
 (let (($x18692 (not (and (>= phase_750 0) (= (mod phase_750 4) 2)))))
 (let (($x18686 (not (and (>= phase_749 0) (= (mod phase_749 4) 2)))))
 (let (($x18680 (not (and (>= phase_748 0) (= (mod phase_748 4) 2)))))
 (let (($x18674 (not (and (>= phase_747 0) (= (mod phase_747 4) 2)))))
 (let (($x18668 (not (and (>= phase_746 0) (= (mod phase_746 4) 2)))))
 (let (($x18661 (not (and (>= phase_745 0) (= (mod phase_745 4) 2)))))
 (let (($x18655 (not (and (>= phase_744 0) (= (mod phase_744 2) 1)))))
 (let (($x18649 (not (and (>= phase_743 0) (= (mod phase_743 4) 2)))))
 (let (($x18643 (not (and (>= phase_742 0) (= (mod phase_742 4) 2)))))
 (let (($x18637 (not (and (>= phase_741 0) (= (mod phase_741 4) 2)))))
 (let (($x18631 (not (and (>= phase_740 0) (= (mod phase_740 4) 2)))))
 (let (($x18625 (not (and (>= phase_739 0) (= (mod phase_739 4) 2)))))
 (let (($x18619 (not (and (>= phase_738 0) (= (mod phase_738 4) 2)))))
 (let (($x18613 (not (and (>= phase_737 0) (= (mod phase_737 4) 2)))))
 (let (($x18607 (not (and (>= phase_736 0) (= (mod phase_736 4) 2)))))
 (let (($x18601 (not (and (>= phase_735 0) (= (mod phase_735 2) 1)))))
 (let (($x18595 (not (and (>= phase_734 0) (= (mod phase_734 4) 2)))))
 (let (($x18589 (not (and (>= phase_733 0) (= (mod phase_733 4) 2)))))
 (let (($x18583 (not (and (>= phase_732 0) (= (mod phase_732 4) 2)))))
 (let (($x18577 (not (and (>= phase_731 0) (= (mod phase_731 4) 2)))))
 (let (($x18571 (not (and (>= phase_730 0) (= (mod phase_730 4) 2)))))
 (let (($x18565 (not (and (>= phase_729 0) (= (mod phase_729 4) 2)))))
 (let (($x18559 (not (and (>= phase_728 0) (= (mod phase_728 4) 2)))))
 (let (($x18553 (not (and (>= phase_727 0) (= (mod phase_727 4) 2)))))
 (let (($x18547 (not (and (>= phase_726 0) (= (mod phase_726 2) 1)))))
 (let (($x18541 (not (and (>= phase_725 0) (= (mod phase_725 4) 2)))))
 (let (($x18535 (not (and (>= phase_724 0) (= (mod phase_724 4) 2)))))
 (let (($x18529 (not (and (>= phase_723 0) (= (mod phase_723 4) 2)))))
 (let (($x18523 (not (and (>= phase_722 0) (= (mod phase_722 4) 2)))))
 (let (($x18516 (not (and (>= phase_721 0) (= (mod phase_721 4) 2)))))
 (let (($x18510 (not (and (>= phase_720 0) (= (mod phase_720 4) 2)))))
 (let (($x18504 (not (and (>= phase_719 0) (= (mod phase_719 4) 2)))))
 (let (($x18498 (not (and (>= phase_718 0) (= (mod phase_718 4) 2)))))
 (let (($x18492 (not (and (>= phase_717 0) (= (mod phase_717 2) 1)))))
 (let (($x18486 (not (and (>= phase_716 0) (= (mod phase_716 4) 2)))))
 (let (($x18480 (not (and (>= phase_715 0) (= (mod phase_715 4) 2)))))
 (let (($x18474 (not (and (>= phase_714 0) (= (mod phase_714 4) 2)))))
 (let (($x18468 (not (and (>= phase_713 0) (= (mod phase_713 4) 2)))))
 (let (($x18462 (not (and (>= phase_712 0) (= (mod phase_712 4) 2)))))
 (let (($x18456 (not (and (>= phase_711 0) (= (mod phase_711 4) 2)))))
 (let (($x18450 (not (and (>= phase_710 0) (= (mod phase_710 4) 2)))))
 (let (($x18444 (not (and (>= phase_709 0) (= (mod phase_709 4) 2)))))
 (let (($x18438 (not (and (>= phase_708 0) (= (mod phase_708 4) 0)))))
 (let (($x18432 (not (and (>= phase_707 0) (= (mod phase_707 4) 0)))))
 (let (($x18426 (not (and (>= phase_706 0) (= (mod phase_706 4) 0)))))
 (let (($x18420 (not (and (>= phase_705 0) (= (mod phase_705 4) 0)))))
 (let (($x18414 (not (and (>= phase_704 0) (= (mod phase_704 4) 0)))))
 (let (($x18408 (not (and (>= phase_703 0) (= (mod phase_703 4) 0)))))
 (let (($x18402 (not (and (>= phase_702 0) (= (mod phase_702 4) 0)))))
 (let (($x18396 (not (and (>= phase_701 0) (= (mod phase_701 4) 0)))))
 (let (($x18390 (not (and (>= phase_700 0) (= (mod phase_700 2) 1)))))
 (let (($x18384 (not (and (>= phase_699 0) (= (mod phase_699 4) 2)))))
 (let (($x18378 (not (and (>= phase_698 0) (= (mod phase_698 4) 2)))))
 (let (($x18371 (not (and (>= phase_697 0) (= (mod phase_697 4) 2)))))
 (let (($x18365 (not (and (>= phase_696 0) (= (mod phase_696 4) 2)))))
 (let (($x18359 (not (and (>= phase_695 0) (= (mod phase_695 4) 2)))))
 (let (($x18353 (not (and (>= phase_694 0) (= (mod phase_694 4) 2)))))
 (let (($x18347 (not (and (>= phase_693 0) (= (mod phase_693 4) 2)))))
 (let (($x18341 (not (and (>= phase_692 0) (= (mod phase_692 4) 2)))))
 (let (($x18335 (not (and (>= phase_691 0) (= (mod phase_691 2) 1)))))
 (let (($x18329 (not (and (>= phase_690 0) (= (mod phase_690 4) 2)))))
 (let (($x18323 (not (and (>= phase_689 0) (= (mod phase_689 4) 2)))))
 (let (($x18317 (not (and (>= phase_688 0) (= (mod phase_688 4) 2)))))
 (let (($x18311 (not (and (>= phase_687 0) (= (mod phase_687 4) 2)))))
 (let (($x18305 (not (and (>= phase_686 0) (= (mod phase_686 4) 2)))))
 (let (($x18299 (not (and (>= phase_685 0) (= (mod phase_685 4) 2)))))
 (let (($x18293 (not (and (>= phase_684 0) (= (mod phase_684 4) 2)))))
 (let (($x18287 (not (and (>= phase_683 0) (= (mod phase_683 4) 2)))))
 (let (($x18281 (not (and (>= phase_682 0) (= (mod phase_682 2) 1)))))
 (let (($x18275 (not (and (>= phase_681 0) (= (mod phase_681 4) 2)))))
 (let (($x18269 (not (and (>= phase_680 0) (= (mod phase_680 4) 2)))))
 (let (($x18263 (not (and (>= phase_679 0) (= (mod phase_679 4) 2)))))
 (let (($x18257 (not (and (>= phase_678 0) (= (mod phase_678 4) 2)))))
 (let (($x18251 (not (and (>= phase_677 0) (= (mod phase_677 4) 2)))))
 (let (($x18245 (not (and (>= phase_676 0) (= (mod phase_676 4) 2)))))
 (let (($x18239 (not (and (>= phase_675 0) (= (mod phase_675 4) 2)))))
 (let (($x18233 (not (and (>= phase_674 0) (= (mod phase_674 4) 2)))))
 (let (($x18227 (not (and (>= phase_673 0) (= (mod phase_673 2) 1)))))
 (let (($x18221 (not (and (>= phase_672 0) (= (mod phase_672 4) 2)))))
 (let (($x18214 (not (and (>= phase_671 0) (= (mod phase_671 4) 2)))))
 (let (($x18208 (not (and (>= phase_670 0) (= (mod phase_670 4) 2)))))
 (let (($x18202 (not (and (>= phase_669 0) (= (mod phase_669 4) 2)))))
 (let (($x18196 (not (and (>= phase_668 0) (= (mod phase_668 4) 2)))))
 (let (($x18190 (not (and (>= phase_667 0) (= (mod phase_667 4) 2)))))
 (let (($x18184 (not (and (>= phase_666 0) (= (mod phase_666 4) 2)))))
 (let (($x18178 (not (and (>= phase_665 0) (= (mod phase_665 4) 2)))))
 (let (($x18172 (not (and (>= phase_664 0) (= (mod phase_664 2) 1)))))
 (let (($x18166 (not (and (>= phase_663 0) (= (mod phase_663 4) 2)))))
 (let (($x18160 (not (and (>= phase_662 0) (= (mod phase_662 4) 2)))))
 (let (($x18154 (not (and (>= phase_661 0) (= (mod phase_661 4) 2)))))
 (let (($x18148 (not (and (>= phase_660 0) (= (mod phase_660 4) 2)))))
 (let (($x18142 (not (and (>= phase_659 0) (= (mod phase_659 4) 2)))))
 (let (($x18136 (not (and (>= phase_658 0) (= (mod phase_658 4) 2)))))
 (let (($x18130 (not (and (>= phase_657 0) (= (mod phase_657 4) 2)))))
 (let (($x18124 (not (and (>= phase_656 0) (= (mod phase_656 4) 2)))))
 (let (($x18118 (not (and (>= phase_655 0) (= (mod phase_655 2) 1)))))
 (let (($x18112 (not (and (>= phase_654 0) (= (mod phase_654 4) 2)))))
 (let (($x18106 (not (and (>= phase_653 0) (= (mod phase_653 4) 2)))))
 (let (($x18100 (not (and (>= phase_652 0) (= (mod phase_652 4) 2)))))
 (let (($x18094 (not (and (>= phase_651 0) (= (mod phase_651 4) 2)))))
 (let (($x18088 (not (and (>= phase_650 0) (= (mod phase_650 4) 2)))))
 (let (($x18082 (not (and (>= phase_649 0) (= (mod phase_649 4) 2)))))
 (let (($x18076 (not (and (>= phase_648 0) (= (mod phase_648 4) 2)))))
 (let (($x18070 (not (and (>= phase_647 0) (= (mod phase_647 4) 2)))))
 (let (($x18064 (not (and (>= phase_646 0) (= (mod phase_646 2) 1)))))
 (let (($x18057 (not (and (>= phase_645 0) (= (mod phase_645 4) 2)))))
 (let (($x18051 (not (and (>= phase_644 0) (= (mod phase_644 4) 2)))))
 (let (($x18045 (not (and (>= phase_643 0) (= (mod phase_643 4) 2)))))
 (let (($x18039 (not (and (>= phase_642 0) (= (mod phase_642 4) 2)))))
 (let (($x18033 (not (and (>= phase_641 0) (= (mod phase_641 4) 2)))))
 (let (($x18027 (not (and (>= phase_640 0) (= (mod phase_640 4) 2)))))
 (let (($x18021 (not (and (>= phase_639 0) (= (mod phase_639 4) 2)))))
 (let (($x18015 (not (and (>= phase_638 0) (= (mod phase_638 4) 2)))))
 (let (($x18009 (not (and (>= phase_637 0) (= (mod phase_637 2) 1)))))
 (let (($x18003 (not (and (>= phase_636 0) (= (mod phase_636 4) 2)))))
 (let (($x17997 (not (and (>= phase_635 0) (= (mod phase_635 4) 2)))))
 (let (($x17991 (not (and (>= phase_634 0) (= (mod phase_634 4) 2)))))
 (let (($x17985 (not (and (>= phase_633 0) (= (mod phase_633 4) 2)))))
 (let (($x17979 (not (and (>= phase_632 0) (= (mod phase_632 4) 2)))))
 (let (($x17973 (not (and (>= phase_631 0) (= (mod phase_631 4) 2)))))
 (let (($x17967 (not (and (>= phase_630 0) (= (mod phase_630 4) 2)))))
 (let (($x17961 (not (and (>= phase_629 0) (= (mod phase_629 4) 2)))))
 (let (($x17955 (not (and (>= phase_628 0) (= (mod phase_628 2) 1)))))
 (let (($x17949 (not (and (>= phase_627 0) (= (mod phase_627 4) 2)))))
 (let (($x17943 (not (and (>= phase_626 0) (= (mod phase_626 4) 2)))))
 (let (($x17937 (not (and (>= phase_625 0) (= (mod phase_625 4) 2)))))
 (let (($x17931 (not (and (>= phase_624 0) (= (mod phase_624 4) 2)))))
 (let (($x17925 (not (and (>= phase_623 0) (= (mod phase_623 4) 2)))))
 (let (($x17919 (not (and (>= phase_622 0) (= (mod phase_622 4) 2)))))
 (let (($x17913 (not (and (>= phase_621 0) (= (mod phase_621 4) 2)))))
 (let (($x17907 (not (and (>= phase_620 0) (= (mod phase_620 4) 2)))))
 (let (($x17901 (not (and (>= phase_619 0) (= (mod phase_619 2) 1)))))
 (let (($x17894 (not (and (>= phase_618 0) (= (mod phase_618 4) 2)))))
 (let (($x17888 (not (and (>= phase_617 0) (= (mod phase_617 4) 2)))))
 (let (($x17882 (not (and (>= phase_616 0) (= (mod phase_616 4) 2)))))
 (let (($x17876 (not (and (>= phase_615 0) (= (mod phase_615 4) 2)))))
 (let (($x17870 (not (and (>= phase_614 0) (= (mod phase_614 4) 2)))))
 (let (($x17864 (not (and (>= phase_613 0) (= (mod phase_613 4) 2)))))
 (let (($x17858 (not (and (>= phase_612 0) (= (mod phase_612 4) 2)))))
 (let (($x17852 (not (and (>= phase_611 0) (= (mod phase_611 4) 2)))))
 (let (($x17846 (not (and (>= phase_610 0) (= (mod phase_610 2) 1)))))
 (let (($x17840 (not (and (>= phase_609 0) (= (mod phase_609 4) 2)))))
 (let (($x17834 (not (and (>= phase_608 0) (= (mod phase_608 4) 2)))))
 (let (($x17828 (not (and (>= phase_607 0) (= (mod phase_607 4) 2)))))
 (let (($x17822 (not (and (>= phase_606 0) (= (mod phase_606 4) 2)))))
 (let (($x17816 (not (and (>= phase_605 0) (= (mod phase_605 4) 2)))))
 (let (($x17810 (not (and (>= phase_604 0) (= (mod phase_604 4) 2)))))
 (let (($x17804 (not (and (>= phase_603 0) (= (mod phase_603 4) 2)))))
 (let (($x17798 (not (and (>= phase_602 0) (= (mod phase_602 4) 2)))))
 (let (($x17792 (not (and (>= phase_601 0) (= (mod phase_601 2) 1)))))
 (let (($x17786 (not (and (>= phase_600 0) (= (mod phase_600 4) 2)))))
 (let (($x17780 (not (and (>= phase_599 0) (= (mod phase_599 4) 2)))))
 (let (($x17774 (not (and (>= phase_598 0) (= (mod phase_598 4) 2)))))
 (let (($x9392 (not (and (>= phase_597 0) (= (mod phase_597 4) 2)))))
 (let (($x7073 (not (and (>= phase_596 0) (= (mod phase_596 4) 2)))))
 (let (($x7101 (not (and (>= phase_595 0) (= (mod phase_595 4) 2)))))
 (let (($x7772 (not (and (>= phase_594 0) (= (mod phase_594 4) 2)))))
 (let (($x7702 (not (and (>= phase_593 0) (= (mod phase_593 4) 2)))))
 (let (($x7712 (not (and (>= phase_592 0) (= (mod phase_592 2) 1)))))
 (let (($x7190 (not (and (>= phase_591 0) (= (mod phase_591 4) 2)))))
 (let (($x7805 (not (and (>= phase_590 0) (= (mod phase_590 4) 2)))))
 (let (($x7815 (not (and (>= phase_589 0) (= (mod phase_589 4) 2)))))
 (let (($x7550 (not (and (>= phase_588 0) (= (mod phase_588 4) 2)))))
 (let (($x16500 (not (and (>= phase_587 0) (= (mod phase_587 4) 2)))))
 (let (($x16494 (not (and (>= phase_586 0) (= (mod phase_586 4) 2)))))
 (let (($x16488 (not (and (>= phase_585 0) (= (mod phase_585 4) 2)))))
 (let (($x16482 (not (and (>= phase_584 0) (= (mod phase_584 4) 2)))))
 (let (($x16476 (not (and (>= phase_583 0) (= (mod phase_583 2) 1)))))
 (let (($x16470 (not (and (>= phase_582 0) (= (mod phase_582 4) 2)))))
 (let (($x16464 (not (and (>= phase_581 0) (= (mod phase_581 4) 2)))))
 (let (($x16458 (not (and (>= phase_580 0) (= (mod phase_580 4) 2)))))
 (let (($x16452 (not (and (>= phase_579 0) (= (mod phase_579 4) 2)))))
 (let (($x16446 (not (and (>= phase_578 0) (= (mod phase_578 4) 2)))))
 (let (($x16440 (not (and (>= phase_577 0) (= (mod phase_577 4) 2)))))
 (let (($x16434 (not (and (>= phase_576 0) (= (mod phase_576 4) 2)))))
 (let (($x16428 (not (and (>= phase_575 0) (= (mod phase_575 4) 2)))))
 (let (($x16422 (not (and (>= phase_574 0) (= (mod phase_574 2) 1)))))
 (let (($x16416 (not (and (>= phase_573 0) (= (mod phase_573 4) 2)))))
 (let (($x16409 (not (and (>= phase_572 0) (= (mod phase_572 4) 2)))))
 (let (($x16403 (not (and (>= phase_571 0) (= (mod phase_571 4) 2)))))
 (let (($x16397 (not (and (>= phase_570 0) (= (mod phase_570 4) 2)))))
 (let (($x16391 (not (and (>= phase_569 0) (= (mod phase_569 4) 2)))))
 (let (($x16385 (not (and (>= phase_568 0) (= (mod phase_568 4) 2)))))
 (let (($x16379 (not (and (>= phase_567 0) (= (mod phase_567 4) 2)))))
 (let (($x16373 (not (and (>= phase_566 0) (= (mod phase_566 4) 2)))))
 (let (($x16367 (not (and (>= phase_565 0) (= (mod phase_565 2) 1)))))
 (let (($x16361 (not (and (>= phase_564 0) (= (mod phase_564 4) 2)))))
 (let (($x16355 (not (and (>= phase_563 0) (= (mod phase_563 4) 2)))))
 (let (($x16349 (not (and (>= phase_562 0) (= (mod phase_562 4) 2)))))
 (let (($x16343 (not (and (>= phase_561 0) (= (mod phase_561 4) 2)))))
 (let (($x16337 (not (and (>= phase_560 0) (= (mod phase_560 4) 2)))))
 (let (($x16331 (not (and (>= phase_559 0) (= (mod phase_559 4) 2)))))
 (let (($x16325 (not (and (>= phase_558 0) (= (mod phase_558 4) 2)))))
 (let (($x15718 (not (and (>= phase_557 0) (= (mod phase_557 4) 2)))))
 (let (($x16317 (not (and (>= phase_556 0) (= (mod phase_556 4) 0)))))
 (let (($x14950 (not (and (>= phase_555 0) (= (mod phase_555 4) 0)))))
 (let (($x14573 (not (and (>= phase_554 0) (= (mod phase_554 4) 0)))))
 (let (($x14233 (not (and (>= phase_553 0) (= (mod phase_553 4) 0)))))
 (let (($x13929 (not (and (>= phase_552 0) (= (mod phase_552 4) 0)))))
 (let (($x13661 (not (and (>= phase_551 0) (= (mod phase_551 4) 0)))))
 (let (($x13429 (not (and (>= phase_550 0) (= (mod phase_550 4) 0)))))
 (let (($x13233 (not (and (>= phase_549 0) (= (mod phase_549 4) 0)))))
 (let (($x13074 (not (and (>= phase_548 0) (= (mod phase_548 2) 1)))))
 (let (($x8196 (not (and (>= phase_547 0) (= (mod phase_547 4) 2)))))
 (let (($x8913 (not (and (>= phase_546 0) (= (mod phase_546 2) 1)))))
 (let (($x3626 (not (and (>= phase_545 0) (= (mod phase_545 4) 2)))))
 (let (($x3227 (not (and (>= phase_544 0) (= (mod phase_544 4) 2)))))
 (let (($x2864 (not (and (>= phase_543 0) (= (mod phase_543 2) 1)))))
 (let (($x2537 (not (and (>= phase_542 0) (= (mod phase_542 4) 2)))))
 (let (($x2246 (not (and (>= phase_541 0) (= (mod phase_541 4) 2)))))
 (let (($x1991 (not (and (>= phase_540 0) (= (mod phase_540 4) 2)))))
 (let (($x1772 (not (and (>= phase_539 0) (= (mod phase_539 2) 1)))))
 (let (($x1589 (not (and (>= phase_538 0) (= (mod phase_538 4) 2)))))
 (let (($x1442 (not (and (>= phase_537 0) (= (mod phase_537 4) 2)))))
 (let (($x1331 (not (and (>= phase_536 0) (= (mod phase_536 4) 2)))))
 (let (($x1256 (not (and (>= phase_535 0) (= (mod phase_535 4) 2)))))
 (let (($x9056 (not (and (>= phase_534 0) (= (mod phase_534 2) 1)))))
 (let (($x15357 (not (and (>= phase_533 0) (= (mod phase_533 4) 2)))))
 (let (($x15351 (not (and (>= phase_532 0) (= (mod phase_532 4) 2)))))
 (let (($x15345 (not (and (>= phase_531 0) (= (mod phase_531 4) 2)))))
 (let (($x15339 (not (and (>= phase_530 0) (= (mod phase_530 4) 2)))))
 (let (($x15333 (not (and (>= phase_529 0) (= (mod phase_529 4) 2)))))
 (let (($x15327 (not (and (>= phase_528 0) (= (mod phase_528 2) 1)))))
 (let (($x15320 (not (and (>= phase_527 0) (= (mod phase_527 4) 2)))))
 (let (($x15314 (not (and (>= phase_526 0) (= (mod phase_526 4) 2)))))
 (let (($x15308 (not (and (>= phase_525 0) (= (mod phase_525 4) 2)))))
 (let (($x15302 (not (and (>= phase_524 0) (= (mod phase_524 4) 2)))))
 (let (($x15296 (not (and (>= phase_523 0) (= (mod phase_523 4) 2)))))
 (let (($x15285 (not (and (>= phase_522 0) (= (mod phase_522 4) 2)))))
 (let (($x15279 (not (and (>= phase_521 0) (= (mod phase_521 2) 1)))))
 (let (($x15273 (not (and (>= phase_520 0) (= (mod phase_520 4) 2)))))
 (let (($x15267 (not (and (>= phase_519 0) (= (mod phase_519 4) 2)))))
 (let (($x15261 (not (and (>= phase_518 0) (= (mod phase_518 4) 2)))))
 (let (($x15255 (not (and (>= phase_517 0) (= (mod phase_517 4) 2)))))
 (let (($x15249 (not (and (>= phase_516 0) (= (mod phase_516 4) 2)))))
 (let (($x15243 (not (and (>= phase_515 0) (= (mod phase_515 4) 2)))))
 (let (($x15237 (not (and (>= phase_514 0) (= (mod phase_514 4) 2)))))
 (let (($x15231 (not (and (>= phase_513 0) (= (mod phase_513 2) 1)))))
 (let (($x15504 (not (and (>= phase_512 0) (= (mod phase_512 4) 2)))))
 (let (($x15214 (not (and (>= phase_511 0) (= (mod phase_511 4) 2)))))
 (let (($x15208 (not (and (>= phase_510 0) (= (mod phase_510 4) 2)))))
 (let (($x15202 (not (and (>= phase_509 0) (= (mod phase_509 4) 2)))))
 (let (($x15196 (not (and (>= phase_508 0) (= (mod phase_508 4) 2)))))
 (let (($x15190 (not (and (>= phase_507 0) (= (mod phase_507 4) 2)))))
 (let (($x15184 (not (and (>= phase_506 0) (= (mod phase_506 4) 2)))))
 (let (($x15178 (not (and (>= phase_505 0) (= (mod phase_505 4) 2)))))
 (let (($x15172 (not (and (>= phase_504 0) (= (mod phase_504 2) 1)))))
 (let (($x15166 (not (and (>= phase_503 0) (= (mod phase_503 4) 2)))))
 (let (($x15160 (not (and (>= phase_502 0) (= (mod phase_502 4) 2)))))
 (let (($x15149 (not (and (>= phase_501 0) (= (mod phase_501 4) 2)))))
 (let (($x15143 (not (and (>= phase_500 0) (= (mod phase_500 4) 2)))))
 (let (($x15137 (not (and (>= phase_499 0) (= (mod phase_499 4) 2)))))
 (let (($x15131 (not (and (>= phase_498 0) (= (mod phase_498 4) 2)))))
 (let (($x15125 (not (and (>= phase_497 0) (= (mod phase_497 4) 2)))))
 (let (($x15119 (not (and (>= phase_496 0) (= (mod phase_496 4) 2)))))
 (let (($x15113 (not (and (>= phase_495 0) (= (mod phase_495 2) 1)))))
 (let (($x15107 (not (and (>= phase_494 0) (= (mod phase_494 4) 2)))))
 (let (($x15101 (not (and (>= phase_493 0) (= (mod phase_493 4) 2)))))
 (let (($x15095 (not (and (>= phase_492 0) (= (mod phase_492 4) 2)))))
 (let (($x15088 (not (and (>= phase_491 0) (= (mod phase_491 4) 2)))))
 (let (($x15077 (not (and (>= phase_490 0) (= (mod phase_490 4) 2)))))
 (let (($x15071 (not (and (>= phase_489 0) (= (mod phase_489 4) 2)))))
 (let (($x15065 (not (and (>= phase_488 0) (= (mod phase_488 4) 2)))))
 (let (($x15059 (not (and (>= phase_487 0) (= (mod phase_487 4) 2)))))
 (let (($x15053 (not (and (>= phase_486 0) (= (mod phase_486 2) 1)))))
 (let (($x15047 (not (and (>= phase_485 0) (= (mod phase_485 4) 2)))))
 (let (($x15041 (not (and (>= phase_484 0) (= (mod phase_484 4) 2)))))
 (let (($x15035 (not (and (>= phase_483 0) (= (mod phase_483 4) 2)))))
 (let (($x15029 (not (and (>= phase_482 0) (= (mod phase_482 4) 2)))))
 (let (($x15023 (not (and (>= phase_481 0) (= (mod phase_481 4) 2)))))
 (let (($x15012 (not (and (>= phase_480 0) (= (mod phase_480 4) 2)))))
 (let (($x15006 (not (and (>= phase_479 0) (= (mod phase_479 4) 2)))))
 (let (($x15000 (not (and (>= phase_478 0) (= (mod phase_478 4) 2)))))
 (let (($x14994 (not (and (>= phase_477 0) (= (mod phase_477 2) 1)))))
 (let (($x14988 (not (and (>= phase_476 0) (= (mod phase_476 4) 2)))))
 (let (($x14982 (not (and (>= phase_475 0) (= (mod phase_475 4) 2)))))
 (let (($x14976 (not (and (>= phase_474 0) (= (mod phase_474 4) 2)))))
 (let (($x14970 (not (and (>= phase_473 0) (= (mod phase_473 4) 2)))))
 (let (($x14964 (not (and (>= phase_472 0) (= (mod phase_472 4) 2)))))
 (let (($x14958 (not (and (>= phase_471 0) (= (mod phase_471 4) 2)))))
 (let (($x14947 (not (and (>= phase_470 0) (= (mod phase_470 4) 2)))))
 (let (($x14941 (not (and (>= phase_469 0) (= (mod phase_469 4) 2)))))
 (let (($x14935 (not (and (>= phase_468 0) (= (mod phase_468 2) 1)))))
 (let (($x14929 (not (and (>= phase_467 0) (= (mod phase_467 4) 2)))))
 (let (($x14923 (not (and (>= phase_466 0) (= (mod phase_466 4) 2)))))
 (let (($x14917 (not (and (>= phase_465 0) (= (mod phase_465 4) 2)))))
 (let (($x14911 (not (and (>= phase_464 0) (= (mod phase_464 4) 2)))))
 (let (($x14905 (not (and (>= phase_463 0) (= (mod phase_463 4) 2)))))
 (let (($x14899 (not (and (>= phase_462 0) (= (mod phase_462 4) 2)))))
 (let (($x14893 (not (and (>= phase_461 0) (= (mod phase_461 4) 2)))))
 (let (($x14882 (not (and (>= phase_460 0) (= (mod phase_460 4) 2)))))
 (let (($x14876 (not (and (>= phase_459 0) (= (mod phase_459 2) 1)))))
 (let (($x14870 (not (and (>= phase_458 0) (= (mod phase_458 4) 2)))))
 (let (($x14864 (not (and (>= phase_457 0) (= (mod phase_457 4) 2)))))
 (let (($x14858 (not (and (>= phase_456 0) (= (mod phase_456 4) 2)))))
 (let (($x14851 (not (and (>= phase_455 0) (= (mod phase_455 4) 2)))))
 (let (($x14845 (not (and (>= phase_454 0) (= (mod phase_454 4) 2)))))
 (let (($x14839 (not (and (>= phase_453 0) (= (mod phase_453 4) 2)))))
 (let (($x14833 (not (and (>= phase_452 0) (= (mod phase_452 4) 2)))))
 (let (($x14827 (not (and (>= phase_451 0) (= (mod phase_451 4) 2)))))
 (let (($x14816 (not (and (>= phase_450 0) (= (mod phase_450 2) 1)))))
 (let (($x14810 (not (and (>= phase_449 0) (= (mod phase_449 4) 2)))))
 (let (($x14804 (not (and (>= phase_448 0) (= (mod phase_448 4) 2)))))
 (let (($x14798 (not (and (>= phase_447 0) (= (mod phase_447 4) 2)))))
 (let (($x14792 (not (and (>= phase_446 0) (= (mod phase_446 4) 2)))))
 (let (($x14786 (not (and (>= phase_445 0) (= (mod phase_445 4) 2)))))
 (let (($x14780 (not (and (>= phase_444 0) (= (mod phase_444 4) 2)))))
 (let (($x14774 (not (and (>= phase_443 0) (= (mod phase_443 4) 2)))))
 (let (($x14768 (not (and (>= phase_442 0) (= (mod phase_442 4) 2)))))
 (let (($x14762 (not (and (>= phase_441 0) (= (mod phase_441 2) 1)))))
 (let (($x14751 (not (and (>= phase_440 0) (= (mod phase_440 4) 2)))))
 (let (($x14745 (not (and (>= phase_439 0) (= (mod phase_439 4) 2)))))
 (let (($x14739 (not (and (>= phase_438 0) (= (mod phase_438 4) 2)))))
 (let (($x14733 (not (and (>= phase_437 0) (= (mod phase_437 4) 2)))))
 (let (($x14727 (not (and (>= phase_436 0) (= (mod phase_436 4) 2)))))
 (let (($x14721 (not (and (>= phase_435 0) (= (mod phase_435 4) 2)))))
 (let (($x14715 (not (and (>= phase_434 0) (= (mod phase_434 4) 2)))))
 (let (($x14709 (not (and (>= phase_433 0) (= (mod phase_433 4) 2)))))
 (let (($x14703 (not (and (>= phase_432 0) (= (mod phase_432 4) 0)))))
 (let (($x14692 (not (and (>= phase_431 0) (= (mod phase_431 4) 0)))))
 (let (($x14686 (not (and (>= phase_430 0) (= (mod phase_430 4) 0)))))
 (let (($x14680 (not (and (>= phase_429 0) (= (mod phase_429 4) 0)))))
 (let (($x14674 (not (and (>= phase_428 0) (= (mod phase_428 4) 0)))))
 (let (($x14668 (not (and (>= phase_427 0) (= (mod phase_427 4) 0)))))
 (let (($x14662 (not (and (>= phase_426 0) (= (mod phase_426 4) 0)))))
 (let (($x14656 (not (and (>= phase_425 0) (= (mod phase_425 4) 0)))))
 (let (($x14650 (not (and (>= phase_424 0) (= (mod phase_424 2) 1)))))
 (let (($x14644 (not (and (>= phase_423 0) (= (mod phase_423 4) 2)))))
 (let (($x15486 (not (and (>= phase_422 0) (= (mod phase_422 4) 2)))))
 (let (($x14627 (not (and (>= phase_421 0) (= (mod phase_421 4) 2)))))
 (let (($x14621 (not (and (>= phase_420 0) (= (mod phase_420 4) 2)))))
 (let (($x14615 (not (and (>= phase_419 0) (= (mod phase_419 4) 2)))))
 (let (($x14608 (not (and (>= phase_418 0) (= (mod phase_418 4) 2)))))
 (let (($x14602 (not (and (>= phase_417 0) (= (mod phase_417 4) 2)))))
 (let (($x14596 (not (and (>= phase_416 0) (= (mod phase_416 4) 2)))))
 (let (($x14590 (not (and (>= phase_415 0) (= (mod phase_415 2) 1)))))
 (let (($x14584 (not (and (>= phase_414 0) (= (mod phase_414 4) 2)))))
 (let (($x14578 (not (and (>= phase_413 0) (= (mod phase_413 4) 2)))))
 (let (($x14567 (not (and (>= phase_412 0) (= (mod phase_412 4) 2)))))
 (let (($x14561 (not (and (>= phase_411 0) (= (mod phase_411 4) 2)))))
 (let (($x14555 (not (and (>= phase_410 0) (= (mod phase_410 4) 2)))))
 (let (($x14549 (not (and (>= phase_409 0) (= (mod phase_409 4) 2)))))
 (let (($x14543 (not (and (>= phase_408 0) (= (mod phase_408 4) 2)))))
 (let (($x14537 (not (and (>= phase_407 0) (= (mod phase_407 2) 1)))))
 (let (($x14531 (not (and (>= phase_406 0) (= (mod phase_406 4) 2)))))
 (let (($x14525 (not (and (>= phase_405 0) (= (mod phase_405 4) 2)))))
 (let (($x14519 (not (and (>= phase_404 0) (= (mod phase_404 4) 2)))))
 (let (($x14508 (not (and (>= phase_403 0) (= (mod phase_403 4) 2)))))
 (let (($x14502 (not (and (>= phase_402 0) (= (mod phase_402 4) 2)))))
 (let (($x14496 (not (and (>= phase_401 0) (= (mod phase_401 4) 2)))))
 (let (($x14490 (not (and (>= phase_400 0) (= (mod phase_400 2) 1)))))
 (let (($x14484 (not (and (>= phase_399 0) (= (mod phase_399 4) 2)))))
 (let (($x14478 (not (and (>= phase_398 0) (= (mod phase_398 4) 2)))))
 (let (($x14472 (not (and (>= phase_397 0) (= (mod phase_397 4) 2)))))
 (let (($x14466 (not (and (>= phase_396 0) (= (mod phase_396 4) 2)))))
 (let (($x15480 (not (and (>= phase_395 0) (= (mod phase_395 4) 2)))))
 (let (($x14449 (not (and (>= phase_394 0) (= (mod phase_394 2) 1)))))
 (let (($x14443 (not (and (>= phase_393 0) (= (mod phase_393 4) 2)))))
 (let (($x14437 (not (and (>= phase_392 0) (= (mod phase_392 4) 2)))))
 (let (($x14431 (not (and (>= phase_391 0) (= (mod phase_391 4) 2)))))
 (let (($x14425 (not (and (>= phase_390 0) (= (mod phase_390 4) 2)))))
 (let (($x14419 (not (and (>= phase_389 0) (= (mod phase_389 2) 1)))))
 (let (($x14413 (not (and (>= phase_388 0) (= (mod phase_388 4) 2)))))
 (let (($x14407 (not (and (>= phase_387 0) (= (mod phase_387 4) 2)))))
 (let (($x14396 (not (and (>= phase_386 0) (= (mod phase_386 4) 2)))))
 (let (($x14390 (not (and (>= phase_385 0) (= (mod phase_385 2) 1)))))
 (let (($x14384 (not (and (>= phase_384 0) (= (mod phase_384 4) 2)))))
 (let (($x14378 (not (and (>= phase_383 0) (= (mod phase_383 4) 2)))))
 (let (($x14372 (not (and (>= phase_382 0) (= (mod phase_382 2) 1)))))
 (let (($x14366 (not (and (>= phase_381 0) (= (mod phase_381 4) 2)))))
 (let (($x14359 (not (and (>= phase_380 0) (= (mod phase_380 2) 1)))))
 (let (($x14353 (not (and (>= phase_379 0) (= (mod phase_379 4) 2)))))
 (let (($x14347 (not (and (>= phase_378 0) (= (mod phase_378 4) 2)))))
 (let (($x14336 (not (and (>= phase_377 0) (= (mod phase_377 4) 2)))))
 (let (($x14330 (not (and (>= phase_376 0) (= (mod phase_376 2) 1)))))
 (let (($x14324 (not (and (>= phase_375 0) (= (mod phase_375 4) 2)))))
 (let (($x14318 (not (and (>= phase_374 0) (= (mod phase_374 4) 2)))))
 (let (($x14312 (not (and (>= phase_373 0) (= (mod phase_373 4) 2)))))
 (let (($x14306 (not (and (>= phase_372 0) (= (mod phase_372 2) 1)))))
 (let (($x14300 (not (and (>= phase_371 0) (= (mod phase_371 4) 2)))))
 (let (($x14294 (not (and (>= phase_370 0) (= (mod phase_370 4) 2)))))
 (let (($x14283 (not (and (>= phase_369 0) (= (mod phase_369 4) 2)))))
 (let (($x14277 (not (and (>= phase_368 0) (= (mod phase_368 2) 1)))))
 (let (($x14271 (not (and (>= phase_367 0) (= (mod phase_367 4) 2)))))
 (let (($x14265 (not (and (>= phase_366 0) (= (mod phase_366 4) 2)))))
 (let (($x14259 (not (and (>= phase_365 0) (= (mod phase_365 4) 2)))))
 (let (($x14253 (not (and (>= phase_364 0) (= (mod phase_364 2) 1)))))
 (let (($x14247 (not (and (>= phase_363 0) (= (mod phase_363 4) 2)))))
 (let (($x14241 (not (and (>= phase_362 0) (= (mod phase_362 4) 2)))))
 (let (($x14230 (not (and (>= phase_361 0) (= (mod phase_361 4) 2)))))
 (let (($x14224 (not (and (>= phase_360 0) (= (mod phase_360 2) 1)))))
 (let (($x14218 (not (and (>= phase_359 0) (= (mod phase_359 4) 2)))))
 (let (($x14212 (not (and (>= phase_358 0) (= (mod phase_358 4) 2)))))
 (let (($x14206 (not (and (>= phase_357 0) (= (mod phase_357 4) 2)))))
 (let (($x14200 (not (and (>= phase_356 0) (= (mod phase_356 2) 1)))))
 (let (($x14194 (not (and (>= phase_355 0) (= (mod phase_355 4) 2)))))
 (let (($x14188 (not (and (>= phase_354 0) (= (mod phase_354 4) 2)))))
 (let (($x14177 (not (and (>= phase_353 0) (= (mod phase_353 4) 2)))))
 (let (($x14171 (not (and (>= phase_352 0) (= (mod phase_352 2) 1)))))
 (let (($x14165 (not (and (>= phase_351 0) (= (mod phase_351 4) 2)))))
 (let (($x14159 (not (and (>= phase_350 0) (= (mod phase_350 4) 2)))))
 (let (($x14153 (not (and (>= phase_349 0) (= (mod phase_349 4) 2)))))
 (let (($x14147 (not (and (>= phase_348 0) (= (mod phase_348 2) 1)))))
 (let (($x14141 (not (and (>= phase_347 0) (= (mod phase_347 4) 2)))))
 (let (($x14135 (not (and (>= phase_346 0) (= (mod phase_346 4) 2)))))
 (let (($x14124 (not (and (>= phase_345 0) (= (mod phase_345 4) 2)))))
 (let (($x14118 (not (and (>= phase_344 0) (= (mod phase_344 2) 1)))))
 (let (($x14112 (not (and (>= phase_343 0) (= (mod phase_343 4) 2)))))
 (let (($x14105 (not (and (>= phase_342 0) (= (mod phase_342 4) 2)))))
 (let (($x14099 (not (and (>= phase_341 0) (= (mod phase_341 4) 2)))))
 (let (($x14093 (not (and (>= phase_340 0) (= (mod phase_340 2) 1)))))
 (let (($x14087 (not (and (>= phase_339 0) (= (mod phase_339 4) 2)))))
 (let (($x14081 (not (and (>= phase_338 0) (= (mod phase_338 4) 2)))))
 (let (($x14070 (not (and (>= phase_337 0) (= (mod phase_337 4) 2)))))
 (let (($x14064 (not (and (>= phase_336 0) (= (mod phase_336 2) 1)))))
 (let (($x14058 (not (and (>= phase_335 0) (= (mod phase_335 4) 2)))))
 (let (($x14052 (not (and (>= phase_334 0) (= (mod phase_334 4) 2)))))
 (let (($x14046 (not (and (>= phase_333 0) (= (mod phase_333 4) 2)))))
 (let (($x14040 (not (and (>= phase_332 0) (= (mod phase_332 2) 1)))))
 (let (($x14034 (not (and (>= phase_331 0) (= (mod phase_331 4) 2)))))
 (let (($x14023 (not (and (>= phase_330 0) (= (mod phase_330 4) 2)))))
 (let (($x14017 (not (and (>= phase_329 0) (= (mod phase_329 4) 2)))))
 (let (($x14011 (not (and (>= phase_328 0) (= (mod phase_328 2) 1)))))
 (let (($x14005 (not (and (>= phase_327 0) (= (mod phase_327 4) 2)))))
 (let (($x13999 (not (and (>= phase_326 0) (= (mod phase_326 4) 2)))))
 (let (($x13993 (not (and (>= phase_325 0) (= (mod phase_325 4) 2)))))
 (let (($x13987 (not (and (>= phase_324 0) (= (mod phase_324 2) 1)))))
 (let (($x15462 (not (and (>= phase_323 0) (= (mod phase_323 4) 2)))))
 (let (($x13970 (not (and (>= phase_322 0) (= (mod phase_322 4) 2)))))
 (let (($x13964 (not (and (>= phase_321 0) (= (mod phase_321 4) 2)))))
 (let (($x13958 (not (and (>= phase_320 0) (= (mod phase_320 2) 1)))))
 (let (($x13952 (not (and (>= phase_319 0) (= (mod phase_319 4) 2)))))
 (let (($x13946 (not (and (>= phase_318 0) (= (mod phase_318 4) 2)))))
 (let (($x13940 (not (and (>= phase_317 0) (= (mod phase_317 4) 2)))))
 (let (($x13934 (not (and (>= phase_316 0) (= (mod phase_316 2) 1)))))
 (let (($x13923 (not (and (>= phase_315 0) (= (mod phase_315 4) 2)))))
 (let (($x13917 (not (and (>= phase_314 0) (= (mod phase_314 4) 2)))))
 (let (($x13911 (not (and (>= phase_313 0) (= (mod phase_313 4) 2)))))
 (let (($x13905 (not (and (>= phase_312 0) (= (mod phase_312 4) 2)))))
 (let (($x13899 (not (and (>= phase_311 0) (= (mod phase_311 4) 2)))))
 (let (($x13893 (not (and (>= phase_310 0) (= (mod phase_310 4) 2)))))
 (let (($x13887 (not (and (>= phase_309 0) (= (mod phase_309 4) 2)))))
 (let (($x13876 (not (and (>= phase_308 0) (= (mod phase_308 4) 2)))))
 (let (($x13870 (not (and (>= phase_307 0) (= (mod phase_307 2) 1)))))
 (let (($x13864 (not (and (>= phase_306 0) (= (mod phase_306 4) 2)))))
 (let (($x13858 (not (and (>= phase_305 0) (= (mod phase_305 4) 2)))))
 (let (($x13851 (not (and (>= phase_304 0) (= (mod phase_304 4) 2)))))
 (let (($x13845 (not (and (>= phase_303 0) (= (mod phase_303 4) 2)))))
 (let (($x15571 (not (and (>= phase_302 0) (= (mod phase_302 4) 2)))))
 (let (($x13828 (not (and (>= phase_301 0) (= (mod phase_301 4) 2)))))
 (let (($x13822 (not (and (>= phase_300 0) (= (mod phase_300 4) 2)))))
 (let (($x13816 (not (and (>= phase_299 0) (= (mod phase_299 4) 2)))))
 (let (($x13810 (not (and (>= phase_298 0) (= (mod phase_298 2) 1)))))
 (let (($x13804 (not (and (>= phase_297 0) (= (mod phase_297 4) 2)))))
 (let (($x13798 (not (and (>= phase_296 0) (= (mod phase_296 4) 2)))))
 (let (($x13787 (not (and (>= phase_295 0) (= (mod phase_295 4) 2)))))
 (let (($x13781 (not (and (>= phase_294 0) (= (mod phase_294 4) 2)))))
 (let (($x13775 (not (and (>= phase_293 0) (= (mod phase_293 4) 2)))))
 (let (($x13769 (not (and (>= phase_292 0) (= (mod phase_292 4) 2)))))
 (let (($x13763 (not (and (>= phase_291 0) (= (mod phase_291 4) 2)))))
 (let (($x13757 (not (and (>= phase_290 0) (= (mod phase_290 4) 2)))))
 (let (($x13751 (not (and (>= phase_289 0) (= (mod phase_289 2) 1)))))
 (let (($x13740 (not (and (>= phase_288 0) (= (mod phase_288 4) 2)))))
 (let (($x13734 (not (and (>= phase_287 0) (= (mod phase_287 4) 2)))))
 (let (($x13728 (not (and (>= phase_286 0) (= (mod phase_286 4) 2)))))
 (let (($x13722 (not (and (>= phase_285 0) (= (mod phase_285 4) 2)))))
 (let (($x13716 (not (and (>= phase_284 0) (= (mod phase_284 4) 2)))))
 (let (($x13710 (not (and (>= phase_283 0) (= (mod phase_283 4) 2)))))
 (let (($x13699 (not (and (>= phase_282 0) (= (mod phase_282 4) 2)))))
 (let (($x13693 (not (and (>= phase_281 0) (= (mod phase_281 4) 2)))))
 (let (($x13687 (not (and (>= phase_280 0) (= (mod phase_280 2) 1)))))
 (let (($x13681 (not (and (>= phase_279 0) (= (mod phase_279 4) 2)))))
 (let (($x13675 (not (and (>= phase_278 0) (= (mod phase_278 4) 2)))))
 (let (($x13669 (not (and (>= phase_277 0) (= (mod phase_277 4) 2)))))
 (let (($x13658 (not (and (>= phase_276 0) (= (mod phase_276 4) 2)))))
 (let (($x13652 (not (and (>= phase_275 0) (= (mod phase_275 4) 2)))))
 (let (($x13646 (not (and (>= phase_274 0) (= (mod phase_274 4) 2)))))
 (let (($x13640 (not (and (>= phase_273 0) (= (mod phase_273 4) 2)))))
 (let (($x13634 (not (and (>= phase_272 0) (= (mod phase_272 4) 2)))))
 (let (($x13628 (not (and (>= phase_271 0) (= (mod phase_271 2) 1)))))
 (let (($x13617 (not (and (>= phase_270 0) (= (mod phase_270 4) 2)))))
 (let (($x13611 (not (and (>= phase_269 0) (= (mod phase_269 4) 2)))))
 (let (($x13605 (not (and (>= phase_268 0) (= (mod phase_268 4) 2)))))
 (let (($x13599 (not (and (>= phase_267 0) (= (mod phase_267 4) 2)))))
 (let (($x13593 (not (and (>= phase_266 0) (= (mod phase_266 4) 2)))))
 (let (($x13586 (not (and (>= phase_265 0) (= (mod phase_265 4) 2)))))
 (let (($x13575 (not (and (>= phase_264 0) (= (mod phase_264 4) 2)))))
 (let (($x13569 (not (and (>= phase_263 0) (= (mod phase_263 4) 2)))))
 (let (($x13563 (not (and (>= phase_262 0) (= (mod phase_262 2) 1)))))
 (let (($x13557 (not (and (>= phase_261 0) (= (mod phase_261 4) 2)))))
 (let (($x13551 (not (and (>= phase_260 0) (= (mod phase_260 4) 2)))))
 (let (($x13545 (not (and (>= phase_259 0) (= (mod phase_259 4) 2)))))
 (let (($x13534 (not (and (>= phase_258 0) (= (mod phase_258 4) 2)))))
 (let (($x13528 (not (and (>= phase_257 0) (= (mod phase_257 4) 2)))))
 (let (($x13522 (not (and (>= phase_256 0) (= (mod phase_256 4) 2)))))
 (let (($x13516 (not (and (>= phase_255 0) (= (mod phase_255 4) 2)))))
 (let (($x13510 (not (and (>= phase_254 0) (= (mod phase_254 4) 2)))))
 (let (($x13499 (not (and (>= phase_253 0) (= (mod phase_253 2) 1)))))
 (let (($x13493 (not (and (>= phase_252 0) (= (mod phase_252 4) 2)))))
 (let (($x13487 (not (and (>= phase_251 0) (= (mod phase_251 4) 2)))))
 (let (($x13481 (not (and (>= phase_250 0) (= (mod phase_250 4) 2)))))
 (let (($x13475 (not (and (>= phase_249 0) (= (mod phase_249 4) 2)))))
 (let (($x15440 (not (and (>= phase_248 0) (= (mod phase_248 4) 2)))))
 (let (($x13458 (not (and (>= phase_247 0) (= (mod phase_247 4) 2)))))
 (let (($x13452 (not (and (>= phase_246 0) (= (mod phase_246 4) 2)))))
 (let (($x13446 (not (and (>= phase_245 0) (= (mod phase_245 4) 2)))))
 (let (($x13440 (not (and (>= phase_244 0) (= (mod phase_244 4) 0)))))
 (let (($x13434 (not (and (>= phase_243 0) (= (mod phase_243 4) 0)))))
 (let (($x13423 (not (and (>= phase_242 0) (= (mod phase_242 4) 0)))))
 (let (($x13417 (not (and (>= phase_241 0) (= (mod phase_241 4) 0)))))
 (let (($x13411 (not (and (>= phase_240 0) (= (mod phase_240 4) 0)))))
 (let (($x13405 (not (and (>= phase_239 0) (= (mod phase_239 4) 0)))))
 (let (($x13399 (not (and (>= phase_238 0) (= (mod phase_238 4) 0)))))
 (let (($x13388 (not (and (>= phase_237 0) (= (mod phase_237 4) 0)))))
 (let (($x13382 (not (and (>= phase_236 0) (= (mod phase_236 4) 0)))))
 (let (($x13376 (not (and (>= phase_235 0) (= (mod phase_235 4) 0)))))
 (let (($x13370 (not (and (>= phase_234 0) (= (mod phase_234 4) 0)))))
 (let (($x15434 (not (and (>= phase_233 0) (= (mod phase_233 4) 0)))))
 (let (($x13353 (not (and (>= phase_232 0) (= (mod phase_232 4) 0)))))
 (let (($x13347 (not (and (>= phase_231 0) (= (mod phase_231 4) 0)))))
 (let (($x13341 (not (and (>= phase_230 0) (= (mod phase_230 4) 0)))))
 (let (($x13335 (not (and (>= phase_229 0) (= (mod phase_229 4) 0)))))
 (let (($x13324 (not (and (>= phase_228 0) (= (mod phase_228 2) 1)))))
 (let (($x13317 (not (and (>= phase_227 0) (= (mod phase_227 4) 2)))))
 (let (($x13311 (not (and (>= phase_226 0) (= (mod phase_226 4) 2)))))
 (let (($x13305 (not (and (>= phase_225 0) (= (mod phase_225 2) 1)))))
 (let (($x13299 (not (and (>= phase_224 0) (= (mod phase_224 4) 2)))))
 (let (($x13288 (not (and (>= phase_223 0) (= (mod phase_223 4) 2)))))
 (let (($x13282 (not (and (>= phase_222 0) (= (mod phase_222 2) 1)))))
 (let (($x13276 (not (and (>= phase_221 0) (= (mod phase_221 4) 2)))))
 (let (($x13270 (not (and (>= phase_220 0) (= (mod phase_220 4) 2)))))
 (let (($x13259 (not (and (>= phase_219 0) (= (mod phase_219 2) 1)))))
 (let (($x13253 (not (and (>= phase_218 0) (= (mod phase_218 4) 2)))))
 (let (($x13247 (not (and (>= phase_217 0) (= (mod phase_217 4) 2)))))
 (let (($x13241 (not (and (>= phase_216 0) (= (mod phase_216 2) 1)))))
 (let (($x13230 (not (and (>= phase_215 0) (= (mod phase_215 4) 2)))))
 (let (($x13224 (not (and (>= phase_214 0) (= (mod phase_214 4) 2)))))
 (let (($x13218 (not (and (>= phase_213 0) (= (mod phase_213 2) 1)))))
 (let (($x13212 (not (and (>= phase_212 0) (= (mod phase_212 4) 2)))))
 (let (($x13201 (not (and (>= phase_211 0) (= (mod phase_211 4) 2)))))
 (let (($x13195 (not (and (>= phase_210 0) (= (mod phase_210 2) 1)))))
 (let (($x13189 (not (and (>= phase_209 0) (= (mod phase_209 4) 2)))))
 (let (($x13183 (not (and (>= phase_208 0) (= (mod phase_208 4) 2)))))
 (let (($x13172 (not (and (>= phase_207 0) (= (mod phase_207 2) 1)))))
 (let (($x13166 (not (and (>= phase_206 0) (= (mod phase_206 4) 2)))))
 (let (($x13160 (not (and (>= phase_205 0) (= (mod phase_205 4) 2)))))
 (let (($x13154 (not (and (>= phase_204 0) (= (mod phase_204 2) 1)))))
 (let (($x13143 (not (and (>= phase_203 0) (= (mod phase_203 4) 2)))))
 (let (($x13137 (not (and (>= phase_202 0) (= (mod phase_202 4) 2)))))
 (let (($x13131 (not (and (>= phase_201 0) (= (mod phase_201 2) 1)))))
 (let (($x13120 (not (and (>= phase_200 0) (= (mod phase_200 4) 2)))))
 (let (($x13114 (not (and (>= phase_199 0) (= (mod phase_199 4) 2)))))
 (let (($x13108 (not (and (>= phase_198 0) (= (mod phase_198 2) 1)))))
 (let (($x9226 (not (and (>= phase_197 0) (= (mod phase_197 4) 2)))))
 (let (($x13091 (not (and (>= phase_196 0) (= (mod phase_196 4) 2)))))
 (let (($x13085 (not (and (>= phase_195 0) (= (mod phase_195 2) 1)))))
 (let (($x13079 (not (and (>= phase_194 0) (= (mod phase_194 4) 2)))))
 (let (($x13068 (not (and (>= phase_193 0) (= (mod phase_193 4) 2)))))
 (let (($x13062 (not (and (>= phase_192 0) (= (mod phase_192 2) 1)))))
 (let (($x13056 (not (and (>= phase_191 0) (= (mod phase_191 4) 2)))))
 (let (($x13044 (not (and (>= phase_190 0) (= (mod phase_190 4) 2)))))
 (let (($x13038 (not (and (>= phase_189 0) (= (mod phase_189 2) 1)))))
 (let (($x9277 (not (and (>= phase_188 0) (= (mod phase_188 4) 2)))))
 (let (($x13021 (not (and (>= phase_187 0) (= (mod phase_187 4) 2)))))
 (let (($x13015 (not (and (>= phase_186 0) (= (mod phase_186 2) 1)))))
 (let (($x13004 (not (and (>= phase_185 0) (= (mod phase_185 4) 2)))))
 (let (($x12998 (not (and (>= phase_184 0) (= (mod phase_184 4) 2)))))
 (let (($x12984 (not (and (>= phase_183 0) (= (mod phase_183 2) 1)))))
 (let (($x12968 (not (and (>= phase_182 0) (= (mod phase_182 4) 2)))))
 (let (($x12962 (not (and (>= phase_181 0) (= (mod phase_181 4) 2)))))
 (let (($x8325 (not (and (>= phase_180 0) (= (mod phase_180 2) 1)))))
 (let (($x8588 (not (and (>= phase_179 0) (= (mod phase_179 4) 2)))))
 (let (($x8600 (not (and (>= phase_178 0) (= (mod phase_178 4) 2)))))
 (let (($x8631 (not (and (>= phase_177 0) (= (mod phase_177 2) 1)))))
 (let (($x8576 (not (and (>= phase_176 0) (= (mod phase_176 4) 2)))))
 (let (($x8657 (not (and (>= phase_175 0) (= (mod phase_175 4) 2)))))
 (let (($x8716 (not (and (>= phase_174 0) (= (mod phase_174 2) 1)))))
 (let (($x8708 (not (and (>= phase_173 0) (= (mod phase_173 4) 2)))))
 (let (($x8766 (not (and (>= phase_172 0) (= (mod phase_172 4) 2)))))
 (let (($x8841 (not (and (>= phase_171 0) (= (mod phase_171 2) 1)))))
 (let (($x8546 (not (and (>= phase_170 0) (= (mod phase_170 4) 2)))))
 (let (($x8894 (not (and (>= phase_169 0) (= (mod phase_169 4) 2)))))
 (let (($x8931 (not (and (>= phase_168 0) (= (mod phase_168 2) 1)))))
 (let (($x8066 (not (and (>= phase_167 0) (= (mod phase_167 4) 2)))))
 (let (($x646 (not (and (>= phase_166 0) (= (mod phase_166 4) 2)))))
 (let (($x21077 (not (and (>= phase_165 0) (= (mod phase_165 4) 2)))))
 (let (($x21068 (not (and (>= phase_164 0) (= (mod phase_164 2) 1)))))
 (let (($x21059 (not (and (>= phase_163 0) (= (mod phase_163 4) 2)))))
 (let (($x21053 (not (and (>= phase_162 0) (= (mod phase_162 4) 2)))))
 (let (($x21044 (not (and (>= phase_161 0) (= (mod phase_161 4) 2)))))
 (let (($x21035 (not (and (>= phase_160 0) (= (mod phase_160 2) 1)))))
 (let (($x21026 (not (and (>= phase_159 0) (= (mod phase_159 4) 2)))))
 (let (($x21017 (not (and (>= phase_158 0) (= (mod phase_158 4) 2)))))
 (let (($x21005 (not (and (>= phase_157 0) (= (mod phase_157 4) 2)))))
 (let (($x20996 (not (and (>= phase_156 0) (= (mod phase_156 2) 1)))))
 (let (($x20990 (not (and (>= phase_155 0) (= (mod phase_155 4) 2)))))
 (let (($x20981 (not (and (>= phase_154 0) (= (mod phase_154 4) 2)))))
 (let (($x20972 (not (and (>= phase_153 0) (= (mod phase_153 4) 2)))))
 (let (($x20963 (not (and (>= phase_152 0) (= (mod phase_152 2) 1)))))
 (let (($x20954 (not (and (>= phase_151 0) (= (mod phase_151 4) 2)))))
 (let (($x12866 (not (and (>= phase_150 0) (= (mod phase_150 4) 2)))))
 (let (($x12901 (not (and (>= phase_149 0) (= (mod phase_149 4) 2)))))
 (let (($x12916 (not (and (>= phase_148 0) (= (mod phase_148 2) 1)))))
 (let (($x12956 (not (and (>= phase_147 0) (= (mod phase_147 4) 2)))))
 (let (($x12941 (not (and (>= phase_146 0) (= (mod phase_146 4) 2)))))
 (let (($x21080 (not (and (>= phase_145 0) (= (mod phase_145 4) 2)))))
 (let (($x589 (not (and (>= phase_144 0) (= (mod phase_144 2) 1)))))
 (let (($x598 (not (and (>= phase_143 0) (= (mod phase_143 4) 2)))))
 (let (($x607 (not (and (>= phase_142 0) (= (mod phase_142 4) 2)))))
 (let (($x616 (not (and (>= phase_141 0) (= (mod phase_141 4) 2)))))
 (let (($x625 (not (and (>= phase_140 0) (= (mod phase_140 2) 1)))))
 (let (($x634 (not (and (>= phase_139 0) (= (mod phase_139 4) 2)))))
 (let (($x643 (not (and (>= phase_138 0) (= (mod phase_138 4) 2)))))
 (let (($x655 (not (and (>= phase_137 0) (= (mod phase_137 4) 2)))))
 (let (($x664 (not (and (>= phase_136 0) (= (mod phase_136 2) 1)))))
 (let (($x673 (not (and (>= phase_135 0) (= (mod phase_135 2) 1)))))
 (let (($x682 (not (and (>= phase_134 0) (= (mod phase_134 4) 2)))))
 (let (($x691 (not (and (>= phase_133 0) (= (mod phase_133 4) 2)))))
 (let (($x700 (not (and (>= phase_132 0) (= (mod phase_132 2) 1)))))
 (let (($x709 (not (and (>= phase_131 0) (= (mod phase_131 2) 1)))))
 (let (($x721 (not (and (>= phase_130 0) (= (mod phase_130 4) 2)))))
 (let (($x730 (not (and (>= phase_129 0) (= (mod phase_129 4) 2)))))
 (let (($x739 (not (and (>= phase_128 0) (= (mod phase_128 2) 1)))))
 (let (($x748 (not (and (>= phase_127 0) (= (mod phase_127 2) 1)))))
 (let (($x757 (not (and (>= phase_126 0) (= (mod phase_126 4) 2)))))
 (let (($x583 (not (and (>= phase_125 0) (= (mod phase_125 4) 2)))))
 (let (($x571 (not (and (>= phase_124 0) (= (mod phase_124 2) 1)))))
 (let (($x7766 (not (and (>= phase_123 0) (= (mod phase_123 2) 1)))))
 (let (($x8013 (not (and (>= phase_122 0) (= (mod phase_122 4) 2)))))
 (let (($x7991 (not (and (>= phase_121 0) (= (mod phase_121 4) 2)))))
 (let (($x7972 (not (and (>= phase_120 0) (= (mod phase_120 2) 1)))))
 (let (($x7586 (not (and (>= phase_119 0) (= (mod phase_119 2) 1)))))
 (let (($x7821 (not (and (>= phase_118 0) (= (mod phase_118 4) 2)))))
 (let (($x7758 (not (and (>= phase_117 0) (= (mod phase_117 4) 2)))))
 (let (($x7927 (not (and (>= phase_116 0) (= (mod phase_116 2) 1)))))
 (let (($x7921 (not (and (>= phase_115 0) (= (mod phase_115 2) 1)))))
 (let (($x7904 (not (and (>= phase_114 0) (= (mod phase_114 4) 2)))))
 (let (($x7885 (not (and (>= phase_113 0) (= (mod phase_113 4) 2)))))
 (let (($x7858 (not (and (>= phase_112 0) (= (mod phase_112 2) 1)))))
 (let (($x7761 (not (and (>= phase_111 0) (= (mod phase_111 2) 1)))))
 (let (($x7809 (not (and (>= phase_110 0) (= (mod phase_110 4) 2)))))
 (let (($x7558 (not (and (>= phase_109 0) (= (mod phase_109 4) 2)))))
 (let (($x7746 (not (and (>= phase_108 0) (= (mod phase_108 2) 1)))))
 (let (($x7841 (not (and (>= phase_107 0) (= (mod phase_107 2) 1)))))
 (let (($x7665 (not (and (>= phase_106 0) (= (mod phase_106 4) 2)))))
 (let (($x7648 (not (and (>= phase_105 0) (= (mod phase_105 4) 2)))))
 (let (($x7632 (not (and (>= phase_104 0) (= (mod phase_104 2) 1)))))
 (let (($x7289 (not (and (>= phase_103 0) (= (mod phase_103 2) 1)))))
 (let (($x8921 (not (and (>= phase_102 0) (= (mod phase_102 4) 2)))))
 (let (($x8536 (not (and (>= phase_101 0) (= (mod phase_101 4) 2)))))
 (let (($x13055 (not (and (>= phase_100 0) (= (mod phase_100 2) 1)))))
 (let (($x13208 (not (and (>= phase_99 0) (= (mod phase_99 2) 1)))))
 (let (($x13398 (not (and (>= phase_98 0) (= (mod phase_98 4) 2)))))
 (let (($x13624 (not (and (>= phase_97 0) (= (mod phase_97 4) 2)))))
 (let (($x13886 (not (and (>= phase_96 0) (= (mod phase_96 2) 1)))))
 (let (($x14184 (not (and (>= phase_95 0) (= (mod phase_95 2) 1)))))
 (let (($x14518 (not (and (>= phase_94 0) (= (mod phase_94 4) 2)))))
 (let (($x14889 (not (and (>= phase_93 0) (= (mod phase_93 4) 2)))))
 (let (($x15295 (not (and (>= phase_92 0) (= (mod phase_92 2) 1)))))
 (let (($x9029 (not (and (>= phase_91 0) (= (mod phase_91 2) 1)))))
 (let (($x11143 (not (and (>= phase_90 0) (= (mod phase_90 4) 2)))))
 (let (($x11466 (not (and (>= phase_89 0) (= (mod phase_89 4) 2)))))
 (let (($x10765 (not (and (>= phase_88 0) (= (mod phase_88 2) 1)))))
 (let (($x8826 (not (and (>= phase_87 0) (= (mod phase_87 2) 1)))))
 (let (($x9266 (not (and (>= phase_86 0) (= (mod phase_86 4) 2)))))
 (let (($x9144 (not (and (>= phase_85 0) (= (mod phase_85 4) 2)))))
 (let (($x8620 (not (and (>= phase_84 0) (= (mod phase_84 2) 1)))))
 (let (($x8049 (not (and (>= phase_83 0) (= (mod phase_83 2) 1)))))
 (let (($x9167 (not (and (>= phase_82 0) (= (mod phase_82 4) 2)))))
 (let (($x1178 (not (and (>= phase_81 0) (= (mod phase_81 4) 2)))))
 (let (($x1034 (not (and (>= phase_80 0) (= (mod phase_80 2) 1)))))
 (let (($x980 (not (and (>= phase_79 0) (= (mod phase_79 2) 1)))))
 (let (($x989 (not (and (>= phase_78 0) (= (mod phase_78 4) 2)))))
 (let (($x968 (not (and (>= phase_77 0) (= (mod phase_77 4) 2)))))
 (let (($x1130 (not (and (>= phase_76 0) (= (mod phase_76 2) 1)))))
 (let (($x1165 (not (and (>= phase_75 0) (= (mod phase_75 2) 1)))))
 (let (($x893 (not (and (>= phase_74 0) (= (mod phase_74 4) 2)))))
 (let (($x976 (not (and (>= phase_73 0) (= (mod phase_73 4) 2)))))
 (let (($x1055 (not (and (>= phase_72 0) (= (mod phase_72 2) 1)))))
 (let (($x1138 (not (and (>= phase_71 0) (= (mod phase_71 4) 2)))))
 (let (($x1265 (not (and (>= phase_70 0) (= (mod phase_70 4) 2)))))
 (let (($x1346 (not (and (>= phase_69 0) (= (mod phase_69 2) 1)))))
 (let (($x1464 (not (and (>= phase_68 0) (= (mod phase_68 4) 2)))))
 (let (($x621 (not (and (>= phase_67 0) (= (mod phase_67 4) 2)))))
 (let (($x630 (not (and (>= phase_66 0) (= (mod phase_66 2) 1)))))
 (let (($x639 (not (and (>= phase_65 0) (= (mod phase_65 4) 2)))))
 (let (($x648 (not (and (>= phase_64 0) (= (mod phase_64 4) 2)))))
 (let (($x657 (not (and (>= phase_63 0) (= (mod phase_63 2) 1)))))
 (let (($x666 (not (and (>= phase_62 0) (= (mod phase_62 4) 2)))))
 (let (($x675 (not (and (>= phase_61 0) (= (mod phase_61 4) 2)))))
 (let (($x684 (not (and (>= phase_60 0) (= (mod phase_60 2) 1)))))
 (let (($x693 (not (and (>= phase_59 0) (= (mod phase_59 4) 2)))))
 (let (($x702 (not (and (>= phase_58 0) (= (mod phase_58 4) 2)))))
 (let (($x711 (not (and (>= phase_57 0) (= (mod phase_57 2) 1)))))
 (let (($x720 (not (and (>= phase_56 0) (= (mod phase_56 4) 2)))))
 (let (($x729 (not (and (>= phase_55 0) (= (mod phase_55 4) 2)))))
 (let (($x738 (not (and (>= phase_54 0) (= (mod phase_54 2) 1)))))
 (let (($x747 (not (and (>= phase_53 0) (= (mod phase_53 4) 2)))))
 (let (($x756 (not (and (>= phase_52 0) (= (mod phase_52 4) 2)))))
 (let (($x492 (not (and (>= phase_51 0) (= (mod phase_51 2) 1)))))
 (let (($x444 (not (and (>= phase_50 0) (= (mod phase_50 4) 2)))))
 (let (($x431 (not (and (>= phase_49 0) (= (mod phase_49 4) 2)))))
 (let (($x437 (not (and (>= phase_48 0) (= (mod phase_48 4) 0)))))
 (let (($x443 (not (and (>= phase_47 0) (= (mod phase_47 4) 0)))))
 (let (($x411 (not (and (>= phase_46 0) (= (mod phase_46 4) 0)))))
 (let (($x417 (not (and (>= phase_45 0) (= (mod phase_45 4) 2)))))
 (let (($x423 (not (and (>= phase_44 0) (= (mod phase_44 4) 2)))))
 (let (($x391 (not (and (>= phase_43 0) (= (mod phase_43 4) 2)))))
 (let (($x397 (not (and (>= phase_42 0) (= (mod phase_42 4) 2)))))
 (let (($x403 (not (and (>= phase_41 0) (= (mod phase_41 4) 2)))))
 (let (($x371 (not (and (>= phase_40 0) (= (mod phase_40 4) 2)))))
 (let (($x377 (not (and (>= phase_39 0) (= (mod phase_39 4) 2)))))
 (let (($x383 (not (and (>= phase_38 0) (= (mod phase_38 4) 2)))))
 (let (($x351 (not (and (>= phase_37 0) (= (mod phase_37 4) 2)))))
 (let (($x357 (not (and (>= phase_36 0) (= (mod phase_36 4) 2)))))
 (let (($x363 (not (and (>= phase_35 0) (= (mod phase_35 4) 2)))))
 (let (($x331 (not (and (>= phase_34 0) (= (mod phase_34 4) 2)))))
 (let (($x337 (not (and (>= phase_33 0) (= (mod phase_33 4) 2)))))
 (let (($x343 (not (and (>= phase_32 0) (= (mod phase_32 4) 2)))))
 (let (($x330 (not (and (>= phase_31 0) (= (mod phase_31 4) 2)))))
 (let (($x317 (not (and (>= phase_30 0) (= (mod phase_30 4) 2)))))
 (let (($x323 (not (and (>= phase_29 0) (= (mod phase_29 4) 2)))))
 (let (($x329 (not (and (>= phase_28 0) (= (mod phase_28 4) 2)))))
 (let (($x297 (not (and (>= phase_27 0) (= (mod phase_27 4) 2)))))
 (let (($x303 (not (and (>= phase_26 0) (= (mod phase_26 4) 2)))))
 (let (($x309 (not (and (>= phase_25 0) (= (mod phase_25 4) 2)))))
 (let (($x277 (not (and (>= phase_24 0) (= (mod phase_24 4) 2)))))
 (let (($x283 (not (and (>= phase_23 0) (= (mod phase_23 4) 2)))))
 (let (($x289 (not (and (>= phase_22 0) (= (mod phase_22 4) 2)))))
 (let (($x257 (not (and (>= phase_21 0) (= (mod phase_21 4) 2)))))
 (let (($x263 (not (and (>= phase_20 0) (= (mod phase_20 4) 2)))))
 (let (($x269 (not (and (>= phase_19 0) (= (mod phase_19 4) 2)))))
 (let (($x237 (not (and (>= phase_18 0) (= (mod phase_18 4) 2)))))
 (let (($x243 (not (and (>= phase_17 0) (= (mod phase_17 4) 2)))))
 (let (($x249 (not (and (>= phase_16 0) (= (mod phase_16 4) 2)))))
 (let (($x217 (not (and (>= phase_15 0) (= (mod phase_15 4) 2)))))
 (let (($x223 (not (and (>= phase_14 0) (= (mod phase_14 4) 2)))))
 (let (($x229 (not (and (>= phase_13 0) (= (mod phase_13 4) 2)))))
 (let (($x216 (not (and (>= phase_12 0) (= (mod phase_12 4) 0)))))
 (let (($x203 (not (and (>= phase_11 0) (= (mod phase_11 2) 1)))))
 (let (($x209 (not (and (>= phase_10 0) (= (mod phase_10 4) 2)))))
 (let (($x215 (not (and (>= phase_9 0) (= (mod phase_9 4) 2)))))
 (let (($x183 (not (and (>= phase_8 0) (= (mod phase_8 2) 1)))))
 (let (($x189 (not (and (>= phase_7 0) (= (mod phase_7 4) 2)))))
 (let (($x195 (not (and (>= phase_6 0) (= (mod phase_6 4) 2)))))
 (let (($x163 (not (and (>= phase_5 0) (= (mod phase_5 2) 1)))))
 (let (($x169 (not (and (>= phase_4 0) (= (mod phase_4 4) 2)))))
 (let (($x175 (not (and (>= phase_3 0) (= (mod phase_3 4) 2)))))
 (let (($x143 (not (and (>= phase_2 0) (= (mod phase_2 4) 2)))))
 (let (($x149 (not (and (>= phase_1 0) (= (mod phase_1 4) 2)))))
 (let (($x155 (not (and (>= phase_0 0) (= (mod phase_0 4) 0)))))
 (or $x155 $x149 $x143 $x175 $x169 $x163 $x195 $x189 $x183 $x215 $x209 $x203 $x216 $x229 $x223 $x217 $x249 $x243 $x237 $x269 $x263 $x257 $x289 $x283 $x277 $x309 $x303 $x297 $x329 $x323 $x317 $x330 $x343 $x337 $x331 $x363 $x357 $x351 $x383 $x377 $x371 $x403 $x397 $x391 $x423 $x417 $x411 $x443 $x437 $x431 $x444 $x492 $x756 $x747 $x738 $x729 $x720 $x711 $x702 $x693 $x684 $x675 $x666 $x657 $x648 $x639 $x630 $x621 $x1464 $x1346 $x1265 $x1138 $x1055 $x976 $x893 $x1165 $x1130 $x968 $x989 $x980 $x1034 $x1178 $x9167 $x8049 $x8620 $x9144 $x9266 $x8826 $x10765 $x11466 $x11143 $x9029 $x15295 $x14889 $x14518 $x14184 $x13886 $x13624 $x13398 $x13208 $x13055 $x8536 $x8921 $x7289 $x7632 $x7648 $x7665 $x7841 $x7746 $x7558 $x7809 $x7761 $x7858 $x7885 $x7904 $x7921 $x7927 $x7758 $x7821 $x7586 $x7972 $x7991 $x8013 $x7766 $x571 $x583 $x757 $x748 $x739 $x730 $x721 $x709 $x700 $x691 $x682 $x673 $x664 $x655 $x643 $x634 $x625 $x616 $x607 $x598 $x589 $x21080 $x12941 $x12956 $x12916 $x12901 $x12866 $x20954 $x20963 $x20972 $x20981 $x20990 $x20996 $x21005 $x21017 $x21026 $x21035 $x21044 $x21053 $x21059 $x21068 $x21077 $x646 $x8066 $x8931 $x8894 $x8546 $x8841 $x8766 $x8708 $x8716 $x8657 $x8576 $x8631 $x8600 $x8588 $x8325 $x12962 $x12968 $x12984 $x12998 $x13004 $x13015 $x13021 $x9277 $x13038 $x13044 $x13056 $x13062 $x13068 $x13079 $x13085 $x13091 $x9226 $x13108 $x13114 $x13120 $x13131 $x13137 $x13143 $x13154 $x13160 $x13166 $x13172 $x13183 $x13189 $x13195 $x13201 $x13212 $x13218 $x13224 $x13230 $x13241 $x13247 $x13253 $x13259 $x13270 $x13276 $x13282 $x13288 $x13299 $x13305 $x13311 $x13317 $x13324 $x13335 $x13341 $x13347 $x13353 $x15434 $x13370 $x13376 $x13382 $x13388 $x13399 $x13405 $x13411 $x13417 $x13423 $x13434 $x13440 $x13446 $x13452 $x13458 $x15440 $x13475 $x13481 $x13487 $x13493 $x13499 $x13510 $x13516 $x13522 $x13528 $x13534 $x13545 $x13551 $x13557 $x13563 $x13569 $x13575 $x13586 $x13593 $x13599 $x13605 $x13611 $x13617 $x13628 $x13634 $x13640 $x13646 $x13652 $x13658 $x13669 $x13675 $x13681 $x13687 $x13693 $x13699 $x13710 $x13716 $x13722 $x13728 $x13734 $x13740 $x13751 $x13757 $x13763 $x13769 $x13775 $x13781 $x13787 $x13798 $x13804 $x13810 $x13816 $x13822 $x13828 $x15571 $x13845 $x13851 $x13858 $x13864 $x13870 $x13876 $x13887 $x13893 $x13899 $x13905 $x13911 $x13917 $x13923 $x13934 $x13940 $x13946 $x13952 $x13958 $x13964 $x13970 $x15462 $x13987 $x13993 $x13999 $x14005 $x14011 $x14017 $x14023 $x14034 $x14040 $x14046 $x14052 $x14058 $x14064 $x14070 $x14081 $x14087 $x14093 $x14099 $x14105 $x14112 $x14118 $x14124 $x14135 $x14141 $x14147 $x14153 $x14159 $x14165 $x14171 $x14177 $x14188 $x14194 $x14200 $x14206 $x14212 $x14218 $x14224 $x14230 $x14241 $x14247 $x14253 $x14259 $x14265 $x14271 $x14277 $x14283 $x14294 $x14300 $x14306 $x14312 $x14318 $x14324 $x14330 $x14336 $x14347 $x14353 $x14359 $x14366 $x14372 $x14378 $x14384 $x14390 $x14396 $x14407 $x14413 $x14419 $x14425 $x14431 $x14437 $x14443 $x14449 $x15480 $x14466 $x14472 $x14478 $x14484 $x14490 $x14496 $x14502 $x14508 $x14519 $x14525 $x14531 $x14537 $x14543 $x14549 $x14555 $x14561 $x14567 $x14578 $x14584 $x14590 $x14596 $x14602 $x14608 $x14615 $x14621 $x14627 $x15486 $x14644 $x14650 $x14656 $x14662 $x14668 $x14674 $x14680 $x14686 $x14692 $x14703 $x14709 $x14715 $x14721 $x14727 $x14733 $x14739 $x14745 $x14751 $x14762 $x14768 $x14774 $x14780 $x14786 $x14792 $x14798 $x14804 $x14810 $x14816 $x14827 $x14833 $x14839 $x14845 $x14851 $x14858 $x14864 $x14870 $x14876 $x14882 $x14893 $x14899 $x14905 $x14911 $x14917 $x14923 $x14929 $x14935 $x14941 $x14947 $x14958 $x14964 $x14970 $x14976 $x14982 $x14988 $x14994 $x15000 $x15006 $x15012 $x15023 $x15029 $x15035 $x15041 $x15047 $x15053 $x15059 $x15065 $x15071 $x15077 $x15088 $x15095 $x15101 $x15107 $x15113 $x15119 $x15125 $x15131 $x15137 $x15143 $x15149 $x15160 $x15166 $x15172 $x15178 $x15184 $x15190 $x15196 $x15202 $x15208 $x15214 $x15504 $x15231 $x15237 $x15243 $x15249 $x15255 $x15261 $x15267 $x15273 $x15279 $x15285 $x15296 $x15302 $x15308 $x15314 $x15320 $x15327 $x15333 $x15339 $x15345 $x15351 $x15357 $x9056 $x1256 $x1331 $x1442 $x1589 $x1772 $x1991 $x2246 $x2537 $x2864 $x3227 $x3626 $x8913 $x8196 $x13074 $x13233 $x13429 $x13661 $x13929 $x14233 $x14573 $x14950 $x16317 $x15718 $x16325 $x16331 $x16337 $x16343 $x16349 $x16355 $x16361 $x16367 $x16373 $x16379 $x16385 $x16391 $x16397 $x16403 $x16409 $x16416 $x16422 $x16428 $x16434 $x16440 $x16446 $x16452 $x16458 $x16464 $x16470 $x16476 $x16482 $x16488 $x16494 $x16500 $x7550 $x7815 $x7805 $x7190 $x7712 $x7702 $x7772 $x7101 $x7073 $x9392 $x17774 $x17780 $x17786 $x17792 $x17798 $x17804 $x17810 $x17816 $x17822 $x17828 $x17834 $x17840 $x17846 $x17852 $x17858 $x17864 $x17870 $x17876 $x17882 $x17888 $x17894 $x17901 $x17907 $x17913 $x17919 $x17925 $x17931 $x17937 $x17943 $x17949 $x17955 $x17961 $x17967 $x17973 $x17979 $x17985 $x17991 $x17997 $x18003 $x18009 $x18015 $x18021 $x18027 $x18033 $x18039 $x18045 $x18051 $x18057 $x18064 $x18070 $x18076 $x18082 $x18088 $x18094 $x18100 $x18106 $x18112 $x18118 $x18124 $x18130 $x18136 $x18142 $x18148 $x18154 $x18160 $x18166 $x18172 $x18178 $x18184 $x18190 $x18196 $x18202 $x18208 $x18214 $x18221 $x18227 $x18233 $x18239 $x18245 $x18251 $x18257 $x18263 $x18269 $x18275 $x18281 $x18287 $x18293 $x18299 $x18305 $x18311 $x18317 $x18323 $x18329 $x18335 $x18341 $x18347 $x18353 $x18359 $x18365 $x18371 $x18378 $x18384 $x18390 $x18396 $x18402 $x18408 $x18414 $x18420 $x18426 $x18432 $x18438 $x18444 $x18450 $x18456 $x18462 $x18468 $x18474 $x18480 $x18486 $x18492 $x18498 $x18504 $x18510 $x18516 $x18523 $x18529 $x18535 $x18541 $x18547 $x18553 $x18559 $x18565 $x18571 $x18577 $x18583 $x18589 $x18595 $x18601 $x18607 $x18613 $x18619 $x18625 $x18631 $x18637 $x18643 $x18649 $x18655 $x18661 $x18668 $x18674 $x18680 $x18686 $x18692 $x18698 $x18704 $x18710 $x18716 $x18722 $x18728 $x18734 $x18740 $x18746 $x18752 $x18758 $x18764 $x18770 $x18776 $x18782 $x18788 $x18794 $x18800 $x18807 $x18813 $x18819 $x18825 $x18831 $x18837 $x18843 $x18849 $x18855 $x18861 $x18867 $x18873 $x18879 $x18885 $x18891 $x18897 $x18903 $x18909 $x18915 $x18921 $x18927 $x18933 $x18940 $x18946 $x18952 $x18958 $x18964 $x18970 $x18976 $x18982 $x18988 $x18994 $x19000 $x19006 $x19012 $x19018 $x19024 $x19030 $x19036 $x19042 $x19048 $x19054 $x19060 $x19067 $x19073 $x19079 $x19085 $x19091 $x19097 $x19103 $x19109 $x19115 $x19121 $x19127 $x19133 $x19139 $x19145 $x19151 $x19157 $x19163 $x19169 $x19175 $x19181 $x19188 $x19194 $x19200 $x19206 $x19212 $x19218 $x19224 $x19230 $x19236 $x19242 $x19248 $x19254 $x19260 $x19266 $x19272 $x19278 $x19284 $x19290 $x19296 $x19302 $x19309 $x19315 $x19321 $x19327 $x19333 $x19339 $x19345 $x19351 $x19357 $x19363 $x19369 $x19375 $x19381 $x19387 $x19393 $x19399 $x19405 $x19411 $x19418 $x19424 $x19430 $x19436 $x19442 $x19448 $x19454 $x19460 $x19466 $x19472 $x19478 $x19484 $x19490 $x19496 $x19502 $x19508 $x19514 $x19520 $x19527 $x19533 $x19539 $x19545 $x19551 $x19557 $x19563 $x19569 $x19575 $x19581 $x19587 $x19593 $x19599 $x19605 $x19611 $x19617 $x19623 $x19630 $x19636 $x19642 $x19648 $x19654 $x19660 $x19666 $x19672 $x19678 $x19684 $x19690 $x19696 $x19702 $x19708 $x19714 $x19720 $x19727 $x19733 $x19738 $x19744 $x19750 $x19756 $x19762 $x19768 $x19774 $x19780 $x19786 $x19792 $x19798 $x26392 $x25036 $x26418 $x26421 $x25261 $x26339 $x26483 $x22500 $x26045 $x22711 $x26367 $x26129 $x25863 $x26458 $x26351 $x20367 $x26493 $x26292 $x26382 $x25445 $x23675 $x22817 $x24732 $x26364 $x22197 $x26309 $x22408 $x24930 $x24309 $x25778 $x21810 $x26442 $x25549 $x23556 $x26249 $x26459 $x26478 $x26443 $x21707 $x24824 $x26096 $x25976 $x22936 $x26380 $x23463 $x26406 $x26503 $x24190 $x26331 $x25142 $x23041 $x26370 $x23992 $x26427 $x25635 $x26491 $x23780 $x22606 $x26403 $x26320 $x763 $x769 $x775 $x781 $x787 $x793 $x799 $x805 $x811 $x817 $x823 $x3833 $x1219 $x1268 $x1280 $x1292 $x1304 $x1096 $x1322 $x1334 $x1340 $x1352 $x1196 $x1370 $x1214 $x1388 $x1394 $x1406 $x1412 $x1424 $x1430 $x1051 $x1448 $x1454 $x1466 $x1472 $x1478 $x1490 $x1496 $x1502 $x1514 $x1520 $x1526 $x1538 $x1544 $x1550 $x905 $x1568 $x1574 $x1580 $x1592 $x1598 $x1604 $x1610 $x1622 $x1628 $x1634 $x848 $x1652 $x1658 $x1664 $x1108 $x1682 $x1688 $x1694 $x1700 $x1712 $x1718 $x1724 $x1730 $x1742 $x1748 $x1754 $x1760 $x1206 $x1778 $x1784 $x1790 $x1796 $x1808 $x1814 $x1820 $x1826 $x1832 $x1844 $x1850 $x1856 $x1862 $x1868 $x1880 $x1886 $x1892 $x1898 $x1904 $x1916 $x1922 $x1928 $x1934 $x1940 $x897 $x1958 $x1964 $x1970 $x1976 $x1982 $x1994 $x2000 $x2006 $x2012 $x2018 $x2024 $x2036 $x2042 $x2048))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
