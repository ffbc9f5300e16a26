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
(declare-fun x_3 () Real)
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
 (let ((?x57288 (ite (and (and true (<= (- 1) 15)) (< 15 536870911)) x_3 0.0)))
 (= window_start_contents ?x57288)))
(assert
 (let (($x104970 (and (distinct window_start_contents read_value) true)))
 (let (($x36270 (> boundary 15)))
 (let (($x35280 (and true $x36270)))
 (let (($x100698 (not $x35280)))
 (let (($x95738 (or $x100698 $x104970)))
 (let (($x38857 (= read_value x_3)))
 (let (($x95110 (and (and (= read_index 37) (= boundary 39)) $x38857)))
 (let (($x60093 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x130933 (and $x60093 $x38857)))
 (let (($x49197 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x50743 (and $x49197 $x38857)))
 (let (($x39485 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x84953 (and $x39485 $x38857)))
 (let (($x48623 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x79186 (and $x48623 $x38857)))
 (let (($x120858 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x110146 (and $x120858 $x38857)))
 (let (($x128900 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x107436 (and $x128900 $x38857)))
 (let (($x63107 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x132934 (and $x63107 $x38857)))
 (let (($x125414 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x44752 (and $x125414 $x38857)))
 (let (($x81022 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x39885 (and $x81022 $x38857)))
 (let (($x84967 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x36074 (and $x84967 $x38857)))
 (let (($x8409 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x56911 (and $x8409 $x38857)))
 (let (($x130170 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x40848 (and $x130170 $x38857)))
 (let (($x40860 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x24391 (and $x40860 $x38857)))
 (let (($x62270 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x134174 (and $x62270 $x38857)))
 (let (($x84287 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x84968 (and $x84287 $x38857)))
 (let (($x134393 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x130982 (and $x134393 $x38857)))
 (let (($x115331 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x119243 (and $x115331 $x38857)))
 (let (($x63752 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x95111 (and $x63752 $x38857)))
 (let (($x32058 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x35957 (and $x32058 $x38857)))
 (let (($x92133 (or $x35957 $x95111 $x119243 $x130982 $x84968 $x134174 $x24391 $x40848 $x56911 $x36074 $x39885 $x44752 $x132934 $x107436 $x110146 $x79186 $x84953 $x50743 $x130933 $x95110)))
 (and $x92133 $x95738))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
