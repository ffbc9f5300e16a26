(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_9 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_44 () Int)
(declare-fun phase_45 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_105 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_153 () Int)
(declare-fun phase_155 () Int)
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
(declare-fun phase_329 () Int)
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
(declare-fun phase_426 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_450 () Int)
(declare-fun x_1 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_9 0))
(assert
 (= phase_38 0))
(assert
 (= phase_44 2))
(assert
 (= phase_45 2))
(assert
 (= phase_46 2))
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
 (= phase_155 10))
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
 (= phase_329 22))
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
 (= phase_426 34))
(assert
 (= phase_429 32))
(assert
 (= phase_450 36))
(assert
 (let ((?x85081 (ite (and (and true (<= (- 1) 23)) (< 23 536870911)) x_1 0.0)))
 (= window_start_contents ?x85081)))
(assert
 (let (($x85044 (and (distinct window_start_contents read_value) true)))
 (let (($x49072 (> boundary 23)))
 (let (($x95762 (and true $x49072)))
 (let (($x128757 (not $x95762)))
 (let (($x23624 (or $x128757 $x85044)))
 (let (($x27501 (= read_value x_1)))
 (let (($x8561 (and (and (= read_index 43) (= boundary 39)) $x27501)))
 (let (($x62548 (and (and (= read_index 42) (not false)) (= boundary (- phase_450 1)))))
 (let (($x89248 (and $x62548 $x27501)))
 (let (($x130596 (and (and (= read_index 41) (not false)) (= boundary (- phase_429 1)))))
 (let (($x24867 (and $x130596 $x27501)))
 (let (($x68992 (and (and (= read_index 40) (not false)) (= boundary (- phase_426 1)))))
 (let (($x127082 (and $x68992 $x27501)))
 (let (($x134313 (and (and (= read_index 39) (not false)) (= boundary (- phase_415 1)))))
 (let (($x127074 (and $x134313 $x27501)))
 (let (($x503 (and (and (= read_index 38) (not false)) (= boundary (- phase_398 1)))))
 (let (($x84969 (and $x503 $x27501)))
 (let (($x129189 (and (and (= read_index 37) (not false)) (= boundary (- phase_397 1)))))
 (let (($x132885 (and $x129189 $x27501)))
 (let (($x84956 (and (and (= read_index 36) (not false)) (= boundary (- phase_391 1)))))
 (let (($x85020 (and $x84956 $x27501)))
 (let (($x48409 (and (and (= read_index 35) (not false)) (= boundary (- phase_390 1)))))
 (let (($x55306 (and $x48409 $x27501)))
 (let (($x17045 (and (and (= read_index 33) (not false)) (= boundary (- phase_367 1)))))
 (let (($x23701 (and $x17045 $x27501)))
 (let (($x84073 (or $x23701 $x55306 $x85020 $x132885 $x84969 $x127074 $x127082 $x24867 $x89248 $x8561)))
 (and $x84073 $x23624))))))))))))))))))))))))))))
(check-sat)
