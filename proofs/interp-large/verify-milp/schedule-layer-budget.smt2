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
 (= phase_52 14))
(assert
 (= phase_53 14))
(assert
 (= phase_54 15))
(assert
 (= phase_55 18))
(assert
 (= phase_56 18))
(assert
 (= phase_57 19))
(assert
 (= phase_58 18))
(assert
 (= phase_59 18))
(assert
 (= phase_60 19))
(assert
 (= phase_61 26))
(assert
 (= phase_62 26))
(assert
 (= phase_63 27))
(assert
 (= phase_64 30))
(assert
 (= phase_65 30))
(assert
 (= phase_66 31))
(assert
 (= phase_67 34))
(assert
 (= phase_68 34))
(assert
 (= phase_69 35))
(assert
 (= phase_70 38))
(assert
 (= phase_71 38))
(assert
 (= phase_72 39))
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
 (= phase_137 14))
(assert
 (= phase_138 14))
(assert
 (= phase_139 14))
(assert
 (= phase_140 15))
(assert
 (= phase_141 14))
(assert
 (= phase_142 14))
(assert
 (= phase_143 14))
(assert
 (= phase_144 15))
(assert
 (= phase_145 14))
(assert
 (= phase_146 14))
(assert
 (= phase_147 14))
(assert
 (= phase_148 15))
(assert
 (= phase_149 14))
(assert
 (= phase_150 14))
(assert
 (= phase_151 14))
(assert
 (= phase_152 15))
(assert
 (= phase_153 14))
(assert
 (= phase_154 14))
(assert
 (= phase_155 14))
(assert
 (= phase_156 15))
(assert
 (= phase_157 14))
(assert
 (= phase_158 14))
(assert
 (= phase_159 14))
(assert
 (= phase_160 15))
(assert
 (= phase_161 14))
(assert
 (= phase_162 14))
(assert
 (= phase_163 14))
(assert
 (= phase_164 15))
(assert
 (= phase_165 14))
(assert
 (= phase_166 14))
(assert
 (= phase_167 14))
(assert
 (= phase_168 15))
(assert
 (= phase_169 18))
(assert
 (= phase_170 18))
(assert
 (= phase_171 19))
(assert
 (= phase_172 22))
(assert
 (= phase_173 22))
(assert
 (= phase_174 23))
(assert
 (= phase_175 38))
(assert
 (= phase_176 38))
(assert
 (= phase_177 39))
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
 (= phase_239 16))
(assert
 (= phase_240 12))
(assert
 (= phase_241 16))
(assert
 (= phase_242 12))
(assert
 (= phase_243 16))
(assert
 (= phase_244 16))
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
 (= phase_263 26))
(assert
 (= phase_264 26))
(assert
 (= phase_265 26))
(assert
 (= phase_266 26))
(assert
 (= phase_267 26))
(assert
 (= phase_268 26))
(assert
 (= phase_269 18))
(assert
 (= phase_270 26))
(assert
 (= phase_271 27))
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
 (= phase_281 18))
(assert
 (= phase_282 18))
(assert
 (= phase_283 18))
(assert
 (= phase_284 18))
(assert
 (= phase_285 18))
(assert
 (= phase_286 18))
(assert
 (= phase_287 18))
(assert
 (= phase_288 18))
(assert
 (= phase_289 19))
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
 (= phase_299 18))
(assert
 (= phase_300 18))
(assert
 (= phase_301 18))
(assert
 (= phase_302 18))
(assert
 (= phase_303 18))
(assert
 (= phase_304 18))
(assert
 (= phase_305 18))
(assert
 (= phase_306 18))
(assert
 (= phase_307 19))
(assert
 (= phase_308 18))
(assert
 (= phase_309 18))
(assert
 (= phase_310 18))
(assert
 (= phase_311 18))
(assert
 (= phase_312 18))
(assert
 (= phase_313 18))
(assert
 (= phase_314 18))
(assert
 (= phase_315 18))
(assert
 (= phase_316 19))
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
 (= phase_349 18))
(assert
 (= phase_350 18))
(assert
 (= phase_351 18))
(assert
 (= phase_352 19))
(assert
 (= phase_353 18))
(assert
 (= phase_354 18))
(assert
 (= phase_355 18))
(assert
 (= phase_356 19))
(assert
 (= phase_357 18))
(assert
 (= phase_358 18))
(assert
 (= phase_359 18))
(assert
 (= phase_360 19))
(assert
 (= phase_361 18))
(assert
 (= phase_362 18))
(assert
 (= phase_363 18))
(assert
 (= phase_364 19))
(assert
 (= phase_365 18))
(assert
 (= phase_366 18))
(assert
 (= phase_367 18))
(assert
 (= phase_368 19))
(assert
 (= phase_369 18))
(assert
 (= phase_370 18))
(assert
 (= phase_371 18))
(assert
 (= phase_372 19))
(assert
 (= phase_373 18))
(assert
 (= phase_374 18))
(assert
 (= phase_375 18))
(assert
 (= phase_376 19))
(assert
 (= phase_377 18))
(assert
 (= phase_378 18))
(assert
 (= phase_379 18))
(assert
 (= phase_380 19))
(assert
 (= phase_381 22))
(assert
 (= phase_382 23))
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
 (= phase_425 24))
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
 (= phase_433 26))
(assert
 (= phase_434 26))
(assert
 (= phase_435 26))
(assert
 (= phase_436 26))
(assert
 (= phase_437 26))
(assert
 (= phase_438 26))
(assert
 (= phase_439 26))
(assert
 (= phase_440 26))
(assert
 (= phase_441 27))
(assert
 (= phase_442 26))
(assert
 (= phase_443 26))
(assert
 (= phase_444 26))
(assert
 (= phase_445 26))
(assert
 (= phase_446 26))
(assert
 (= phase_447 26))
(assert
 (= phase_448 26))
(assert
 (= phase_449 26))
(assert
 (= phase_450 27))
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
 (= phase_505 26))
(assert
 (= phase_506 26))
(assert
 (= phase_507 26))
(assert
 (= phase_508 26))
(assert
 (= phase_509 26))
(assert
 (= phase_510 26))
(assert
 (= phase_511 26))
(assert
 (= phase_512 26))
(assert
 (= phase_513 27))
(assert
 (= phase_514 26))
(assert
 (= phase_515 26))
(assert
 (= phase_516 26))
(assert
 (= phase_517 26))
(assert
 (= phase_518 26))
(assert
 (= phase_519 26))
(assert
 (= phase_520 26))
(assert
 (= phase_521 27))
(assert
 (= phase_522 26))
(assert
 (= phase_523 26))
(assert
 (= phase_524 26))
(assert
 (= phase_525 26))
(assert
 (= phase_526 26))
(assert
 (= phase_527 26))
(assert
 (= phase_528 27))
(assert
 (= phase_529 26))
(assert
 (= phase_530 26))
(assert
 (= phase_531 26))
(assert
 (= phase_532 26))
(assert
 (= phase_533 26))
(assert
 (= phase_534 27))
(assert
 (= phase_535 30))
(assert
 (= phase_536 30))
(assert
 (= phase_537 30))
(assert
 (= phase_538 30))
(assert
 (= phase_539 31))
(assert
 (= phase_540 30))
(assert
 (= phase_541 30))
(assert
 (= phase_542 30))
(assert
 (= phase_543 31))
(assert
 (= phase_544 30))
(assert
 (= phase_545 30))
(assert
 (= phase_546 31))
(assert
 (= phase_547 30))
(assert
 (= phase_548 31))
(assert
 (= phase_549 32))
(assert
 (= phase_550 32))
(assert
 (= phase_551 32))
(assert
 (= phase_552 32))
(assert
 (= phase_553 36))
(assert
 (= phase_554 36))
(assert
 (= phase_555 36))
(assert
 (= phase_556 36))
(assert
 (= phase_557 34))
(assert
 (= phase_558 34))
(assert
 (= phase_559 34))
(assert
 (= phase_560 34))
(assert
 (= phase_561 34))
(assert
 (= phase_562 34))
(assert
 (= phase_563 34))
(assert
 (= phase_564 34))
(assert
 (= phase_565 35))
(assert
 (= phase_566 34))
(assert
 (= phase_567 34))
(assert
 (= phase_568 34))
(assert
 (= phase_569 34))
(assert
 (= phase_570 34))
(assert
 (= phase_571 34))
(assert
 (= phase_572 34))
(assert
 (= phase_573 34))
(assert
 (= phase_574 35))
(assert
 (= phase_575 34))
(assert
 (= phase_576 34))
(assert
 (= phase_577 34))
(assert
 (= phase_578 34))
(assert
 (= phase_579 34))
(assert
 (= phase_580 34))
(assert
 (= phase_581 34))
(assert
 (= phase_582 34))
(assert
 (= phase_583 35))
(assert
 (= phase_584 38))
(assert
 (= phase_585 38))
(assert
 (= phase_586 38))
(assert
 (= phase_587 38))
(assert
 (= phase_588 38))
(assert
 (= phase_589 38))
(assert
 (= phase_590 38))
(assert
 (= phase_591 38))
(assert
 (= phase_592 39))
(assert
 (= phase_593 38))
(assert
 (= phase_594 38))
(assert
 (= phase_595 38))
(assert
 (= phase_596 38))
(assert
 (= phase_597 38))
(assert
 (= phase_598 38))
(assert
 (= phase_599 38))
(assert
 (= phase_600 38))
(assert
 (= phase_601 39))
(assert
 (= phase_602 38))
(assert
 (= phase_603 38))
(assert
 (= phase_604 38))
(assert
 (= phase_605 38))
(assert
 (= phase_606 38))
(assert
 (= phase_607 38))
(assert
 (= phase_608 38))
(assert
 (= phase_609 38))
(assert
 (= phase_610 39))
(assert
 (= phase_611 38))
(assert
 (= phase_612 38))
(assert
 (= phase_613 38))
(assert
 (= phase_614 38))
(assert
 (= phase_615 38))
(assert
 (= phase_616 38))
(assert
 (= phase_617 38))
(assert
 (= phase_618 38))
(assert
 (= phase_619 39))
(assert
 (= phase_620 38))
(assert
 (= phase_621 38))
(assert
 (= phase_622 38))
(assert
 (= phase_623 38))
(assert
 (= phase_624 38))
(assert
 (= phase_625 38))
(assert
 (= phase_626 38))
(assert
 (= phase_627 38))
(assert
 (= phase_628 39))
(assert
 (= phase_629 26))
(assert
 (= phase_630 26))
(assert
 (= phase_631 26))
(assert
 (= phase_632 26))
(assert
 (= phase_633 26))
(assert
 (= phase_634 26))
(assert
 (= phase_635 26))
(assert
 (= phase_636 26))
(assert
 (= phase_637 27))
(assert
 (= phase_638 26))
(assert
 (= phase_639 26))
(assert
 (= phase_640 26))
(assert
 (= phase_641 26))
(assert
 (= phase_642 26))
(assert
 (= phase_643 26))
(assert
 (= phase_644 26))
(assert
 (= phase_645 26))
(assert
 (= phase_646 27))
(assert
 (= phase_647 26))
(assert
 (= phase_648 26))
(assert
 (= phase_649 26))
(assert
 (= phase_650 26))
(assert
 (= phase_651 26))
(assert
 (= phase_652 26))
(assert
 (= phase_653 26))
(assert
 (= phase_654 26))
(assert
 (= phase_655 27))
(assert
 (= phase_656 30))
(assert
 (= phase_657 30))
