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
 (= phase_9 4))
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
 (= phase_135 12))
(assert
 (= phase_153 16))
(assert
 (= phase_155 10))
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
 (= phase_329 26))
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
 (= phase_426 34))
(assert
 (= phase_429 36))
(assert
 (= phase_450 36))
(assert
 (let ((?x40987 (ite (and (and true (<= (- 1) 27)) (< 27 536870911)) x_1 0.0)))
 (= window_start_contents ?x40987)))
(assert
 (let (($x51264 (and (distinct window_start_contents read_value) true)))
 (let (($x10593 (> boundary 27)))
 (let (($x63108 (and true $x10593)))
 (let (($x95226 (not $x63108)))
 (let (($x49926 (or $x95226 $x51264)))
 (let (($x48793 (= read_value x_1)))
 (let (($x87048 (and (and (= read_index 43) (= boundary 39)) $x48793)))
 (let (($x95028 (and (and (= read_index 42) (not false)) (= boundary (- phase_450 1)))))
 (let (($x77157 (and $x95028 $x48793)))
 (let (($x60108 (and (and (= read_index 41) (not false)) (= boundary (- phase_429 1)))))
 (let (($x17475 (and $x60108 $x48793)))
 (let (($x33560 (and (and (= read_index 40) (not false)) (= boundary (- phase_426 1)))))
 (let (($x16386 (and $x33560 $x48793)))
 (let (($x95167 (and (and (= read_index 39) (not false)) (= boundary (- phase_415 1)))))
 (let (($x117749 (and $x95167 $x48793)))
 (let (($x134057 (and (and (= read_index 38) (not false)) (= boundary (- phase_398 1)))))
 (let (($x131834 (and $x134057 $x48793)))
 (let (($x124093 (and (and (= read_index 37) (not false)) (= boundary (- phase_397 1)))))
 (let (($x125414 (and $x124093 $x48793)))
 (let (($x63504 (and (and (= read_index 36) (not false)) (= boundary (- phase_391 1)))))
 (let (($x77283 (and $x63504 $x48793)))
 (let (($x20929 (and (and (= read_index 34) (not false)) (= boundary (- phase_370 1)))))
 (let (($x26211 (and $x20929 $x48793)))
 (let (($x92472 (or $x26211 $x77283 $x125414 $x131834 $x117749 $x16386 $x17475 $x77157 $x87048)))
 (and $x92472 $x49926))))))))))))))))))))))))))
(check-sat)
