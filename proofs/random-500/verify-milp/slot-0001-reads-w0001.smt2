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
 (let ((?x83440 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x83440)))
(assert
 (let (($x51264 (and (distinct window_start_contents read_value) true)))
 (let (($x130112 (not (and (and true (> boundary 11)) (<= boundary 27)))))
 (let (($x111633 (or $x130112 $x51264)))
 (let (($x48793 (= read_value x_1)))
 (let (($x33666 (and (and (= read_index 35) (not false)) (= boundary (- phase_390 1)))))
 (let (($x81062 (and $x33666 $x48793)))
 (let (($x48623 (and (and (= read_index 33) (not false)) (= boundary (- phase_367 1)))))
 (let (($x120634 (and $x48623 $x48793)))
 (let (($x29835 (and (and (= read_index 32) (not false)) (= boundary (- phase_345 1)))))
 (let (($x40810 (and $x29835 $x48793)))
 (let (($x6358 (and (and (= read_index 31) (not false)) (= boundary (- phase_344 1)))))
 (let (($x133621 (and $x6358 $x48793)))
 (let (($x29311 (and (and (= read_index 30) (not false)) (= boundary (- phase_334 1)))))
 (let (($x114576 (and $x29311 $x48793)))
 (let (($x114183 (and (and (= read_index 29) (not false)) (= boundary (- phase_329 1)))))
 (let (($x51261 (and $x114183 $x48793)))
 (let (($x131489 (and (and (= read_index 28) (not false)) (= boundary (- phase_325 1)))))
 (let (($x127501 (and $x131489 $x48793)))
 (let (($x88968 (and (and (= read_index 27) (not false)) (= boundary (- phase_321 1)))))
 (let (($x68925 (and $x88968 $x48793)))
 (let (($x94259 (and (and (= read_index 26) (not false)) (= boundary (- phase_316 1)))))
 (let (($x120031 (and $x94259 $x48793)))
 (let (($x95113 (and (and (= read_index 25) (not false)) (= boundary (- phase_305 1)))))
 (let (($x132478 (and $x95113 $x48793)))
 (let (($x131802 (and (and (= read_index 24) (not false)) (= boundary (- phase_301 1)))))
 (let (($x129221 (and $x131802 $x48793)))
 (let (($x131652 (and (and (= read_index 23) (not false)) (= boundary (- phase_299 1)))))
 (let (($x86755 (and $x131652 $x48793)))
 (let (($x85716 (and (and (= read_index 22) (not false)) (= boundary (- phase_277 1)))))
 (let (($x118524 (and $x85716 $x48793)))
 (let (($x134221 (and (and (= read_index 21) (not false)) (= boundary (- phase_247 1)))))
 (let (($x118645 (and $x134221 $x48793)))
 (let (($x104833 (and (and (= read_index 20) (not false)) (= boundary (- phase_246 1)))))
 (let (($x110146 (and $x104833 $x48793)))
 (let (($x38217 (and (and (= read_index 15) (not false)) (= boundary (- phase_173 1)))))
 (let (($x56755 (and $x38217 $x48793)))
 (let (($x16322 (and (and (= read_index 13) (not false)) (= boundary (- phase_153 1)))))
 (let (($x18664 (and $x16322 $x48793)))
 (let (($x134234 (or $x18664 $x56755 $x110146 $x118645 $x118524 $x86755 $x129221 $x132478 $x120031 $x68925 $x127501 $x51261 $x114576 $x133621 $x40810 $x120634 $x81062)))
 (and $x134234 $x111633)))))))))))))))))))))))))))))))))))))))))
(check-sat)