(assert
 (= phase_658 30))
(assert
 (= phase_659 30))
(assert
 (= phase_660 26))
(assert
 (= phase_661 30))
(assert
 (= phase_662 30))
(assert
 (= phase_663 26))
(assert
 (= phase_664 31))
(assert
 (= phase_665 26))
(assert
 (= phase_666 26))
(assert
 (= phase_667 26))
(assert
 (= phase_668 26))
(assert
 (= phase_669 26))
(assert
 (= phase_670 26))
(assert
 (= phase_671 26))
(assert
 (= phase_672 26))
(assert
 (= phase_673 27))
(assert
 (= phase_674 26))
(assert
 (= phase_675 26))
(assert
 (= phase_676 26))
(assert
 (= phase_677 26))
(assert
 (= phase_678 26))
(assert
 (= phase_679 26))
(assert
 (= phase_680 26))
(assert
 (= phase_681 26))
(assert
 (= phase_682 27))
(assert
 (= phase_683 26))
(assert
 (= phase_684 26))
(assert
 (= phase_685 26))
(assert
 (= phase_686 26))
(assert
 (= phase_687 26))
(assert
 (= phase_688 26))
(assert
 (= phase_689 26))
(assert
 (= phase_690 26))
(assert
 (= phase_691 27))
(assert
 (= phase_692 26))
(assert
 (= phase_693 26))
(assert
 (= phase_694 26))
(assert
 (= phase_695 26))
(assert
 (= phase_696 26))
(assert
 (= phase_697 26))
(assert
 (= phase_698 26))
(assert
 (= phase_699 26))
(assert
 (= phase_700 27))
(assert
 (= phase_701 28))
(assert
 (= phase_702 28))
(assert
 (= phase_703 28))
(assert
 (= phase_704 32))
(assert
 (= phase_705 32))
(assert
 (= phase_706 36))
(assert
 (= phase_707 36))
(assert
 (= phase_708 36))
(assert
 (= phase_709 30))
(assert
 (= phase_710 30))
(assert
 (= phase_711 30))
(assert
 (= phase_712 30))
(assert
 (= phase_713 30))
(assert
 (= phase_714 30))
(assert
 (= phase_715 30))
(assert
 (= phase_716 30))
(assert
 (= phase_717 31))
(assert
 (= phase_718 30))
(assert
 (= phase_719 30))
(assert
 (= phase_720 30))
(assert
 (= phase_721 30))
(assert
 (= phase_722 30))
(assert
 (= phase_723 30))
(assert
 (= phase_724 30))
(assert
 (= phase_725 30))
(assert
 (= phase_726 31))
(assert
 (= phase_727 34))
(assert
 (= phase_728 34))
(assert
 (= phase_729 34))
(assert
 (= phase_730 34))
(assert
 (= phase_731 34))
(assert
 (= phase_732 34))
(assert
 (= phase_733 34))
(assert
 (= phase_734 34))
(assert
 (= phase_735 35))
(assert
 (= phase_736 34))
(assert
 (= phase_737 34))
(assert
 (= phase_738 34))
(assert
 (= phase_739 34))
(assert
 (= phase_740 34))
(assert
 (= phase_741 34))
(assert
 (= phase_742 34))
(assert
 (= phase_743 34))
(assert
 (= phase_744 35))
(assert
 (= phase_745 38))
(assert
 (= phase_746 38))
(assert
 (= phase_747 38))
(assert
 (= phase_748 38))
(assert
 (= phase_749 38))
(assert
 (= phase_750 38))
(assert
 (= phase_751 38))
(assert
 (= phase_752 38))
(assert
 (= phase_753 39))
(assert
 (= phase_754 38))
(assert
 (= phase_755 38))
(assert
 (= phase_756 38))
(assert
 (= phase_757 38))
(assert
 (= phase_758 38))
(assert
 (= phase_759 38))
(assert
 (= phase_760 38))
(assert
 (= phase_761 38))
(assert
 (= phase_762 39))
(assert
 (= phase_763 38))
(assert
 (= phase_764 38))
(assert
 (= phase_765 38))
(assert
 (= phase_766 38))
(assert
 (= phase_767 38))
(assert
 (= phase_768 38))
(assert
 (= phase_769 38))
(assert
 (= phase_770 38))
(assert
 (= phase_771 39))
(assert
 (= phase_772 38))
(assert
 (= phase_773 38))
(assert
 (= phase_774 38))
(assert
 (= phase_775 38))
(assert
 (= phase_776 38))
(assert
 (= phase_777 38))
(assert
 (= phase_778 38))
(assert
 (= phase_779 38))
(assert
 (= phase_780 39))
(assert
 (= phase_781 12))
(assert
 (= phase_782 12))
(assert
 (= phase_783 16))
(assert
 (= phase_784 20))
(assert
 (= phase_785 24))
(assert
 (= phase_786 24))
(assert
 (= phase_787 24))
(assert
 (= phase_788 36))
(assert
 (= phase_789 12))
(assert
 (= phase_790 16))
(assert
 (= phase_791 20))
(assert
 (= phase_792 24))
(assert
 (= phase_793 24))
(assert
 (= phase_794 24))
(assert
 (= phase_795 36))
(assert
 (= phase_796 16))
(assert
 (= phase_797 20))
(assert
 (= phase_798 24))
(assert
 (= phase_799 24))
(assert
 (= phase_800 24))
(assert
 (= phase_801 36))
(assert
 (= phase_802 20))
(assert
 (= phase_803 24))
(assert
 (= phase_804 24))
(assert
 (= phase_805 24))
(assert
 (= phase_806 36))
(assert
 (= phase_807 24))
(assert
 (= phase_808 24))
(assert
 (= phase_809 24))
(assert
 (= phase_810 36))
(assert
 (= phase_811 24))
(assert
 (= phase_812 24))
(assert
 (= phase_813 36))
(assert
 (= phase_814 24))
(assert
 (= phase_815 36))
(assert
 (= phase_816 36))
(assert
 (= phase_817 25))
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
 (= phase_943 32))
(assert
 (= phase_944 30))
(assert
 (= phase_945 30))
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
 (= phase_952 30))
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
 (= phase_958 42))
(assert
 (= phase_959 42))
(assert
 (= phase_960 30))
(assert
 (= phase_961 42))
(assert
 (= phase_962 50))
(assert
 (= phase_963 50))
(assert
 (= phase_964 50))
(assert
 (= phase_965 50))
(assert
 (= phase_966 42))
(assert
 (= phase_967 42))
(assert
 (= phase_968 42))
(assert
 (= phase_969 34))
(assert
 (= phase_970 38))
(assert
 (= phase_971 34))
(assert
 (= phase_972 30))
(assert
 (= phase_973 42))
(assert
 (= phase_974 42))
(assert
 (= phase_975 46))
(assert
 (= phase_976 14))
(assert
 (= phase_977 51))
(assert
 (= phase_978 42))
(assert
 (= phase_979 42))
(assert
 (= phase_980 42))
(assert
 (= phase_981 42))
(assert
 (= phase_982 50))
(assert
 (= phase_983 50))
(assert
 (= phase_984 50))
(assert
 (= phase_985 50))
(assert
 (= phase_986 42))
(assert
 (= phase_987 42))
(assert
 (= phase_988 42))
(assert
 (= phase_989 34))
(assert
 (= phase_990 42))
(assert
 (= phase_991 34))
(assert
 (= phase_992 42))
(assert
 (= phase_993 51))
(assert
 (= phase_994 18))
(assert
 (= phase_995 42))
(assert
 (= phase_996 30))
(assert
 (= phase_997 42))
(assert
 (= phase_998 50))
(assert
 (= phase_999 50))
(assert
 (= phase_1000 50))
(assert
 (= phase_1001 50))
(assert
 (= phase_1002 42))
(assert
 (= phase_1003 42))
(assert
 (= phase_1004 42))
(assert
 (= phase_1005 30))
(assert
 (= phase_1006 42))
(assert
 (= phase_1007 42))
(assert
 (= phase_1008 42))
(assert
 (= phase_1009 51))
(assert
 (= phase_1010 18))
(assert
 (= phase_1011 42))
(assert
 (= phase_1012 30))
(assert
 (= phase_1013 42))
(assert
 (= phase_1014 50))
(assert
 (= phase_1015 50))
(assert
 (= phase_1016 50))
(assert
 (= phase_1017 50))
(assert
 (= phase_1018 42))
(assert
 (= phase_1019 42))
(assert
 (= phase_1020 42))
(assert
 (= phase_1021 30))
(assert
 (= phase_1022 42))
(assert
 (= phase_1023 42))
(assert
 (= phase_1024 42))
(assert
 (= phase_1025 51))
(assert
 (= phase_1026 30))
(assert
 (= phase_1027 42))
(assert
 (= phase_1028 34))
(assert
 (= phase_1029 42))
(assert
 (= phase_1030 50))
(assert
 (= phase_1031 50))
(assert
 (= phase_1032 50))
(assert
 (= phase_1033 50))
(assert
 (= phase_1034 42))
(assert
 (= phase_1035 42))
(assert
 (= phase_1036 42))
(assert
 (= phase_1037 34))
(assert
 (= phase_1038 42))
(assert
 (= phase_1039 42))
(assert
 (= phase_1040 42))
(assert
 (= phase_1041 51))
(assert
 (= phase_1042 30))
(assert
 (= phase_1043 42))
(assert
 (= phase_1044 42))
(assert
 (= phase_1045 42))
(assert
 (= phase_1046 50))
(assert
 (= phase_1047 50))
(assert
 (= phase_1048 50))
(assert
 (= phase_1049 50))
(assert
 (= phase_1050 42))
(assert
 (= phase_1051 42))
(assert
 (= phase_1052 42))
(assert
 (= phase_1053 34))
(assert
 (= phase_1054 42))
(assert
 (= phase_1055 42))
(assert
 (= phase_1056 42))
(assert
 (= phase_1057 51))
(assert
 (= phase_1058 34))
(assert
 (= phase_1059 42))
(assert
 (= phase_1060 38))
(assert
 (= phase_1061 42))
(assert
 (= phase_1062 50))
(assert
 (= phase_1063 50))
(assert
 (= phase_1064 50))
(assert
 (= phase_1065 50))
(assert
 (= phase_1066 42))
(assert
 (= phase_1067 42))
(assert
 (= phase_1068 42))
(assert
 (= phase_1069 34))
(assert
 (= phase_1070 42))
(assert
 (= phase_1071 42))
(assert
 (= phase_1072 42))
(assert
 (= phase_1073 51))
(assert
 (= phase_1074 38))
(assert
 (= phase_1075 46))
(assert
 (= phase_1076 42))
(assert
 (= phase_1077 42))
(assert
 (= phase_1078 50))
(assert
 (= phase_1079 50))
(assert
 (= phase_1080 50))
(assert
 (= phase_1081 50))
(assert
 (= phase_1082 42))
(assert
 (= phase_1083 42))
(assert
 (= phase_1084 42))
(assert
 (= phase_1085 26))
(assert
 (= phase_1086 42))
(assert
 (= phase_1087 42))
(assert
 (= phase_1088 42))
(assert
 (= phase_1089 51))
(assert
 (= phase_1090 7))
(assert
 (= phase_1091 43))
(assert
 (= phase_1092 42))
(assert
 (= phase_1093 42))
(assert
 (= phase_1094 42))
(assert
 (= phase_1095 42))
(assert
 (= phase_1096 42))
(assert
 (= phase_1097 42))
(assert
 (= phase_1098 42))
