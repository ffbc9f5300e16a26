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
(declare-fun boundary () Int)
(declare-fun boundary_half () Int)
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
 (let (($x95687 (and (and true (<= (- 1) boundary)) (< boundary 536870911))))
 (let ((?x72364 (ite $x95687 x_1 0.0)))
 (let (($x91938 (>= boundary (- 1))))
 (let ((?x92164 (ite $x91938 (* 1.0 x_1) 0.0)))
 (let (($x130746 (and (distinct ?x92164 ?x72364) true)))
 (let (($x102600 (<= boundary 9)))
 (let (($x85433 (and true $x102600)))
 (let (($x127382 (<= boundary 39)))
 (let (($x26767 (and (= boundary (+ (* 2 boundary_half) 1)) $x91938)))
 (let (($x24296 (and $x26767 $x127382)))
 (let (($x27250 (and $x24296 $x85433)))
 (and $x27250 $x130746)))))))))))))
(check-sat)
