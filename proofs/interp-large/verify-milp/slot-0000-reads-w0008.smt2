(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_18 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_102 () Int)
(declare-fun phase_178 () Int)
(declare-fun phase_179 () Int)
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
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_18 42))
(assert
 (= phase_21 42))
(assert
 (= phase_22 42))
(assert
 (= phase_23 42))
(assert
 (= phase_24 42))
(assert
 (= phase_31 42))
(assert
 (= phase_32 42))
(assert
 (= phase_33 42))
(assert
 (= phase_37 42))
(assert
 (= phase_97 38))
(assert
 (= phase_101 42))
(assert
 (= phase_102 42))
(assert
 (= phase_178 42))
(assert
 (= phase_179 42))
(assert
 (= phase_349 42))
(assert
 (= phase_350 42))
(assert
 (= phase_351 42))
(assert
 (= phase_353 42))
(assert
 (= phase_354 42))
(assert
 (= phase_355 42))
(assert
 (= phase_357 42))
(assert
 (= phase_358 42))
(assert
 (= phase_359 42))
(assert
 (= phase_361 42))
(assert
 (= phase_362 42))
(assert
 (= phase_363 42))
(assert
 (= phase_365 42))
(assert
 (= phase_366 42))
(assert
 (= phase_367 42))
(assert
 (= phase_369 42))
(assert
 (= phase_370 42))
(assert
 (= phase_371 42))
(assert
 (= phase_373 42))
(assert
 (= phase_374 42))
(assert
 (= phase_375 42))
(assert
 (= phase_377 42))
(assert
 (= phase_378 42))
(assert
 (= phase_379 42))
