(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_229 () Int)
(declare-fun phase_317 () Int)
(declare-fun phase_318 () Int)
(declare-fun phase_319 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_322 () Int)
(declare-fun phase_323 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_326 () Int)
(declare-fun phase_327 () Int)
(declare-fun phase_329 () Int)
(declare-fun phase_330 () Int)
(declare-fun phase_331 () Int)
(declare-fun phase_333 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_335 () Int)
(declare-fun phase_337 () Int)
(declare-fun phase_338 () Int)
(declare-fun phase_339 () Int)
(declare-fun phase_341 () Int)
(declare-fun phase_342 () Int)
(declare-fun phase_343 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_346 () Int)
(declare-fun phase_347 () Int)
(declare-fun phase_349 () Int)
(declare-fun phase_350 () Int)
(declare-fun phase_351 () Int)
(declare-fun phase_353 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_359 () Int)
(declare-fun phase_361 () Int)
(declare-fun phase_362 () Int)
(declare-fun phase_363 () Int)
(declare-fun phase_365 () Int)
(declare-fun phase_366 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_373 () Int)
(declare-fun phase_374 () Int)
(declare-fun phase_375 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_378 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_109 14))
(assert
 (= phase_110 14))
(assert
 (= phase_169 14))
(assert
 (= phase_170 14))
(assert
 (= phase_229 12))
(assert
 (= phase_317 14))
(assert
 (= phase_318 14))
(assert
 (= phase_319 14))
(assert
 (= phase_321 14))
(assert
 (= phase_322 14))
(assert
 (= phase_323 14))
(assert
 (= phase_325 14))
(assert
 (= phase_326 14))
(assert
 (= phase_327 14))
(assert
 (= phase_329 14))
(assert
 (= phase_330 14))
(assert
 (= phase_331 14))
(assert
 (= phase_333 14))
(assert
 (= phase_334 14))
(assert
 (= phase_335 14))
(assert
 (= phase_337 14))
(assert
 (= phase_338 14))
(assert
 (= phase_339 14))
(assert
 (= phase_341 14))
(assert
 (= phase_342 14))
(assert
 (= phase_343 14))
(assert
 (= phase_345 14))
(assert
 (= phase_346 14))
(assert
 (= phase_347 14))
(assert
 (= phase_349 14))
(assert
 (= phase_350 14))
(assert
 (= phase_351 14))
(assert
 (= phase_353 14))
(assert
 (= phase_354 14))
(assert
 (= phase_355 14))
(assert
 (= phase_357 14))
(assert
 (= phase_358 14))
(assert
 (= phase_359 14))
(assert
 (= phase_361 14))
(assert
 (= phase_362 14))
(assert
 (= phase_363 14))
(assert
 (= phase_365 14))
(assert
 (= phase_366 14))
(assert
 (= phase_367 14))
(assert
 (= phase_369 14))
(assert
 (= phase_370 14))
(assert
 (= phase_371 14))
(assert
 (= phase_373 14))
(assert
 (= phase_374 14))
(assert
 (= phase_375 14))
(assert
 (= phase_377 14))
(assert
 (= phase_378 14))
(assert
 (= phase_379 14))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (let ((?x17109 (+ phase_229 1)))
 (let (($x21376 (> ?x17109 (- 1))))
 (let ((?x16636 (ite $x21376 ?x17109 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 11)) (< 11 ?x16636)) x_0 0.0))))))
