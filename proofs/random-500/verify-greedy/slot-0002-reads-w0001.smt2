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
 (= phase_9 0))
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
 (= phase_135 8))
(assert
 (= phase_153 12))
(assert
 (= phase_173 4))
(assert
 (= phase_186 12))
(assert
 (= phase_193 12))
(assert
 (= phase_205 12))
(assert
 (= phase_237 12))
(assert
 (= phase_246 12))
(assert
 (= phase_247 16))
(assert
 (= phase_277 16))
(assert
 (= phase_299 20))
(assert
 (= phase_301 20))
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
 (= phase_344 24))
(assert
 (= phase_345 24))
(assert
 (= phase_367 28))
(assert
 (= phase_370 16))
(assert
 (= phase_390 28))
(assert
 (= phase_391 28))
(assert
 (= phase_397 28))
(assert
 (= phase_398 28))
(assert
 (= phase_415 32))
(assert
 (= phase_429 32))
(assert
 (= phase_450 36))
(assert
 (let ((?x102527 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x102527)))
(assert
 (let (($x91169 (and (distinct window_start_contents read_value) true)))
 (let (($x6910 (> boundary 11)))
 (let (($x66180 (and true $x6910)))
 (let (($x60271 (not $x66180)))
 (let (($x31099 (or $x60271 $x91169)))
 (let (($x116783 (= read_value x_2)))
 (let (($x21354 (and (and (= read_index 37) (= boundary 39)) $x116783)))
 (let (($x8453 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x131010 (and $x8453 $x116783)))
 (let (($x131832 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x57964 (and $x131832 $x116783)))
 (let (($x105071 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x31777 (and $x105071 $x116783)))
 (let (($x44754 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x66950 (and $x44754 $x116783)))
 (let (($x54842 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x135055 (and $x54842 $x116783)))
 (let (($x21812 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x85432 (and $x21812 $x116783)))
 (let (($x113291 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x50087 (and $x113291 $x116783)))
 (let (($x33843 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x43489 (and $x33843 $x116783)))
 (let (($x133381 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x70437 (and $x133381 $x116783)))
 (let (($x71808 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x130380 (and $x71808 $x116783)))
 (let (($x131367 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x119015 (and $x131367 $x116783)))
 (let (($x5957 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x25515 (and $x5957 $x116783)))
 (let (($x131255 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x48324 (and $x131255 $x116783)))
 (let (($x55452 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x108208 (and $x55452 $x116783)))
 (let (($x68992 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x86443 (and $x68992 $x116783)))
 (let (($x35890 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x121512 (and $x35890 $x116783)))
 (let (($x60279 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x27565 (and $x60279 $x116783)))
 (let (($x104849 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x106678 (and $x104849 $x116783)))
 (let (($x42991 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x72362 (and $x42991 $x116783)))
 (let (($x27250 (and (and (= read_index 17) (not false)) (= boundary (- phase_247 1)))))
 (let (($x27474 (and $x27250 $x116783)))
 (let (($x107100 (or $x27474 $x72362 $x106678 $x27565 $x121512 $x86443 $x108208 $x48324 $x25515 $x119015 $x130380 $x70437 $x43489 $x50087 $x85432 $x135055 $x66950 $x31777 $x57964 $x131010 $x21354)))
 (and $x107100 $x31099))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