(assert
 (= phase_1099 42))
(assert
 (= phase_1100 42))
(assert
 (= phase_1101 42))
(assert
 (= phase_1102 42))
(assert
 (= phase_1103 42))
(assert
 (= phase_1104 42))
(assert
 (= phase_1105 42))
(assert
 (= phase_1106 42))
(assert
 (= phase_1107 42))
(assert
 (let (($x37670 (> phase_1107 51)))
 (let (($x37668 (> phase_1106 51)))
 (let (($x37666 (> phase_1105 51)))
 (let (($x37664 (> phase_1104 51)))
 (let (($x37662 (> phase_1103 51)))
 (let (($x37660 (> phase_1102 51)))
 (let (($x37658 (> phase_1101 51)))
 (let (($x37656 (> phase_1100 51)))
 (let (($x37654 (> phase_1099 51)))
 (let (($x37652 (> phase_1098 51)))
 (let (($x37650 (> phase_1097 51)))
 (let (($x37648 (> phase_1096 51)))
 (let (($x37646 (> phase_1095 51)))
 (let (($x37644 (> phase_1094 51)))
 (let (($x37642 (> phase_1093 51)))
 (let (($x37640 (> phase_1092 51)))
 (let (($x37638 (> phase_1091 51)))
 (let (($x37636 (> phase_1090 51)))
 (let (($x37634 (> phase_1089 51)))
 (let (($x37632 (> phase_1088 51)))
 (let (($x37630 (> phase_1087 51)))
 (let (($x37628 (> phase_1086 51)))
 (let (($x37626 (> phase_1085 51)))
 (let (($x37624 (> phase_1084 51)))
 (let (($x37622 (> phase_1083 51)))
 (let (($x37620 (> phase_1082 51)))
 (let (($x37618 (> phase_1081 51)))
 (let (($x37616 (> phase_1080 51)))
 (let (($x37614 (> phase_1079 51)))
 (let (($x37612 (> phase_1078 51)))
 (let (($x37610 (> phase_1077 51)))
 (let (($x37608 (> phase_1076 51)))
 (let (($x37606 (> phase_1075 51)))
 (let (($x37604 (> phase_1074 51)))
 (let (($x37602 (> phase_1073 51)))
 (let (($x37600 (> phase_1072 51)))
 (let (($x37598 (> phase_1071 51)))
 (let (($x37596 (> phase_1070 51)))
 (let (($x37594 (> phase_1069 51)))
 (let (($x37592 (> phase_1068 51)))
 (let (($x37590 (> phase_1067 51)))
 (let (($x37588 (> phase_1066 51)))
 (let (($x37586 (> phase_1065 51)))
 (let (($x37584 (> phase_1064 51)))
 (let (($x37582 (> phase_1063 51)))
 (let (($x37580 (> phase_1062 51)))
 (let (($x37578 (> phase_1061 51)))
 (let (($x37576 (> phase_1060 51)))
 (let (($x37574 (> phase_1059 51)))
 (let (($x37572 (> phase_1058 51)))
 (let (($x37570 (> phase_1057 51)))
 (let (($x37568 (> phase_1056 51)))
 (let (($x37566 (> phase_1055 51)))
 (let (($x37564 (> phase_1054 51)))
 (let (($x37562 (> phase_1053 51)))
 (let (($x37560 (> phase_1052 51)))
 (let (($x37558 (> phase_1051 51)))
 (let (($x37556 (> phase_1050 51)))
 (let (($x37554 (> phase_1049 51)))
 (let (($x37552 (> phase_1048 51)))
 (let (($x37550 (> phase_1047 51)))
 (let (($x37548 (> phase_1046 51)))
 (let (($x37546 (> phase_1045 51)))
 (let (($x37544 (> phase_1044 51)))
 (let (($x37542 (> phase_1043 51)))
 (let (($x37540 (> phase_1042 51)))
 (let (($x37538 (> phase_1041 51)))
 (let (($x37536 (> phase_1040 51)))
 (let (($x37534 (> phase_1039 51)))
 (let (($x37532 (> phase_1038 51)))
 (let (($x37530 (> phase_1037 51)))
 (let (($x37528 (> phase_1036 51)))
 (let (($x37526 (> phase_1035 51)))
 (let (($x37524 (> phase_1034 51)))
 (let (($x37522 (> phase_1033 51)))
 (let (($x37520 (> phase_1032 51)))
 (let (($x37518 (> phase_1031 51)))
 (let (($x37516 (> phase_1030 51)))
 (let (($x37514 (> phase_1029 51)))
 (let (($x37510 (> phase_1028 51)))
 (let (($x37508 (> phase_1027 51)))
 (let (($x37506 (> phase_1026 51)))
 (let (($x37504 (> phase_1025 51)))
 (let (($x37502 (> phase_1024 51)))
 (let (($x37500 (> phase_1023 51)))
 (let (($x37498 (> phase_1022 51)))
 (let (($x37496 (> phase_1021 51)))
 (let (($x37494 (> phase_1020 51)))
 (let (($x37492 (> phase_1019 51)))
 (let (($x37490 (> phase_1018 51)))
 (let (($x37488 (> phase_1017 51)))
 (let (($x37486 (> phase_1016 51)))
 (let (($x37484 (> phase_1015 51)))
 (let (($x37482 (> phase_1014 51)))
 (let (($x37480 (> phase_1013 51)))
 (let (($x37478 (> phase_1012 51)))
 (let (($x37476 (> phase_1011 51)))
 (let (($x37474 (> phase_1010 51)))
 (let (($x37472 (> phase_1009 51)))
 (let (($x37470 (> phase_1008 51)))
 (let (($x37468 (> phase_1007 51)))
 (let (($x37466 (> phase_1006 51)))
 (let (($x37464 (> phase_1005 51)))
 (let (($x37462 (> phase_1004 51)))
 (let (($x37460 (> phase_1003 51)))
 (let (($x37458 (> phase_1002 51)))
 (let (($x37456 (> phase_1001 51)))
 (let (($x37454 (> phase_1000 51)))
 (let (($x37452 (> phase_999 51)))
 (let (($x37450 (> phase_998 51)))
 (let (($x37448 (> phase_997 51)))
 (let (($x37446 (> phase_996 51)))
 (let (($x37444 (> phase_995 51)))
 (let (($x37442 (> phase_994 51)))
 (let (($x37440 (> phase_993 51)))
 (let (($x37438 (> phase_992 51)))
 (let (($x37436 (> phase_991 51)))
 (let (($x37434 (> phase_990 51)))
 (let (($x37432 (> phase_989 51)))
 (let (($x37430 (> phase_988 51)))
 (let (($x37428 (> phase_987 51)))
 (let (($x37426 (> phase_986 51)))
 (let (($x37424 (> phase_985 51)))
 (let (($x37422 (> phase_984 51)))
 (let (($x37420 (> phase_983 51)))
 (let (($x37418 (> phase_982 51)))
 (let (($x37416 (> phase_981 51)))
 (let (($x37414 (> phase_980 51)))
 (let (($x37412 (> phase_979 51)))
 (let (($x37410 (> phase_978 51)))
 (let (($x37408 (> phase_977 51)))
 (let (($x37406 (> phase_976 51)))
 (let (($x37404 (> phase_975 51)))
 (let (($x37402 (> phase_974 51)))
 (let (($x37400 (> phase_973 51)))
 (let (($x37398 (> phase_972 51)))
 (let (($x37396 (> phase_971 51)))
 (let (($x37394 (> phase_970 51)))
 (let (($x37392 (> phase_969 51)))
 (let (($x37390 (> phase_968 51)))
 (let (($x37388 (> phase_967 51)))
 (let (($x37386 (> phase_966 51)))
 (let (($x37384 (> phase_965 51)))
 (let (($x37382 (> phase_964 51)))
 (let (($x37380 (> phase_963 51)))
 (let (($x37378 (> phase_962 51)))
 (let (($x37376 (> phase_961 51)))
 (let (($x37374 (> phase_960 51)))
 (let (($x37372 (> phase_959 51)))
 (let (($x37370 (> phase_958 51)))
 (let (($x37368 (> phase_957 51)))
 (let (($x37366 (> phase_956 51)))
 (let (($x37364 (> phase_955 51)))
 (let (($x37362 (> phase_954 51)))
 (let (($x37360 (> phase_953 51)))
 (let (($x37358 (> phase_952 51)))
 (let (($x37356 (> phase_951 51)))
 (let (($x37354 (> phase_950 51)))
 (let (($x37352 (> phase_949 51)))
 (let (($x37350 (> phase_948 51)))
 (let (($x37348 (> phase_947 51)))
 (let (($x37346 (> phase_946 51)))
 (let (($x37344 (> phase_945 51)))
 (let (($x37342 (> phase_944 51)))
 (let (($x37340 (> phase_943 51)))
 (let (($x37338 (> phase_942 51)))
 (let (($x37336 (> phase_941 51)))
 (let (($x37334 (> phase_940 51)))
 (let (($x37332 (> phase_939 51)))
 (let (($x37330 (> phase_938 51)))
 (let (($x37328 (> phase_937 51)))
 (let (($x37326 (> phase_936 51)))
 (let (($x37324 (> phase_935 51)))
 (let (($x37322 (> phase_934 51)))
 (let (($x37320 (> phase_933 51)))
 (let (($x37318 (> phase_932 51)))
 (let (($x37316 (> phase_931 51)))
 (let (($x37314 (> phase_930 51)))
 (let (($x37312 (> phase_929 51)))
 (let (($x37310 (> phase_928 51)))
 (let (($x37308 (> phase_927 51)))
 (let (($x37306 (> phase_926 51)))
 (let (($x37304 (> phase_925 51)))
 (let (($x37302 (> phase_924 51)))
 (let (($x37300 (> phase_923 51)))
 (let (($x37298 (> phase_922 51)))
 (let (($x37296 (> phase_921 51)))
 (let (($x37294 (> phase_920 51)))
 (let (($x37292 (> phase_919 51)))
 (let (($x37290 (> phase_918 51)))
 (let (($x37288 (> phase_917 51)))
 (let (($x37286 (> phase_916 51)))
 (let (($x37284 (> phase_915 51)))
 (let (($x37282 (> phase_914 51)))
 (let (($x37280 (> phase_913 51)))
 (let (($x37278 (> phase_912 51)))
 (let (($x37276 (> phase_911 51)))
 (let (($x37274 (> phase_910 51)))
 (let (($x37272 (> phase_909 51)))
 (let (($x37270 (> phase_908 51)))
 (let (($x37268 (> phase_907 51)))
 (let (($x37266 (> phase_906 51)))
 (let (($x37264 (> phase_905 51)))
 (let (($x37262 (> phase_904 51)))
 (let (($x37260 (> phase_903 51)))
 (let (($x37258 (> phase_902 51)))
 (let (($x37256 (> phase_901 51)))
 (let (($x37254 (> phase_900 51)))
 (let (($x37252 (> phase_899 51)))
 (let (($x37250 (> phase_898 51)))
 (let (($x37248 (> phase_897 51)))
 (let (($x37246 (> phase_896 51)))
 (let (($x37244 (> phase_895 51)))
 (let (($x37242 (> phase_894 51)))
 (let (($x37240 (> phase_893 51)))
 (let (($x37238 (> phase_892 51)))
 (let (($x37236 (> phase_891 51)))
 (let (($x37234 (> phase_890 51)))
 (let (($x37232 (> phase_889 51)))
 (let (($x37230 (> phase_888 51)))
 (let (($x37228 (> phase_887 51)))
 (let (($x37226 (> phase_886 51)))
 (let (($x37224 (> phase_885 51)))
 (let (($x37222 (> phase_884 51)))
 (let (($x37220 (> phase_883 51)))
 (let (($x37218 (> phase_882 51)))
 (let (($x37216 (> phase_881 51)))
 (let (($x37214 (> phase_880 51)))
 (let (($x37212 (> phase_879 51)))
 (let (($x37210 (> phase_878 51)))
 (let (($x37208 (> phase_877 51)))
 (let (($x37206 (> phase_876 51)))
 (let (($x37204 (> phase_875 51)))
 (let (($x37202 (> phase_874 51)))
 (let (($x37200 (> phase_873 51)))
 (let (($x37198 (> phase_872 51)))
 (let (($x37196 (> phase_871 51)))
 (let (($x37194 (> phase_870 51)))
 (let (($x37192 (> phase_869 51)))
 (let (($x37190 (> phase_868 51)))
 (let (($x37188 (> phase_867 51)))
 (let (($x37186 (> phase_866 51)))
 (let (($x37184 (> phase_865 51)))
 (let (($x37182 (> phase_864 51)))
 (let (($x37180 (> phase_863 51)))
 (let (($x37178 (> phase_862 51)))
 (let (($x37176 (> phase_861 51)))
 (let (($x37174 (> phase_860 51)))
 (let (($x37172 (> phase_859 51)))
 (let (($x37170 (> phase_858 51)))
 (let (($x37168 (> phase_857 51)))
 (let (($x37166 (> phase_856 51)))
 (let (($x37164 (> phase_855 51)))
 (let (($x37162 (> phase_854 51)))
 (let (($x37160 (> phase_853 51)))
 (let (($x37158 (> phase_852 51)))
 (let (($x37156 (> phase_851 51)))
 (let (($x37154 (> phase_850 51)))
 (let (($x37152 (> phase_849 51)))
 (let (($x37150 (> phase_848 51)))
 (let (($x37148 (> phase_847 51)))
 (let (($x37146 (> phase_846 51)))
 (let (($x37144 (> phase_845 51)))
 (let (($x37142 (> phase_844 51)))
 (let (($x37140 (> phase_843 51)))
 (let (($x37138 (> phase_842 51)))
 (let (($x37136 (> phase_841 51)))
 (let (($x37134 (> phase_840 51)))
 (let (($x37132 (> phase_839 51)))
 (let (($x37130 (> phase_838 51)))
 (let (($x37128 (> phase_837 51)))
 (let (($x37126 (> phase_836 51)))
 (let (($x37124 (> phase_835 51)))
 (let (($x37122 (> phase_834 51)))
 (let (($x37120 (> phase_833 51)))
 (let (($x37118 (> phase_832 51)))
 (let (($x37116 (> phase_831 51)))
 (let (($x37114 (> phase_830 51)))
 (let (($x37112 (> phase_829 51)))
 (let (($x37110 (> phase_828 51)))
 (let (($x37108 (> phase_827 51)))
 (let (($x37106 (> phase_826 51)))
 (let (($x37104 (> phase_825 51)))
 (let (($x37102 (> phase_824 51)))
 (let (($x37100 (> phase_823 51)))
 (let (($x37098 (> phase_822 51)))
 (let (($x37096 (> phase_821 51)))
 (let (($x37094 (> phase_820 51)))
 (let (($x37092 (> phase_819 51)))
 (let (($x37090 (> phase_818 51)))
 (let (($x37088 (> phase_817 51)))
 (let (($x37086 (> phase_816 51)))
 (let (($x37084 (> phase_815 51)))
 (let (($x37082 (> phase_814 51)))
 (let (($x37080 (> phase_813 51)))
 (let (($x37078 (> phase_812 51)))
 (let (($x37076 (> phase_811 51)))
 (let (($x37074 (> phase_810 51)))
 (let (($x37072 (> phase_809 51)))
 (let (($x37070 (> phase_808 51)))
 (let (($x37068 (> phase_807 51)))
 (let (($x37066 (> phase_806 51)))
 (let (($x37064 (> phase_805 51)))
 (let (($x37062 (> phase_804 51)))
 (let (($x37060 (> phase_803 51)))
 (let (($x37058 (> phase_802 51)))
 (let (($x37056 (> phase_801 51)))
 (let (($x37054 (> phase_800 51)))
 (let (($x37052 (> phase_799 51)))
 (let (($x37050 (> phase_798 51)))
 (let (($x37048 (> phase_797 51)))
 (let (($x37046 (> phase_796 51)))
 (let (($x37044 (> phase_795 51)))
 (let (($x37042 (> phase_794 51)))
 (let (($x37040 (> phase_793 51)))
 (let (($x37038 (> phase_792 51)))
 (let (($x37036 (> phase_791 51)))
 (let (($x37034 (> phase_790 51)))
 (let (($x37032 (> phase_789 51)))
 (let (($x37030 (> phase_788 51)))
 (let (($x37028 (> phase_787 51)))
 (let (($x37026 (> phase_786 51)))
 (let (($x37024 (> phase_785 51)))
 (let (($x37022 (> phase_784 51)))
 (let (($x37020 (> phase_783 51)))
 (let (($x37018 (> phase_782 51)))
 (let (($x37016 (> phase_781 51)))
 (let (($x37014 (> phase_780 51)))
 (let (($x37012 (> phase_779 51)))
 (let (($x37010 (> phase_778 51)))
 (let (($x37008 (> phase_777 51)))
 (let (($x37006 (> phase_776 51)))
 (let (($x37004 (> phase_775 51)))
 (let (($x37002 (> phase_774 51)))
 (let (($x37000 (> phase_773 51)))
 (let (($x36998 (> phase_772 51)))
 (let (($x36996 (> phase_771 51)))
 (let (($x36994 (> phase_770 51)))
 (let (($x36992 (> phase_769 51)))
 (let (($x36990 (> phase_768 51)))
 (let (($x36988 (> phase_767 51)))
 (let (($x36986 (> phase_766 51)))
 (let (($x36984 (> phase_765 51)))
 (let (($x36982 (> phase_764 51)))
 (let (($x36980 (> phase_763 51)))
 (let (($x36978 (> phase_762 51)))
 (let (($x36976 (> phase_761 51)))
 (let (($x36974 (> phase_760 51)))
 (let (($x36972 (> phase_759 51)))
 (let (($x36970 (> phase_758 51)))
 (let (($x36968 (> phase_757 51)))
 (let (($x36966 (> phase_756 51)))
 (let (($x36964 (> phase_755 51)))
 (let (($x36962 (> phase_754 51)))
 (let (($x36960 (> phase_753 51)))
 (let (($x36958 (> phase_752 51)))
 (let (($x36956 (> phase_751 51)))
 (let (($x36954 (> phase_750 51)))
 (let (($x36952 (> phase_749 51)))
 (let (($x36950 (> phase_748 51)))
 (let (($x36948 (> phase_747 51)))
 (let (($x36946 (> phase_746 51)))
 (let (($x36944 (> phase_745 51)))
 (let (($x36942 (> phase_744 51)))
 (let (($x36940 (> phase_743 51)))
 (let (($x36938 (> phase_742 51)))
 (let (($x36936 (> phase_741 51)))
 (let (($x36934 (> phase_740 51)))
 (let (($x36932 (> phase_739 51)))
 (let (($x36930 (> phase_738 51)))
 (let (($x36928 (> phase_737 51)))
 (let (($x36926 (> phase_736 51)))
 (let (($x36924 (> phase_735 51)))
 (let (($x36922 (> phase_734 51)))
 (let (($x36920 (> phase_733 51)))
 (let (($x36918 (> phase_732 51)))
 (let (($x36916 (> phase_731 51)))
 (let (($x36914 (> phase_730 51)))
 (let (($x36912 (> phase_729 51)))
 (let (($x36910 (> phase_728 51)))
 (let (($x36908 (> phase_727 51)))
 (let (($x36906 (> phase_726 51)))
 (let (($x36904 (> phase_725 51)))
 (let (($x36902 (> phase_724 51)))
 (let (($x36900 (> phase_723 51)))
 (let (($x36898 (> phase_722 51)))
 (let (($x36896 (> phase_721 51)))
 (let (($x36894 (> phase_720 51)))
 (let (($x36892 (> phase_719 51)))
 (let (($x36890 (> phase_718 51)))
 (let (($x36888 (> phase_717 51)))
 (let (($x36886 (> phase_716 51)))
 (let (($x36884 (> phase_715 51)))
 (let (($x36882 (> phase_714 51)))
 (let (($x36880 (> phase_713 51)))
 (let (($x36878 (> phase_712 51)))
 (let (($x36876 (> phase_711 51)))
 (let (($x36874 (> phase_710 51)))
 (let (($x36872 (> phase_709 51)))
 (let (($x36870 (> phase_708 51)))
 (let (($x36868 (> phase_707 51)))
 (let (($x36866 (> phase_706 51)))
 (let (($x36864 (> phase_705 51)))
 (let (($x36862 (> phase_704 51)))
 (let (($x36860 (> phase_703 51)))
 (let (($x36858 (> phase_702 51)))
 (let (($x36856 (> phase_701 51)))
 (let (($x36854 (> phase_700 51)))
 (let (($x36852 (> phase_699 51)))
 (let (($x36850 (> phase_698 51)))
 (let (($x36848 (> phase_697 51)))
 (let (($x36846 (> phase_696 51)))
 (let (($x36844 (> phase_695 51)))
 (let (($x36842 (> phase_694 51)))
 (let (($x36840 (> phase_693 51)))
 (let (($x36838 (> phase_692 51)))
 (let (($x36836 (> phase_691 51)))
 (let (($x36834 (> phase_690 51)))
 (let (($x36832 (> phase_689 51)))
 (let (($x36830 (> phase_688 51)))
 (let (($x36828 (> phase_687 51)))
 (let (($x36826 (> phase_686 51)))
 (let (($x36824 (> phase_685 51)))
 (let (($x36822 (> phase_684 51)))
 (let (($x36820 (> phase_683 51)))
 (let (($x36818 (> phase_682 51)))
 (let (($x36816 (> phase_681 51)))
 (let (($x36814 (> phase_680 51)))
 (let (($x36812 (> phase_679 51)))
 (let (($x36810 (> phase_678 51)))
 (let (($x36808 (> phase_677 51)))
 (let (($x36806 (> phase_676 51)))
 (let (($x36804 (> phase_675 51)))
 (let (($x36802 (> phase_674 51)))
 (let (($x36800 (> phase_673 51)))
 (let (($x36798 (> phase_672 51)))
 (let (($x36796 (> phase_671 51)))
 (let (($x36794 (> phase_670 51)))
 (let (($x36792 (> phase_669 51)))
 (let (($x36790 (> phase_668 51)))
 (let (($x36788 (> phase_667 51)))
 (let (($x36786 (> phase_666 51)))
 (let (($x36784 (> phase_665 51)))
 (let (($x36782 (> phase_664 51)))
 (let (($x36780 (> phase_663 51)))
 (let (($x36778 (> phase_662 51)))
 (let (($x36776 (> phase_661 51)))
 (let (($x36774 (> phase_660 51)))
 (let (($x36772 (> phase_659 51)))
 (let (($x36770 (> phase_658 51)))
 (let (($x36768 (> phase_657 51)))
 (let (($x36766 (> phase_656 51)))
 (let (($x36764 (> phase_655 51)))
 (let (($x36762 (> phase_654 51)))
 (let (($x36760 (> phase_653 51)))
 (let (($x36758 (> phase_652 51)))
 (let (($x36756 (> phase_651 51)))
 (let (($x36754 (> phase_650 51)))
 (let (($x36752 (> phase_649 51)))
 (let (($x36750 (> phase_648 51)))
 (let (($x36748 (> phase_647 51)))
 (let (($x36746 (> phase_646 51)))
 (let (($x36744 (> phase_645 51)))
 (let (($x36742 (> phase_644 51)))
 (let (($x36740 (> phase_643 51)))
 (let (($x36738 (> phase_642 51)))
 (let (($x36736 (> phase_641 51)))
 (let (($x36734 (> phase_640 51)))
 (let (($x36732 (> phase_639 51)))
 (let (($x36730 (> phase_638 51)))
 (let (($x36728 (> phase_637 51)))
 (let (($x36726 (> phase_636 51)))
 (let (($x36724 (> phase_635 51)))
 (let (($x36722 (> phase_634 51)))
 (let (($x36720 (> phase_633 51)))
 (let (($x36718 (> phase_632 51)))
 (let (($x36716 (> phase_631 51)))
 (let (($x36714 (> phase_630 51)))
 (let (($x36712 (> phase_629 51)))
 (let (($x36710 (> phase_628 51)))
 (let (($x36708 (> phase_627 51)))
 (let (($x36706 (> phase_626 51)))
 (let (($x36704 (> phase_625 51)))
 (let (($x36702 (> phase_624 51)))
 (let (($x36700 (> phase_623 51)))
 (let (($x36698 (> phase_622 51)))
 (let (($x36696 (> phase_621 51)))
 (let (($x36694 (> phase_620 51)))
 (let (($x36692 (> phase_619 51)))
 (let (($x36690 (> phase_618 51)))
 (let (($x36688 (> phase_617 51)))
 (let (($x36686 (> phase_616 51)))
 (let (($x36684 (> phase_615 51)))
 (let (($x36682 (> phase_614 51)))
 (let (($x36680 (> phase_613 51)))
 (let (($x36678 (> phase_612 51)))
 (let (($x36676 (> phase_611 51)))
 (let (($x36674 (> phase_610 51)))
 (let (($x36672 (> phase_609 51)))
 (let (($x36670 (> phase_608 51)))
 (let (($x36668 (> phase_607 51)))
 (let (($x36666 (> phase_606 51)))
 (let (($x36664 (> phase_605 51)))
 (let (($x36662 (> phase_604 51)))
 (let (($x36660 (> phase_603 51)))
 (let (($x36658 (> phase_602 51)))
 (let (($x36656 (> phase_601 51)))
 (let (($x36654 (> phase_600 51)))
 (let (($x36652 (> phase_599 51)))
 (let (($x36650 (> phase_598 51)))
 (let (($x36648 (> phase_597 51)))
 (let (($x36646 (> phase_596 51)))
 (let (($x36644 (> phase_595 51)))
 (let (($x36642 (> phase_594 51)))
 (let (($x36640 (> phase_593 51)))
 (let (($x36638 (> phase_592 51)))
 (let (($x36636 (> phase_591 51)))
 (let (($x36634 (> phase_590 51)))
 (let (($x36632 (> phase_589 51)))
 (let (($x36630 (> phase_588 51)))
 (let (($x36628 (> phase_587 51)))
 (let (($x36626 (> phase_586 51)))
 (let (($x36624 (> phase_585 51)))
 (let (($x36622 (> phase_584 51)))
 (let (($x36620 (> phase_583 51)))
 (let (($x36618 (> phase_582 51)))
 (let (($x36616 (> phase_581 51)))
 (let (($x36614 (> phase_580 51)))
 (let (($x36612 (> phase_579 51)))
 (let (($x36610 (> phase_578 51)))
 (let (($x36608 (> phase_577 51)))
 (let (($x36606 (> phase_576 51)))
 (let (($x36604 (> phase_575 51)))
 (let (($x36602 (> phase_574 51)))
 (let (($x36600 (> phase_573 51)))
 (let (($x36598 (> phase_572 51)))
 (let (($x36596 (> phase_571 51)))
 (let (($x36594 (> phase_570 51)))
 (let (($x36592 (> phase_569 51)))
 (let (($x36590 (> phase_568 51)))
 (let (($x36588 (> phase_567 51)))
 (let (($x36586 (> phase_566 51)))
 (let (($x36584 (> phase_565 51)))
 (let (($x36582 (> phase_564 51)))
 (let (($x36580 (> phase_563 51)))
 (let (($x36578 (> phase_562 51)))
 (let (($x36576 (> phase_561 51)))
 (let (($x36574 (> phase_560 51)))
 (let (($x36572 (> phase_559 51)))
 (let (($x36570 (> phase_558 51)))
 (let (($x36568 (> phase_557 51)))
 (let (($x36566 (> phase_556 51)))
 (let (($x36564 (> phase_555 51)))
 (let (($x36562 (> phase_554 51)))
 (let (($x36560 (> phase_553 51)))
 (let (($x36558 (> phase_552 51)))
 (let (($x36556 (> phase_551 51)))
 (let (($x36554 (> phase_550 51)))
 (let (($x36552 (> phase_549 51)))
 (let (($x36550 (> phase_548 51)))
 (let (($x36548 (> phase_547 51)))
 (let (($x36546 (> phase_546 51)))
 (let (($x36544 (> phase_545 51)))
 (let (($x36542 (> phase_544 51)))
 (let (($x36540 (> phase_543 51)))
 (let (($x36538 (> phase_542 51)))
 (let (($x36536 (> phase_541 51)))
 (let (($x36534 (> phase_540 51)))
 (let (($x36532 (> phase_539 51)))
 (let (($x36530 (> phase_538 51)))
 (let (($x36528 (> phase_537 51)))
 (let (($x36526 (> phase_536 51)))
 (let (($x36524 (> phase_535 51)))
 (let (($x36522 (> phase_534 51)))
 (let (($x36520 (> phase_533 51)))
 (let (($x36518 (> phase_532 51)))
 (let (($x36514 (> phase_531 51)))
 (let (($x36512 (> phase_530 51)))
 (let (($x36510 (> phase_529 51)))
 (let (($x36508 (> phase_528 51)))
 (let (($x36506 (> phase_527 51)))
 (let (($x36504 (> phase_526 51)))
 (let (($x36502 (> phase_525 51)))
 (let (($x36500 (> phase_524 51)))
 (let (($x36498 (> phase_523 51)))
 (let (($x36496 (> phase_522 51)))
 (let (($x36494 (> phase_521 51)))
 (let (($x36492 (> phase_520 51)))
 (let (($x36490 (> phase_519 51)))
 (let (($x36488 (> phase_518 51)))
 (let (($x36486 (> phase_517 51)))
 (let (($x36484 (> phase_516 51)))
 (let (($x36482 (> phase_515 51)))
 (let (($x36480 (> phase_514 51)))
 (let (($x36478 (> phase_513 51)))
 (let (($x36476 (> phase_512 51)))
 (let (($x36474 (> phase_511 51)))
 (let (($x36472 (> phase_510 51)))
 (let (($x36470 (> phase_509 51)))
 (let (($x36468 (> phase_508 51)))
 (let (($x36466 (> phase_507 51)))
 (let (($x36464 (> phase_506 51)))
 (let (($x36462 (> phase_505 51)))
 (let (($x36460 (> phase_504 51)))
 (let (($x36458 (> phase_503 51)))
 (let (($x36456 (> phase_502 51)))
 (let (($x36454 (> phase_501 51)))
 (let (($x36452 (> phase_500 51)))
 (let (($x36450 (> phase_499 51)))
 (let (($x36448 (> phase_498 51)))
 (let (($x36446 (> phase_497 51)))
 (let (($x36444 (> phase_496 51)))
 (let (($x36442 (> phase_495 51)))
 (let (($x36440 (> phase_494 51)))
 (let (($x36438 (> phase_493 51)))
 (let (($x36436 (> phase_492 51)))
 (let (($x36434 (> phase_491 51)))
 (let (($x36432 (> phase_490 51)))
 (let (($x36430 (> phase_489 51)))
 (let (($x36428 (> phase_488 51)))
 (let (($x36426 (> phase_487 51)))
 (let (($x36424 (> phase_486 51)))
 (let (($x36422 (> phase_485 51)))
 (let (($x36420 (> phase_484 51)))
 (let (($x36418 (> phase_483 51)))
 (let (($x36416 (> phase_482 51)))
 (let (($x36414 (> phase_481 51)))
 (let (($x36412 (> phase_480 51)))
 (let (($x36410 (> phase_479 51)))
 (let (($x36408 (> phase_478 51)))
 (let (($x36406 (> phase_477 51)))
 (let (($x36404 (> phase_476 51)))
 (let (($x36402 (> phase_475 51)))
 (let (($x36400 (> phase_474 51)))
 (let (($x36398 (> phase_473 51)))
 (let (($x36396 (> phase_472 51)))
 (let (($x36394 (> phase_471 51)))
 (let (($x36392 (> phase_470 51)))
 (let (($x36390 (> phase_469 51)))
 (let (($x36388 (> phase_468 51)))
 (let (($x36386 (> phase_467 51)))
 (let (($x36384 (> phase_466 51)))
 (let (($x36382 (> phase_465 51)))
 (let (($x36380 (> phase_464 51)))
 (let (($x36378 (> phase_463 51)))
 (let (($x36376 (> phase_462 51)))
 (let (($x36374 (> phase_461 51)))
 (let (($x36372 (> phase_460 51)))
 (let (($x36370 (> phase_459 51)))
 (let (($x36368 (> phase_458 51)))
 (let (($x36366 (> phase_457 51)))
 (let (($x36364 (> phase_456 51)))
 (let (($x36362 (> phase_455 51)))
 (let (($x36360 (> phase_454 51)))
 (let (($x36358 (> phase_453 51)))
 (let (($x36356 (> phase_452 51)))
 (let (($x36354 (> phase_451 51)))
 (let (($x36352 (> phase_450 51)))
 (let (($x36350 (> phase_449 51)))
 (let (($x36348 (> phase_448 51)))
 (let (($x36346 (> phase_447 51)))
 (let (($x36344 (> phase_446 51)))
 (let (($x36342 (> phase_445 51)))
 (let (($x36340 (> phase_444 51)))
 (let (($x36338 (> phase_443 51)))
 (let (($x36336 (> phase_442 51)))
 (let (($x36334 (> phase_441 51)))
 (let (($x36332 (> phase_440 51)))
 (let (($x36330 (> phase_439 51)))
 (let (($x36328 (> phase_438 51)))
 (let (($x36326 (> phase_437 51)))
 (let (($x36324 (> phase_436 51)))
 (let (($x36320 (> phase_435 51)))
 (let (($x36318 (> phase_434 51)))
 (let (($x36316 (> phase_433 51)))
 (let (($x36314 (> phase_432 51)))
 (let (($x36312 (> phase_431 51)))
 (let (($x36310 (> phase_430 51)))
 (let (($x36306 (> phase_429 51)))
 (let (($x36304 (> phase_428 51)))
 (let (($x36302 (> phase_427 51)))
 (let (($x36300 (> phase_426 51)))
 (let (($x36298 (> phase_425 51)))
 (let (($x36296 (> phase_424 51)))
 (let (($x36294 (> phase_423 51)))
 (let (($x36292 (> phase_422 51)))
 (let (($x36290 (> phase_421 51)))
 (let (($x36288 (> phase_420 51)))
 (let (($x36286 (> phase_419 51)))
 (let (($x36284 (> phase_418 51)))
 (let (($x36282 (> phase_417 51)))
 (let (($x36280 (> phase_416 51)))
 (let (($x36278 (> phase_415 51)))
 (let (($x36276 (> phase_414 51)))
 (let (($x36274 (> phase_413 51)))
 (let (($x36272 (> phase_412 51)))
 (let (($x36270 (> phase_411 51)))
 (let (($x36268 (> phase_410 51)))
 (let (($x36266 (> phase_409 51)))
 (let (($x36264 (> phase_408 51)))
 (let (($x36262 (> phase_407 51)))
 (let (($x36260 (> phase_406 51)))
 (let (($x36258 (> phase_405 51)))
 (let (($x36256 (> phase_404 51)))
 (let (($x36254 (> phase_403 51)))
 (let (($x36252 (> phase_402 51)))
 (let (($x36250 (> phase_401 51)))
 (let (($x36248 (> phase_400 51)))
 (let (($x36246 (> phase_399 51)))
 (let (($x36244 (> phase_398 51)))
 (let (($x36242 (> phase_397 51)))
 (let (($x36240 (> phase_396 51)))
 (let (($x36238 (> phase_395 51)))
 (let (($x36236 (> phase_394 51)))
 (let (($x36232 (> phase_393 51)))
 (let (($x36230 (> phase_392 51)))
 (let (($x36226 (> phase_391 51)))
 (let (($x36224 (> phase_390 51)))
 (let (($x36222 (> phase_389 51)))
 (let (($x36220 (> phase_388 51)))
 (let (($x36218 (> phase_387 51)))
 (let (($x36214 (> phase_386 51)))
 (let (($x36212 (> phase_385 51)))
 (let (($x36210 (> phase_384 51)))
 (let (($x36208 (> phase_383 51)))
 (let (($x36206 (> phase_382 51)))
 (let (($x36204 (> phase_381 51)))
 (let (($x36200 (> phase_380 51)))
 (let (($x36194 (> phase_379 51)))
 (let (($x36192 (> phase_378 51)))
 (let (($x36190 (> phase_377 51)))
 (let (($x36188 (> phase_376 51)))
 (let (($x36186 (> phase_375 51)))
 (let (($x36184 (> phase_374 51)))
 (let (($x36182 (> phase_373 51)))
 (let (($x36180 (> phase_372 51)))
 (let (($x36178 (> phase_371 51)))
 (let (($x36176 (> phase_370 51)))
 (let (($x36174 (> phase_369 51)))
 (let (($x36172 (> phase_368 51)))
 (let (($x36170 (> phase_367 51)))
 (let (($x36168 (> phase_366 51)))
 (let (($x36166 (> phase_365 51)))
 (let (($x36164 (> phase_364 51)))
 (let (($x36162 (> phase_363 51)))
 (let (($x36160 (> phase_362 51)))
 (let (($x36158 (> phase_361 51)))
 (let (($x36156 (> phase_360 51)))
 (let (($x36154 (> phase_359 51)))
 (let (($x36152 (> phase_358 51)))
 (let (($x36150 (> phase_357 51)))
 (let (($x36148 (> phase_356 51)))
 (let (($x36146 (> phase_355 51)))
 (let (($x36144 (> phase_354 51)))
 (let (($x36142 (> phase_353 51)))
 (let (($x36140 (> phase_352 51)))
 (let (($x36138 (> phase_351 51)))
 (let (($x36136 (> phase_350 51)))
 (let (($x36134 (> phase_349 51)))
 (let (($x36132 (> phase_348 51)))
 (let (($x36130 (> phase_347 51)))
 (let (($x36128 (> phase_346 51)))
 (let (($x36124 (> phase_345 51)))
 (let (($x36122 (> phase_344 51)))
 (let (($x36120 (> phase_343 51)))
 (let (($x36118 (> phase_342 51)))
 (let (($x36116 (> phase_341 51)))
 (let (($x36114 (> phase_340 51)))
 (let (($x36112 (> phase_339 51)))
 (let (($x36110 (> phase_338 51)))
 (let (($x36108 (> phase_337 51)))
 (let (($x36106 (> phase_336 51)))
 (let (($x36055 (> phase_335 51)))
 (let (($x36054 (> phase_334 51)))
 (let (($x36053 (> phase_333 51)))
 (let (($x36052 (> phase_332 51)))
 (let (($x36051 (> phase_331 51)))
 (let (($x36050 (> phase_330 51)))
 (let (($x36039 (> phase_329 51)))
 (let (($x36038 (> phase_328 51)))
 (let (($x35935 (> phase_327 51)))
 (let (($x35934 (> phase_326 51)))
 (let (($x35889 (> phase_325 51)))
 (let (($x35888 (> phase_324 51)))
 (let (($x35875 (> phase_323 51)))
 (let (($x35874 (> phase_322 51)))
 (let (($x35865 (> phase_321 51)))
 (let (($x35864 (> phase_320 51)))
 (let (($x35829 (> phase_319 51)))
 (let (($x35828 (> phase_318 51)))
 (let (($x35779 (> phase_317 51)))
 (let (($x35778 (> phase_316 51)))
 (let (($x35751 (> phase_315 51)))
 (let (($x35750 (> phase_314 51)))
 (let (($x35733 (> phase_313 51)))
 (let (($x35732 (> phase_312 51)))
 (let (($x35731 (> phase_311 51)))
 (let (($x35730 (> phase_310 51)))
 (let (($x35717 (> phase_309 51)))
 (let (($x35716 (> phase_308 51)))
 (let (($x35713 (> phase_307 51)))
 (let (($x35712 (> phase_306 51)))
 (let (($x35709 (> phase_305 51)))
 (let (($x35708 (> phase_304 51)))
 (let (($x35701 (> phase_303 51)))
 (let (($x35700 (> phase_302 51)))
 (let (($x35699 (> phase_301 51)))
 (let (($x35698 (> phase_300 51)))
 (let (($x35691 (> phase_299 51)))
 (let (($x35690 (> phase_298 51)))
 (let (($x35687 (> phase_297 51)))
 (let (($x35686 (> phase_296 51)))
 (let (($x35683 (> phase_295 51)))
 (let (($x35682 (> phase_294 51)))
 (let (($x35675 (> phase_293 51)))
 (let (($x35674 (> phase_292 51)))
 (let (($x35673 (> phase_291 51)))
 (let (($x35672 (> phase_290 51)))
 (let (($x35669 (> phase_289 51)))
 (let (($x35668 (> phase_288 51)))
 (let (($x35661 (> phase_287 51)))
 (let (($x35660 (> phase_286 51)))
 (let (($x35653 (> phase_285 51)))
 (let (($x35652 (> phase_284 51)))
 (let (($x35645 (> phase_283 51)))
 (let (($x35644 (> phase_282 51)))
 (let (($x35625 (> phase_281 51)))
 (let (($x35624 (> phase_280 51)))
 (let (($x35603 (> phase_279 51)))
 (let (($x35602 (> phase_278 51)))
 (let (($x35589 (> phase_277 51)))
 (let (($x35588 (> phase_276 51)))
 (let (($x35565 (> phase_275 51)))
 (let (($x35564 (> phase_274 51)))
 (let (($x35563 (> phase_273 51)))
 (let (($x35562 (> phase_272 51)))
 (let (($x35545 (> phase_271 51)))
 (let (($x35544 (> phase_270 51)))
 (let (($x35527 (> phase_269 51)))
 (let (($x35526 (> phase_268 51)))
 (let (($x35515 (> phase_267 51)))
 (let (($x35514 (> phase_266 51)))
 (let (($x35499 (> phase_265 51)))
 (let (($x35498 (> phase_264 51)))
 (let (($x35481 (> phase_263 51)))
 (let (($x35480 (> phase_262 51)))
 (let (($x35431 (> phase_261 51)))
 (let (($x35430 (> phase_260 51)))
 (let (($x35427 (> phase_259 51)))
 (let (($x35426 (> phase_258 51)))
 (let (($x35423 (> phase_257 51)))
 (let (($x35422 (> phase_256 51)))
 (let (($x35421 (> phase_255 51)))
 (let (($x35420 (> phase_254 51)))
 (let (($x35409 (> phase_253 51)))
 (let (($x35408 (> phase_252 51)))
 (let (($x35391 (> phase_251 51)))
 (let (($x35390 (> phase_250 51)))
 (let (($x35363 (> phase_249 51)))
 (let (($x35362 (> phase_248 51)))
 (let (($x35361 (> phase_247 51)))
 (let (($x35360 (> phase_246 51)))
 (let (($x35325 (> phase_245 51)))
 (let (($x35324 (> phase_244 51)))
 (let (($x35303 (> phase_243 51)))
 (let (($x35302 (> phase_242 51)))
 (let (($x35301 (> phase_241 51)))
 (let (($x35300 (> phase_240 51)))
 (let (($x35261 (> phase_239 51)))
 (let (($x35260 (> phase_238 51)))
 (let (($x35257 (> phase_237 51)))
 (let (($x35256 (> phase_236 51)))
 (let (($x35245 (> phase_235 51)))
 (let (($x35244 (> phase_234 51)))
 (let (($x35237 (> phase_233 51)))
 (let (($x35236 (> phase_232 51)))
 (let (($x35219 (> phase_231 51)))
 (let (($x35218 (> phase_230 51)))
 (let (($x35215 (> phase_229 51)))
 (let (($x35214 (> phase_228 51)))
 (let (($x35209 (> phase_227 51)))
 (let (($x35208 (> phase_226 51)))
 (let (($x35197 (> phase_225 51)))
 (let (($x35196 (> phase_224 51)))
 (let (($x35171 (> phase_223 51)))
 (let (($x35170 (> phase_222 51)))
 (let (($x35153 (> phase_221 51)))
 (let (($x35152 (> phase_220 51)))
 (let (($x35139 (> phase_219 51)))
 (let (($x35138 (> phase_218 51)))
 (let (($x35123 (> phase_217 51)))
 (let (($x35122 (> phase_216 51)))
 (let (($x35111 (> phase_215 51)))
 (let (($x35110 (> phase_214 51)))
 (let (($x35095 (> phase_213 51)))
 (let (($x35094 (> phase_212 51)))
 (let (($x35087 (> phase_211 51)))
 (let (($x35086 (> phase_210 51)))
 (let (($x35063 (> phase_209 51)))
 (let (($x35062 (> phase_208 51)))
 (let (($x35005 (> phase_207 51)))
 (let (($x35004 (> phase_206 51)))
 (let (($x34973 (> phase_205 51)))
 (let (($x34972 (> phase_204 51)))
 (let (($x34971 (> phase_203 51)))
 (let (($x34970 (> phase_202 51)))
 (let (($x34943 (> phase_201 51)))
 (let (($x34942 (> phase_200 51)))
 (let (($x34933 (> phase_199 51)))
 (let (($x34932 (> phase_198 51)))
 (let (($x34929 (> phase_197 51)))
 (let (($x34928 (> phase_196 51)))
 (let (($x34921 (> phase_195 51)))
 (let (($x34920 (> phase_194 51)))
 (let (($x34919 (> phase_193 51)))
 (let (($x34918 (> phase_192 51)))
 (let (($x34901 (> phase_191 51)))
 (let (($x34900 (> phase_190 51)))
 (let (($x34891 (> phase_189 51)))
 (let (($x34890 (> phase_188 51)))
 (let (($x34875 (> phase_187 51)))
 (let (($x34874 (> phase_186 51)))
 (let (($x34867 (> phase_185 51)))
 (let (($x34866 (> phase_184 51)))
 (let (($x34863 (> phase_183 51)))
 (let (($x34862 (> phase_182 51)))
 (let (($x34855 (> phase_181 51)))
 (let (($x34854 (> phase_180 51)))
 (let (($x34849 (> phase_179 51)))
 (let (($x34848 (> phase_178 51)))
 (let (($x34819 (> phase_177 51)))
 (let (($x34818 (> phase_176 51)))
 (let (($x34817 (> phase_175 51)))
 (let (($x34816 (> phase_174 51)))
 (let (($x34813 (> phase_173 51)))
 (let (($x34812 (> phase_172 51)))
 (let (($x34809 (> phase_171 51)))
 (let (($x34808 (> phase_170 51)))
 (let (($x34805 (> phase_169 51)))
 (let (($x34804 (> phase_168 51)))
 (let (($x34797 (> phase_167 51)))
 (let (($x34796 (> phase_166 51)))
 (let (($x34783 (> phase_165 51)))
 (let (($x34782 (> phase_164 51)))
 (let (($x34769 (> phase_163 51)))
 (let (($x34768 (> phase_162 51)))
 (let (($x34763 (> phase_161 51)))
 (let (($x34762 (> phase_160 51)))
 (let (($x34759 (> phase_159 51)))
 (let (($x34758 (> phase_158 51)))
 (let (($x34757 (> phase_157 51)))
 (let (($x34756 (> phase_156 51)))
 (let (($x34741 (> phase_155 51)))
 (let (($x34740 (> phase_154 51)))
 (let (($x34739 (> phase_153 51)))
 (let (($x34738 (> phase_152 51)))
 (let (($x34731 (> phase_151 51)))
 (let (($x34730 (> phase_150 51)))
 (let (($x34721 (> phase_149 51)))
 (let (($x34720 (> phase_148 51)))
 (let (($x34709 (> phase_147 51)))
 (let (($x34708 (> phase_146 51)))
 (let (($x34695 (> phase_145 51)))
 (let (($x34694 (> phase_144 51)))
 (let (($x34693 (> phase_143 51)))
 (let (($x34692 (> phase_142 51)))
 (let (($x34687 (> phase_141 51)))
 (let (($x34686 (> phase_140 51)))
 (let (($x34675 (> phase_139 51)))
 (let (($x34674 (> phase_138 51)))
 (let (($x34665 (> phase_137 51)))
 (let (($x34664 (> phase_136 51)))
 (let (($x34659 (> phase_135 51)))
 (let (($x34658 (> phase_134 51)))
 (let (($x34635 (> phase_133 51)))
 (let (($x34634 (> phase_132 51)))
 (let (($x34597 (> phase_131 51)))
 (let (($x34596 (> phase_130 51)))
 (let (($x34591 (> phase_129 51)))
 (let (($x34590 (> phase_128 51)))
 (let (($x34577 (> phase_127 51)))
 (let (($x34576 (> phase_126 51)))
 (let (($x34523 (> phase_125 51)))
 (let (($x34522 (> phase_124 51)))
 (let (($x34521 (> phase_123 51)))
 (let (($x34520 (> phase_122 51)))
 (let (($x34507 (> phase_121 51)))
 (let (($x34506 (> phase_120 51)))
 (let (($x34481 (> phase_119 51)))
 (let (($x34480 (> phase_118 51)))
 (let (($x34447 (> phase_117 51)))
 (let (($x34446 (> phase_116 51)))
 (let (($x34435 (> phase_115 51)))
 (let (($x34434 (> phase_114 51)))
 (let (($x34431 (> phase_113 51)))
 (let (($x34430 (> phase_112 51)))
 (let (($x34425 (> phase_111 51)))
 (let (($x34424 (> phase_110 51)))
 (let (($x34423 (> phase_109 51)))
 (let (($x34422 (> phase_108 51)))
 (let (($x34417 (> phase_107 51)))
 (let (($x34416 (> phase_106 51)))
 (let (($x34411 (> phase_105 51)))
 (let (($x34410 (> phase_104 51)))
 (let (($x34405 (> phase_103 51)))
 (let (($x34404 (> phase_102 51)))
 (let (($x34403 (> phase_101 51)))
 (let (($x34402 (> phase_100 51)))
 (let (($x34399 (> phase_99 51)))
 (let (($x34398 (> phase_98 51)))
 (let (($x34385 (> phase_97 51)))
 (let (($x34384 (> phase_96 51)))
 (let (($x34379 (> phase_95 51)))
 (let (($x34378 (> phase_94 51)))
 (let (($x34371 (> phase_93 51)))
 (let (($x34370 (> phase_92 51)))
 (let (($x34351 (> phase_91 51)))
 (let (($x34350 (> phase_90 51)))
 (let (($x34349 (> phase_89 51)))
 (let (($x34348 (> phase_88 51)))
 (let (($x34343 (> phase_87 51)))
 (let (($x34342 (> phase_86 51)))
 (let (($x34339 (> phase_85 51)))
 (let (($x34338 (> phase_84 51)))
 (let (($x34337 (> phase_83 51)))
 (let (($x34336 (> phase_82 51)))
 (let (($x34325 (> phase_81 51)))
 (let (($x34324 (> phase_80 51)))
 (let (($x34319 (> phase_79 51)))
 (let (($x34318 (> phase_78 51)))
 (let (($x34315 (> phase_77 51)))
 (let (($x34314 (> phase_76 51)))
 (let (($x34309 (> phase_75 51)))
 (let (($x34308 (> phase_74 51)))
 (let (($x34301 (> phase_73 51)))
 (let (($x34300 (> phase_72 51)))
 (let (($x34297 (> phase_71 51)))
 (let (($x34296 (> phase_70 51)))
 (let (($x34291 (> phase_69 51)))
 (let (($x34290 (> phase_68 51)))
 (let (($x34287 (> phase_67 51)))
 (let (($x34286 (> phase_66 51)))
 (let (($x34281 (> phase_65 51)))
 (let (($x34280 (> phase_64 51)))
 (let (($x34271 (> phase_63 51)))
 (let (($x34270 (> phase_62 51)))
 (let (($x34265 (> phase_61 51)))
 (let (($x34264 (> phase_60 51)))
 (let (($x34255 (> phase_59 51)))
 (let (($x34254 (> phase_58 51)))
 (let (($x34253 (> phase_57 51)))
 (let (($x34252 (> phase_56 51)))
 (let (($x34251 (> phase_55 51)))
 (let (($x34250 (> phase_54 51)))
 (let (($x34247 (> phase_53 51)))
 (let (($x34246 (> phase_52 51)))
 (let (($x34213 (> phase_51 51)))
 (let (($x34212 (> phase_50 51)))
 (let (($x34207 (> phase_49 51)))
 (let (($x34206 (> phase_48 51)))
 (let (($x34201 (> phase_47 51)))
 (let (($x34200 (> phase_46 51)))
 (let (($x34199 (> phase_45 51)))
 (let (($x34198 (> phase_44 51)))
 (let (($x34189 (> phase_43 51)))
 (let (($x34188 (> phase_42 51)))
 (let (($x34185 (> phase_41 51)))
 (let (($x34184 (> phase_40 51)))
 (let (($x34179 (> phase_39 51)))
 (let (($x34178 (> phase_38 51)))
 (let (($x34175 (> phase_37 51)))
 (let (($x34174 (> phase_36 51)))
 (let (($x34169 (> phase_35 51)))
 (let (($x34168 (> phase_34 51)))
 (let (($x34165 (> phase_33 51)))
 (let (($x34164 (> phase_32 51)))
 (let (($x34155 (> phase_31 51)))
 (let (($x34154 (> phase_30 51)))
 (let (($x34149 (> phase_29 51)))
 (let (($x34148 (> phase_28 51)))
 (let (($x34147 (> phase_27 51)))
 (let (($x34146 (> phase_26 51)))
 (let (($x34135 (> phase_25 51)))
 (let (($x34134 (> phase_24 51)))
 (let (($x34131 (> phase_23 51)))
 (let (($x34130 (> phase_22 51)))
 (let (($x34127 (> phase_21 51)))
 (let (($x34126 (> phase_20 51)))
 (let (($x34113 (> phase_19 51)))
 (let (($x34112 (> phase_18 51)))
 (let (($x34035 (> phase_17 51)))
 (let (($x34034 (> phase_16 51)))
 (let (($x34023 (> phase_15 51)))
 (let (($x34022 (> phase_14 51)))
 (let (($x34015 (> phase_13 51)))
 (let (($x34014 (> phase_12 51)))
 (let (($x34009 (> phase_11 51)))
 (let (($x34008 (> phase_10 51)))
 (let (($x34001 (> phase_9 51)))
 (let (($x34000 (> phase_8 51)))
 (let (($x33979 (> phase_7 51)))
 (let (($x33978 (> phase_6 51)))
 (let (($x33949 (> phase_5 51)))
 (let (($x33948 (> phase_4 51)))
 (let (($x33899 (> phase_3 51)))
 (let (($x33898 (> phase_2 51)))
 (let (($x36105 (> phase_1 51)))
 (let (($x36104 (> phase_0 51)))
 (or $x36104 $x36105 $x33898 $x33899 $x33948 $x33949 $x33978 $x33979 $x34000 $x34001 $x34008 $x34009 $x34014 $x34015 $x34022 $x34023 $x34034 $x34035 $x34112 $x34113 $x34126 $x34127 $x34130 $x34131 $x34134 $x34135 $x34146 $x34147 $x34148 $x34149 $x34154 $x34155 $x34164 $x34165 $x34168 $x34169 $x34174 $x34175 $x34178 $x34179 $x34184 $x34185 $x34188 $x34189 $x34198 $x34199 $x34200 $x34201 $x34206 $x34207 $x34212 $x34213 $x34246 $x34247 $x34250 $x34251 $x34252 $x34253 $x34254 $x34255 $x34264 $x34265 $x34270 $x34271 $x34280 $x34281 $x34286 $x34287 $x34290 $x34291 $x34296 $x34297 $x34300 $x34301 $x34308 $x34309 $x34314 $x34315 $x34318 $x34319 $x34324 $x34325 $x34336 $x34337 $x34338 $x34339 $x34342 $x34343 $x34348 $x34349 $x34350 $x34351 $x34370 $x34371 $x34378 $x34379 $x34384 $x34385 $x34398 $x34399 $x34402 $x34403 $x34404 $x34405 $x34410 $x34411 $x34416 $x34417 $x34422 $x34423 $x34424 $x34425 $x34430 $x34431 $x34434 $x34435 $x34446 $x34447 $x34480 $x34481 $x34506 $x34507 $x34520 $x34521 $x34522 $x34523 $x34576 $x34577 $x34590 $x34591 $x34596 $x34597 $x34634 $x34635 $x34658 $x34659 $x34664 $x34665 $x34674 $x34675 $x34686 $x34687 $x34692 $x34693 $x34694 $x34695 $x34708 $x34709 $x34720 $x34721 $x34730 $x34731 $x34738 $x34739 $x34740 $x34741 $x34756 $x34757 $x34758 $x34759 $x34762 $x34763 $x34768 $x34769 $x34782 $x34783 $x34796 $x34797 $x34804 $x34805 $x34808 $x34809 $x34812 $x34813 $x34816 $x34817 $x34818 $x34819 $x34848 $x34849 $x34854 $x34855 $x34862 $x34863 $x34866 $x34867 $x34874 $x34875 $x34890 $x34891 $x34900 $x34901 $x34918 $x34919 $x34920 $x34921 $x34928 $x34929 $x34932 $x34933 $x34942 $x34943 $x34970 $x34971 $x34972 $x34973 $x35004 $x35005 $x35062 $x35063 $x35086 $x35087 $x35094 $x35095 $x35110 $x35111 $x35122 $x35123 $x35138 $x35139 $x35152 $x35153 $x35170 $x35171 $x35196 $x35197 $x35208 $x35209 $x35214 $x35215 $x35218 $x35219 $x35236 $x35237 $x35244 $x35245 $x35256 $x35257 $x35260 $x35261 $x35300 $x35301 $x35302 $x35303 $x35324 $x35325 $x35360 $x35361 $x35362 $x35363 $x35390 $x35391 $x35408 $x35409 $x35420 $x35421 $x35422 $x35423 $x35426 $x35427 $x35430 $x35431 $x35480 $x35481 $x35498 $x35499 $x35514 $x35515 $x35526 $x35527 $x35544 $x35545 $x35562 $x35563 $x35564 $x35565 $x35588 $x35589 $x35602 $x35603 $x35624 $x35625 $x35644 $x35645 $x35652 $x35653 $x35660 $x35661 $x35668 $x35669 $x35672 $x35673 $x35674 $x35675 $x35682 $x35683 $x35686 $x35687 $x35690 $x35691 $x35698 $x35699 $x35700 $x35701 $x35708 $x35709 $x35712 $x35713 $x35716 $x35717 $x35730 $x35731 $x35732 $x35733 $x35750 $x35751 $x35778 $x35779 $x35828 $x35829 $x35864 $x35865 $x35874 $x35875 $x35888 $x35889 $x35934 $x35935 $x36038 $x36039 $x36050 $x36051 $x36052 $x36053 $x36054 $x36055 $x36106 $x36108 $x36110 $x36112 $x36114 $x36116 $x36118 $x36120 $x36122 $x36124 $x36128 $x36130 $x36132 $x36134 $x36136 $x36138 $x36140 $x36142 $x36144 $x36146 $x36148 $x36150 $x36152 $x36154 $x36156 $x36158 $x36160 $x36162 $x36164 $x36166 $x36168 $x36170 $x36172 $x36174 $x36176 $x36178 $x36180 $x36182 $x36184 $x36186 $x36188 $x36190 $x36192 $x36194 $x36200 $x36204 $x36206 $x36208 $x36210 $x36212 $x36214 $x36218 $x36220 $x36222 $x36224 $x36226 $x36230 $x36232 $x36236 $x36238 $x36240 $x36242 $x36244 $x36246 $x36248 $x36250 $x36252 $x36254 $x36256 $x36258 $x36260 $x36262 $x36264 $x36266 $x36268 $x36270 $x36272 $x36274 $x36276 $x36278 $x36280 $x36282 $x36284 $x36286 $x36288 $x36290 $x36292 $x36294 $x36296 $x36298 $x36300 $x36302 $x36304 $x36306 $x36310 $x36312 $x36314 $x36316 $x36318 $x36320 $x36324 $x36326 $x36328 $x36330 $x36332 $x36334 $x36336 $x36338 $x36340 $x36342 $x36344 $x36346 $x36348 $x36350 $x36352 $x36354 $x36356 $x36358 $x36360 $x36362 $x36364 $x36366 $x36368 $x36370 $x36372 $x36374 $x36376 $x36378 $x36380 $x36382 $x36384 $x36386 $x36388 $x36390 $x36392 $x36394 $x36396 $x36398 $x36400 $x36402 $x36404 $x36406 $x36408 $x36410 $x36412 $x36414 $x36416 $x36418 $x36420 $x36422 $x36424 $x36426 $x36428 $x36430 $x36432 $x36434 $x36436 $x36438 $x36440 $x36442 $x36444 $x36446 $x36448 $x36450 $x36452 $x36454 $x36456 $x36458 $x36460 $x36462 $x36464 $x36466 $x36468 $x36470 $x36472 $x36474 $x36476 $x36478 $x36480 $x36482 $x36484 $x36486 $x36488 $x36490 $x36492 $x36494 $x36496 $x36498 $x36500 $x36502 $x36504 $x36506 $x36508 $x36510 $x36512 $x36514 $x36518 $x36520 $x36522 $x36524 $x36526 $x36528 $x36530 $x36532 $x36534 $x36536 $x36538 $x36540 $x36542 $x36544 $x36546 $x36548 $x36550 $x36552 $x36554 $x36556 $x36558 $x36560 $x36562 $x36564 $x36566 $x36568 $x36570 $x36572 $x36574 $x36576 $x36578 $x36580 $x36582 $x36584 $x36586 $x36588 $x36590 $x36592 $x36594 $x36596 $x36598 $x36600 $x36602 $x36604 $x36606 $x36608 $x36610 $x36612 $x36614 $x36616 $x36618 $x36620 $x36622 $x36624 $x36626 $x36628 $x36630 $x36632 $x36634 $x36636 $x36638 $x36640 $x36642 $x36644 $x36646 $x36648 $x36650 $x36652 $x36654 $x36656 $x36658 $x36660 $x36662 $x36664 $x36666 $x36668 $x36670 $x36672 $x36674 $x36676 $x36678 $x36680 $x36682 $x36684 $x36686 $x36688 $x36690 $x36692 $x36694 $x36696 $x36698 $x36700 $x36702 $x36704 $x36706 $x36708 $x36710 $x36712 $x36714 $x36716 $x36718 $x36720 $x36722 $x36724 $x36726 $x36728 $x36730 $x36732 $x36734 $x36736 $x36738 $x36740 $x36742 $x36744 $x36746 $x36748 $x36750 $x36752 $x36754 $x36756 $x36758 $x36760 $x36762 $x36764 $x36766 $x36768 $x36770 $x36772 $x36774 $x36776 $x36778 $x36780 $x36782 $x36784 $x36786 $x36788 $x36790 $x36792 $x36794 $x36796 $x36798 $x36800 $x36802 $x36804 $x36806 $x36808 $x36810 $x36812 $x36814 $x36816 $x36818 $x36820 $x36822 $x36824 $x36826 $x36828 $x36830 $x36832 $x36834 $x36836 $x36838 $x36840 $x36842 $x36844 $x36846 $x36848 $x36850 $x36852 $x36854 $x36856 $x36858 $x36860 $x36862 $x36864 $x36866 $x36868 $x36870 $x36872 $x36874 $x36876 $x36878 $x36880 $x36882 $x36884 $x36886 $x36888 $x36890 $x36892 $x36894 $x36896 $x36898 $x36900 $x36902 $x36904 $x36906 $x36908 $x36910 $x36912 $x36914 $x36916 $x36918 $x36920 $x36922 $x36924 $x36926 $x36928 $x36930 $x36932 $x36934 $x36936 $x36938 $x36940 $x36942 $x36944 $x36946 $x36948 $x36950 $x36952 $x36954 $x36956 $x36958 $x36960 $x36962 $x36964 $x36966 $x36968 $x36970 $x36972 $x36974 $x36976 $x36978 $x36980 $x36982 $x36984 $x36986 $x36988 $x36990 $x36992 $x36994 $x36996 $x36998 $x37000 $x37002 $x37004 $x37006 $x37008 $x37010 $x37012 $x37014 $x37016 $x37018 $x37020 $x37022 $x37024 $x37026 $x37028 $x37030 $x37032 $x37034 $x37036 $x37038 $x37040 $x37042 $x37044 $x37046 $x37048 $x37050 $x37052 $x37054 $x37056 $x37058 $x37060 $x37062 $x37064 $x37066 $x37068 $x37070 $x37072 $x37074 $x37076 $x37078 $x37080 $x37082 $x37084 $x37086 $x37088 $x37090 $x37092 $x37094 $x37096 $x37098 $x37100 $x37102 $x37104 $x37106 $x37108 $x37110 $x37112 $x37114 $x37116 $x37118 $x37120 $x37122 $x37124 $x37126 $x37128 $x37130 $x37132 $x37134 $x37136 $x37138 $x37140 $x37142 $x37144 $x37146 $x37148 $x37150 $x37152 $x37154 $x37156 $x37158 $x37160 $x37162 $x37164 $x37166 $x37168 $x37170 $x37172 $x37174 $x37176 $x37178 $x37180 $x37182 $x37184 $x37186 $x37188 $x37190 $x37192 $x37194 $x37196 $x37198 $x37200 $x37202 $x37204 $x37206 $x37208 $x37210 $x37212 $x37214 $x37216 $x37218 $x37220 $x37222 $x37224 $x37226 $x37228 $x37230 $x37232 $x37234 $x37236 $x37238 $x37240 $x37242 $x37244 $x37246 $x37248 $x37250 $x37252 $x37254 $x37256 $x37258 $x37260 $x37262 $x37264 $x37266 $x37268 $x37270 $x37272 $x37274 $x37276 $x37278 $x37280 $x37282 $x37284 $x37286 $x37288 $x37290 $x37292 $x37294 $x37296 $x37298 $x37300 $x37302 $x37304 $x37306 $x37308 $x37310 $x37312 $x37314 $x37316 $x37318 $x37320 $x37322 $x37324 $x37326 $x37328 $x37330 $x37332 $x37334 $x37336 $x37338 $x37340 $x37342 $x37344 $x37346 $x37348 $x37350 $x37352 $x37354 $x37356 $x37358 $x37360 $x37362 $x37364 $x37366 $x37368 $x37370 $x37372 $x37374 $x37376 $x37378 $x37380 $x37382 $x37384 $x37386 $x37388 $x37390 $x37392 $x37394 $x37396 $x37398 $x37400 $x37402 $x37404 $x37406 $x37408 $x37410 $x37412 $x37414 $x37416 $x37418 $x37420 $x37422 $x37424 $x37426 $x37428 $x37430 $x37432 $x37434 $x37436 $x37438 $x37440 $x37442 $x37444 $x37446 $x37448 $x37450 $x37452 $x37454 $x37456 $x37458 $x37460 $x37462 $x37464 $x37466 $x37468 $x37470 $x37472 $x37474 $x37476 $x37478 $x37480 $x37482 $x37484 $x37486 $x37488 $x37490 $x37492 $x37494 $x37496 $x37498 $x37500 $x37502 $x37504 $x37506 $x37508 $x37510 $x37514 $x37516 $x37518 $x37520 $x37522 $x37524 $x37526 $x37528 $x37530 $x37532 $x37534 $x37536 $x37538 $x37540 $x37542 $x37544 $x37546 $x37548 $x37550 $x37552 $x37554 $x37556 $x37558 $x37560 $x37562 $x37564 $x37566 $x37568 $x37570 $x37572 $x37574 $x37576 $x37578 $x37580 $x37582 $x37584 $x37586 $x37588 $x37590 $x37592 $x37594 $x37596 $x37598 $x37600 $x37602 $x37604 $x37606 $x37608 $x37610 $x37612 $x37614 $x37616 $x37618 $x37620 $x37622 $x37624 $x37626 $x37628 $x37630 $x37632 $x37634 $x37636 $x37638 $x37640 $x37642 $x37644 $x37646 $x37648 $x37650 $x37652 $x37654 $x37656 $x37658 $x37660 $x37662 $x37664 $x37666 $x37668 $x37670))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