(assert
 (let ((?x4736 (+ phase_97 1)))
 (let (($x150862 (> ?x4736 (- 1))))
 (let ((?x194795 (ite $x150862 ?x4736 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 37)) (< 37 ?x194795)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x110190 (not (and (and true (> boundary 37)) (<= boundary 41)))))
 (let (($x112677 (or $x110190 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x61702 (and (and (= read_index 181) (not false)) (= boundary (- phase_379 1)))))
 (let (($x177588 (and $x61702 $x23999)))
 (let (($x53666 (and (and (= read_index 180) (not false)) (= boundary (- phase_378 1)))))
 (let (($x100944 (and $x53666 $x23999)))
 (let (($x20529 (and (and (= read_index 179) (not false)) (= boundary (- phase_377 1)))))
 (let (($x4383 (and $x20529 $x23999)))
 (let (($x68930 (and (and (= read_index 178) (not false)) (= boundary (- phase_375 1)))))
 (let (($x67684 (and $x68930 $x23999)))
 (let (($x51352 (and (and (= read_index 177) (not false)) (= boundary (- phase_374 1)))))
 (let (($x50587 (and $x51352 $x23999)))
 (let (($x23207 (and (and (= read_index 176) (not false)) (= boundary (- phase_373 1)))))
 (let (($x150125 (and $x23207 $x23999)))
 (let (($x86676 (and (and (= read_index 175) (not false)) (= boundary (- phase_371 1)))))
 (let (($x127663 (and $x86676 $x23999)))
 (let (($x177624 (and (and (= read_index 174) (not false)) (= boundary (- phase_370 1)))))
 (let (($x179552 (and $x177624 $x23999)))
 (let (($x127100 (and (and (= read_index 173) (not false)) (= boundary (- phase_369 1)))))
 (let (($x177016 (and $x127100 $x23999)))
 (let (($x151589 (and (and (= read_index 172) (not false)) (= boundary (- phase_367 1)))))
 (let (($x26809 (and $x151589 $x23999)))
 (let (($x180916 (and (and (= read_index 171) (not false)) (= boundary (- phase_366 1)))))
 (let (($x45463 (and $x180916 $x23999)))
 (let (($x63958 (and (and (= read_index 170) (not false)) (= boundary (- phase_365 1)))))
 (let (($x136454 (and $x63958 $x23999)))
 (let (($x23697 (and (and (= read_index 169) (not false)) (= boundary (- phase_363 1)))))
 (let (($x114658 (and $x23697 $x23999)))
 (let (($x180059 (and (and (= read_index 168) (not false)) (= boundary (- phase_362 1)))))
 (let (($x61859 (and $x180059 $x23999)))
 (let (($x150896 (and (and (= read_index 167) (not false)) (= boundary (- phase_361 1)))))
 (let (($x42499 (and $x150896 $x23999)))
 (let (($x20773 (and (and (= read_index 166) (not false)) (= boundary (- phase_359 1)))))
 (let (($x22827 (and $x20773 $x23999)))
 (let (($x144043 (and (and (= read_index 165) (not false)) (= boundary (- phase_358 1)))))
 (let (($x65155 (and $x144043 $x23999)))
 (let (($x99750 (and (and (= read_index 164) (not false)) (= boundary (- phase_357 1)))))
 (let (($x132847 (and $x99750 $x23999)))
 (let (($x195184 (and (and (= read_index 163) (not false)) (= boundary (- phase_355 1)))))
 (let (($x36599 (and $x195184 $x23999)))
 (let (($x29790 (and (and (= read_index 162) (not false)) (= boundary (- phase_354 1)))))
 (let (($x122287 (and $x29790 $x23999)))
 (let (($x193488 (and (and (= read_index 161) (not false)) (= boundary (- phase_353 1)))))
 (let (($x63948 (and $x193488 $x23999)))
 (let (($x62073 (and (and (= read_index 160) (not false)) (= boundary (- phase_351 1)))))
 (let (($x83176 (and $x62073 $x23999)))
 (let (($x54562 (and (and (= read_index 159) (not false)) (= boundary (- phase_350 1)))))
 (let (($x94415 (and $x54562 $x23999)))
 (let (($x190957 (and (and (= read_index 158) (not false)) (= boundary (- phase_349 1)))))
 (let (($x72295 (and $x190957 $x23999)))
 (let (($x143467 (and (and (= read_index 101) (not false)) (= boundary (- phase_179 1)))))
 (let (($x14551 (and $x143467 $x23999)))
 (let (($x165036 (and (and (= read_index 100) (not false)) (= boundary (- phase_178 1)))))
 (let (($x150122 (and $x165036 $x23999)))
 (let (($x223380 (and (and (= read_index 53) (not false)) (= boundary (- phase_102 1)))))
 (let (($x223395 (and $x223380 $x23999)))
 (let (($x220225 (and (and (= read_index 52) (not false)) (= boundary (- phase_101 1)))))
 (let (($x220243 (and $x220225 $x23999)))
 (let (($x216851 (and (and (= read_index 26) (not false)) (= boundary (- phase_37 1)))))
 (let (($x217103 (and $x216851 $x23999)))
 (let (($x214750 (and (and (= read_index 22) (not false)) (= boundary (- phase_33 1)))))
 (let (($x215360 (and $x214750 $x23999)))
 (let (($x214018 (and (and (= read_index 21) (not false)) (= boundary (- phase_32 1)))))
 (let (($x214038 (and $x214018 $x23999)))
 (let (($x212916 (and (and (= read_index 20) (not false)) (= boundary (- phase_31 1)))))
 (let (($x212933 (and $x212916 $x23999)))
 (let (($x172150 (and (and (= read_index 13) (not false)) (= boundary (- phase_24 1)))))
 (let (($x196057 (and $x172150 $x23999)))
 (let (($x158642 (and (and (= read_index 12) (not false)) (= boundary (- phase_23 1)))))
 (let (($x159546 (and $x158642 $x23999)))
 (let (($x116562 (and (and (= read_index 11) (not false)) (= boundary (- phase_22 1)))))
 (let (($x123600 (and $x116562 $x23999)))
 (let (($x95935 (and (and (= read_index 10) (not false)) (= boundary (- phase_21 1)))))
 (let (($x102355 (and $x95935 $x23999)))
 (let (($x39428 (and (and (= read_index 7) (not false)) (= boundary (- phase_18 1)))))
 (let (($x40036 (and $x39428 $x23999)))
 (let (($x110036 (or $x40036 $x102355 $x123600 $x159546 $x196057 $x212933 $x214038 $x215360 $x217103 $x220243 $x223395 $x150122 $x14551 $x72295 $x94415 $x83176 $x63948 $x122287 $x36599 $x132847 $x65155 $x22827 $x42499 $x61859 $x114658 $x136454 $x45463 $x26809 $x177016 $x179552 $x127663 $x150125 $x50587 $x67684 $x4383 $x100944 $x177588)))
 (and $x110036 $x112677)))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
