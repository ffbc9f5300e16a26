(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_186 () Int)
(declare-fun phase_193 () Int)
(declare-fun phase_205 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_246 () Int)
(declare-fun phase_247 () Int)
(declare-fun phase_277 () Int)
(declare-fun phase_299 () Int)
(declare-fun phase_301 () Int)
(declare-fun phase_305 () Int)
(declare-fun phase_316 () Int)
(declare-fun phase_321 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_334 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_415 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_450 () Int)
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_9 4))
(assert
 (= phase_38 0))
(assert
 (= phase_51 4))
(assert
 (= phase_56 4))
(assert
 (= phase_92 4))
(assert
 (= phase_105 8))
(assert
 (= phase_110 8))
(assert
 (= phase_112 8))
(assert
 (= phase_113 8))
(assert
 (= phase_135 12))
(assert
 (= phase_153 16))
(assert
 (= phase_173 16))
(assert
 (= phase_186 12))
(assert
 (= phase_193 12))
(assert
 (= phase_205 12))
(assert
 (= phase_237 12))
(assert
 (= phase_246 16))
(assert
 (= phase_247 16))
(assert
 (= phase_277 20))
(assert
 (= phase_299 20))
(assert
 (= phase_301 24))
(assert
 (= phase_305 24))
(assert
 (= phase_316 24))
(assert
 (= phase_321 24))
(assert
 (= phase_325 20))
(assert
 (= phase_334 24))
(assert
 (= phase_344 28))
(assert
 (= phase_345 28))
(assert
 (= phase_367 28))
(assert
 (= phase_370 32))
(assert
 (= phase_390 28))
(assert
 (= phase_391 32))
(assert
 (= phase_397 32))
(assert
 (= phase_398 36))
(assert
 (= phase_415 32))
(assert
 (= phase_429 36))
(assert
 (= phase_450 36))
(assert
 (let ((?x80851 (ite (and (and true (<= (- 1) 15)) (< 15 536870911)) x_2 0.0)))
 (= window_start_contents ?x80851)))
(assert
 (let (($x117757 (and (distinct window_start_contents read_value) true)))
 (let (($x118645 (> boundary 15)))
 (let (($x98212 (and true $x118645)))
 (let (($x32794 (not $x98212)))
 (let (($x21234 (or $x32794 $x117757)))
 (let (($x72076 (= read_value x_2)))
 (let (($x23376 (and (and (= read_index 37) (= boundary 39)) $x72076)))
 (let (($x128470 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x131141 (and $x128470 $x72076)))
 (let (($x87049 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x51901 (and $x87049 $x72076)))
 (let (($x50769 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x23273 (and $x50769 $x72076)))
 (let (($x36029 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x37844 (and $x36029 $x72076)))
 (let (($x68372 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x23035 (and $x68372 $x72076)))
 (let (($x38857 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x117216 (and $x38857 $x72076)))
 (let (($x113776 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x48646 (and $x113776 $x72076)))
 (let (($x35131 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x88598 (and $x35131 $x72076)))
 (let (($x109994 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x43250 (and $x109994 $x72076)))
 (let (($x95848 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x17737 (and $x95848 $x72076)))
 (let (($x119795 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x126933 (and $x119795 $x72076)))
 (let (($x56563 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x95028 (and $x56563 $x72076)))
 (let (($x46407 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x110238 (and $x46407 $x72076)))
 (let (($x63582 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x8101 (and $x63582 $x72076)))
 (let (($x54693 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x133621 (and $x54693 $x72076)))
 (let (($x132933 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x124948 (and $x132933 $x72076)))
 (let (($x126005 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x127810 (and $x126005 $x72076)))
 (let (($x108541 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x108646 (and $x108541 $x72076)))
 (let (($x61041 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x92754 (and $x61041 $x72076)))
 (let (($x91622 (or $x92754 $x108646 $x127810 $x124948 $x133621 $x8101 $x110238 $x95028 $x126933 $x17737 $x43250 $x88598 $x48646 $x117216 $x23035 $x37844 $x23273 $x51901 $x131141 $x23376)))
 (and $x91622 $x21234))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
