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
 (let ((?x54041 (ite (and (and true (<= (- 1) 9)) (< 9 536870911)) x_1 0.0)))
 (= window_start_contents ?x54041)))
(assert
 (let (($x85044 (and (distinct window_start_contents read_value) true)))
 (let (($x52527 (not (and (and true (> boundary 9)) (<= boundary 23)))))
 (let (($x38762 (or $x52527 $x85044)))
 (let (($x27501 (= read_value x_1)))
 (let (($x85060 (and (and (= read_index 34) (not false)) (= boundary (- phase_370 1)))))
 (let (($x131435 (and $x85060 $x27501)))
 (let (($x44438 (and (and (= read_index 32) (not false)) (= boundary (- phase_345 1)))))
 (let (($x75883 (and $x44438 $x27501)))
 (let (($x131443 (and (and (= read_index 31) (not false)) (= boundary (- phase_344 1)))))
 (let (($x106456 (and $x131443 $x27501)))
 (let (($x3226 (and (and (= read_index 30) (not false)) (= boundary (- phase_334 1)))))
 (let (($x35572 (and $x3226 $x27501)))
 (let (($x24264 (and (and (= read_index 29) (not false)) (= boundary (- phase_329 1)))))
 (let (($x134442 (and $x24264 $x27501)))
 (let (($x121987 (and (and (= read_index 28) (not false)) (= boundary (- phase_325 1)))))
 (let (($x31778 (and $x121987 $x27501)))
 (let (($x48324 (and (and (= read_index 27) (not false)) (= boundary (- phase_321 1)))))
 (let (($x6335 (and $x48324 $x27501)))
 (let (($x76939 (and (and (= read_index 26) (not false)) (= boundary (- phase_316 1)))))
 (let (($x44701 (and $x76939 $x27501)))
 (let (($x118526 (and (and (= read_index 25) (not false)) (= boundary (- phase_305 1)))))
 (let (($x91998 (and $x118526 $x27501)))
 (let (($x48434 (and (and (= read_index 24) (not false)) (= boundary (- phase_301 1)))))
 (let (($x55268 (and $x48434 $x27501)))
 (let (($x25993 (and (and (= read_index 23) (not false)) (= boundary (- phase_299 1)))))
 (let (($x18822 (and $x25993 $x27501)))
 (let (($x113486 (and (and (= read_index 22) (not false)) (= boundary (- phase_277 1)))))
 (let (($x4448 (and $x113486 $x27501)))
 (let (($x42929 (and (and (= read_index 21) (not false)) (= boundary (- phase_247 1)))))
 (let (($x62160 (and $x42929 $x27501)))
 (let (($x121129 (and (and (= read_index 20) (not false)) (= boundary (- phase_246 1)))))
 (let (($x47701 (and $x121129 $x27501)))
 (let (($x33834 (and (and (= read_index 19) (not false)) (= boundary (- phase_237 1)))))
 (let (($x21581 (and $x33834 $x27501)))
 (let (($x48413 (and (and (= read_index 18) (not false)) (= boundary (- phase_205 1)))))
 (let (($x48332 (and $x48413 $x27501)))
 (let (($x130025 (and (and (= read_index 17) (not false)) (= boundary (- phase_193 1)))))
 (let (($x130859 (and $x130025 $x27501)))
 (let (($x58958 (and (and (= read_index 16) (not false)) (= boundary (- phase_186 1)))))
 (let (($x79509 (and $x58958 $x27501)))
 (let (($x35668 (and (and (= read_index 13) (not false)) (= boundary (- phase_153 1)))))
 (let (($x35890 (and $x35668 $x27501)))
 (let (($x88577 (or $x35890 $x79509 $x130859 $x48332 $x21581 $x47701 $x62160 $x4448 $x18822 $x55268 $x91998 $x44701 $x6335 $x31778 $x134442 $x35572 $x106456 $x75883 $x131435)))
 (and $x88577 $x38762)))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