(assert
 (let (($x199682 (and (distinct window_start_contents read_value) true)))
 (let (($x67495 (not (and (and true (> boundary 11)) (<= boundary 13)))))
 (let (($x93975 (or $x67495 $x199682)))
 (let (($x41424 (= read_value x_0)))
 (let (($x104859 (and (and (= read_index 245) (not false)) (= boundary (- phase_821 1)))))
 (let (($x238484 (and $x104859 $x41424)))
 (let (($x67546 (and (and (= read_index 244) (not false)) (= boundary (- phase_820 1)))))
 (let (($x54673 (and $x67546 $x41424)))
 (let (($x103333 (and (and (= read_index 243) (not false)) (= boundary (- phase_819 1)))))
 (let (($x154714 (and $x103333 $x41424)))
 (let (($x83575 (and (and (= read_index 242) (not false)) (= boundary (- phase_818 1)))))
 (let (($x39122 (and $x83575 $x41424)))
 (let (($x83654 (and (and (= read_index 181) (not false)) (= boundary (- phase_379 1)))))
 (let (($x40598 (and $x83654 $x41424)))
 (let (($x196449 (and (and (= read_index 180) (not false)) (= boundary (- phase_378 1)))))
 (let (($x201777 (and $x196449 $x41424)))
 (let (($x28833 (and (and (= read_index 179) (not false)) (= boundary (- phase_377 1)))))
 (let (($x2173 (and $x28833 $x41424)))
 (let (($x182227 (and (and (= read_index 178) (not false)) (= boundary (- phase_375 1)))))
 (let (($x93289 (and $x182227 $x41424)))
 (let (($x195405 (and (and (= read_index 177) (not false)) (= boundary (- phase_374 1)))))
 (let (($x18722 (and $x195405 $x41424)))
 (let (($x109916 (and (and (= read_index 176) (not false)) (= boundary (- phase_373 1)))))
 (let (($x27835 (and $x109916 $x41424)))
 (let (($x193825 (and (and (= read_index 175) (not false)) (= boundary (- phase_371 1)))))
 (let (($x96468 (and $x193825 $x41424)))
 (let (($x144664 (and (and (= read_index 174) (not false)) (= boundary (- phase_370 1)))))
 (let (($x41537 (and $x144664 $x41424)))
 (let (($x103415 (and (and (= read_index 173) (not false)) (= boundary (- phase_369 1)))))
 (let (($x174567 (and $x103415 $x41424)))
 (let (($x170943 (and (and (= read_index 172) (not false)) (= boundary (- phase_367 1)))))
 (let (($x73360 (and $x170943 $x41424)))
 (let (($x28985 (and (and (= read_index 171) (not false)) (= boundary (- phase_366 1)))))
 (let (($x184424 (and $x28985 $x41424)))
 (let (($x192751 (and (and (= read_index 170) (not false)) (= boundary (- phase_365 1)))))
 (let (($x137396 (and $x192751 $x41424)))
 (let (($x181270 (and (and (= read_index 169) (not false)) (= boundary (- phase_363 1)))))
 (let (($x155282 (and $x181270 $x41424)))
 (let (($x239967 (and (and (= read_index 168) (not false)) (= boundary (- phase_362 1)))))
 (let (($x83914 (and $x239967 $x41424)))
 (let (($x184589 (and (and (= read_index 167) (not false)) (= boundary (- phase_361 1)))))
 (let (($x17614 (and $x184589 $x41424)))
 (let (($x27642 (and (and (= read_index 166) (not false)) (= boundary (- phase_359 1)))))
 (let (($x22459 (and $x27642 $x41424)))
 (let (($x137341 (and (and (= read_index 165) (not false)) (= boundary (- phase_358 1)))))
 (let (($x138133 (and $x137341 $x41424)))
 (let (($x137352 (and (and (= read_index 164) (not false)) (= boundary (- phase_357 1)))))
 (let (($x160804 (and $x137352 $x41424)))
 (let (($x160511 (and (and (= read_index 163) (not false)) (= boundary (- phase_355 1)))))
 (let (($x160526 (and $x160511 $x41424)))
 (let (($x104966 (and (and (= read_index 162) (not false)) (= boundary (- phase_354 1)))))
 (let (($x203906 (and $x104966 $x41424)))
 (let (($x186017 (and (and (= read_index 161) (not false)) (= boundary (- phase_353 1)))))
 (let (($x187523 (and $x186017 $x41424)))
 (let (($x83355 (and (and (= read_index 160) (not false)) (= boundary (- phase_351 1)))))
 (let (($x34270 (and $x83355 $x41424)))
 (let (($x137327 (and (and (= read_index 159) (not false)) (= boundary (- phase_350 1)))))
 (let (($x141268 (and $x137327 $x41424)))
 (let (($x59826 (and (and (= read_index 158) (not false)) (= boundary (- phase_349 1)))))
 (let (($x59825 (and $x59826 $x41424)))
 (let (($x155097 (and (and (= read_index 157) (not false)) (= boundary (- phase_347 1)))))
 (let (($x155065 (and $x155097 $x41424)))
 (let (($x181044 (and (and (= read_index 156) (not false)) (= boundary (- phase_346 1)))))
 (let (($x49924 (and $x181044 $x41424)))
 (let (($x29277 (and (and (= read_index 155) (not false)) (= boundary (- phase_345 1)))))
 (let (($x183442 (and $x29277 $x41424)))
 (let (($x184565 (and (and (= read_index 154) (not false)) (= boundary (- phase_343 1)))))
 (let (($x182349 (and $x184565 $x41424)))
 (let (($x15748 (and (and (= read_index 153) (not false)) (= boundary (- phase_342 1)))))
 (let (($x209005 (and $x15748 $x41424)))
 (let (($x120809 (and (and (= read_index 152) (not false)) (= boundary (- phase_341 1)))))
 (let (($x131532 (and $x120809 $x41424)))
 (let (($x194112 (and (and (= read_index 151) (not false)) (= boundary (- phase_339 1)))))
 (let (($x113094 (and $x194112 $x41424)))
 (let (($x144249 (and (and (= read_index 150) (not false)) (= boundary (- phase_338 1)))))
 (let (($x181135 (and $x144249 $x41424)))
 (let (($x117176 (and (and (= read_index 149) (not false)) (= boundary (- phase_337 1)))))
 (let (($x159035 (and $x117176 $x41424)))
 (let (($x118363 (and (and (= read_index 148) (not false)) (= boundary (- phase_335 1)))))
 (let (($x198272 (and $x118363 $x41424)))
 (let (($x149238 (and (and (= read_index 147) (not false)) (= boundary (- phase_334 1)))))
 (let (($x129890 (and $x149238 $x41424)))
 (let (($x33660 (and (and (= read_index 146) (not false)) (= boundary (- phase_333 1)))))
 (let (($x199860 (and $x33660 $x41424)))
 (let (($x24935 (and (and (= read_index 145) (not false)) (= boundary (- phase_331 1)))))
 (let (($x90723 (and $x24935 $x41424)))
 (let (($x175981 (and (and (= read_index 144) (not false)) (= boundary (- phase_330 1)))))
 (let (($x126939 (and $x175981 $x41424)))
 (let (($x96301 (and (and (= read_index 143) (not false)) (= boundary (- phase_329 1)))))
 (let (($x17836 (and $x96301 $x41424)))
 (let (($x208695 (and (and (= read_index 142) (not false)) (= boundary (- phase_327 1)))))
 (let (($x122631 (and $x208695 $x41424)))
 (let (($x180244 (and (and (= read_index 141) (not false)) (= boundary (- phase_326 1)))))
 (let (($x114178 (and $x180244 $x41424)))
 (let (($x104957 (and (and (= read_index 140) (not false)) (= boundary (- phase_325 1)))))
 (let (($x93553 (and $x104957 $x41424)))
 (let (($x135068 (and (and (= read_index 139) (not false)) (= boundary (- phase_323 1)))))
 (let (($x115899 (and $x135068 $x41424)))
 (let (($x101988 (and (and (= read_index 138) (not false)) (= boundary (- phase_322 1)))))
 (let (($x204 (and $x101988 $x41424)))
 (let (($x182375 (and (and (= read_index 137) (not false)) (= boundary (- phase_321 1)))))
 (let (($x90712 (and $x182375 $x41424)))
 (let (($x154332 (and (and (= read_index 136) (not false)) (= boundary (- phase_319 1)))))
 (let (($x63818 (and $x154332 $x41424)))
 (let (($x194123 (and (and (= read_index 135) (not false)) (= boundary (- phase_318 1)))))
 (let (($x199386 (and $x194123 $x41424)))
 (let (($x182469 (and (and (= read_index 134) (not false)) (= boundary (- phase_317 1)))))
 (let (($x184391 (and $x182469 $x41424)))
 (let (($x145041 (and (and (= read_index 95) (not false)) (= boundary (- phase_170 1)))))
 (let (($x146382 (and $x145041 $x41424)))
 (let (($x131770 (and (and (= read_index 94) (not false)) (= boundary (- phase_169 1)))))
 (let (($x136416 (and $x131770 $x41424)))
 (let (($x111723 (and (and (= read_index 57) (not false)) (= boundary (- phase_110 1)))))
 (let (($x111811 (and $x111723 $x41424)))
 (let (($x101594 (and (and (= read_index 56) (not false)) (= boundary (- phase_109 1)))))
 (let (($x103559 (and $x101594 $x41424)))
 (let (($x66465 (and (and (= read_index 39) (not false)) (= boundary (- phase_74 1)))))
 (let (($x66866 (and $x66465 $x41424)))
 (let (($x30736 (and (and (= read_index 38) (not false)) (= boundary (- phase_73 1)))))
 (let (($x32938 (and $x30736 $x41424)))
 (let (($x93822 (or $x32938 $x66866 $x103559 $x111811 $x136416 $x146382 $x184391 $x199386 $x63818 $x90712 $x204 $x115899 $x93553 $x114178 $x122631 $x17836 $x126939 $x90723 $x199860 $x129890 $x198272 $x159035 $x181135 $x113094 $x131532 $x209005 $x182349 $x183442 $x49924 $x155065 $x59825 $x141268 $x34270 $x187523 $x203906 $x160526 $x160804 $x138133 $x22459 $x17614 $x83914 $x155282 $x137396 $x184424 $x73360 $x174567 $x41537 $x96468 $x27835 $x18722 $x93289 $x2173 $x201777 $x40598 $x39122 $x154714 $x54673 $x238484)))
 (and $x93822 $x93975)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
