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
 (let ((?x131084 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x131084)))
(assert
 (let (($x76771 (and (distinct window_start_contents read_value) true)))
 (let (($x98302 (> boundary 11)))
 (let (($x86005 (and true $x98302)))
 (let (($x101546 (not $x86005)))
 (let (($x133277 (or $x101546 $x76771)))
 (let (($x132041 (= read_value x_3)))
 (let (($x33108 (and (and (= read_index 37) (= boundary 39)) $x132041)))
 (let (($x131093 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x52428 (and $x131093 $x132041)))
 (let (($x21187 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x72537 (and $x21187 $x132041)))
 (let (($x132336 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x37025 (and $x132336 $x132041)))
 (let (($x86617 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x131425 (and $x86617 $x132041)))
 (let (($x55471 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x134390 (and $x55471 $x132041)))
 (let (($x42394 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x50508 (and $x42394 $x132041)))
 (let (($x107966 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x25395 (and $x107966 $x132041)))
 (let (($x33790 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x117201 (and $x33790 $x132041)))
 (let (($x30799 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x40940 (and $x30799 $x132041)))
 (let (($x120169 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x106522 (and $x120169 $x132041)))
 (let (($x98300 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x95456 (and $x98300 $x132041)))
 (let (($x108208 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x85254 (and $x108208 $x132041)))
 (let (($x113764 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x97702 (and $x113764 $x132041)))
 (let (($x124237 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x51518 (and $x124237 $x132041)))
 (let (($x126706 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x118071 (and $x126706 $x132041)))
 (let (($x131433 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x80101 (and $x131433 $x132041)))
 (let (($x31047 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x8103 (and $x31047 $x132041)))
 (let (($x131113 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x131828 (and $x131113 $x132041)))
 (let (($x109194 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x120193 (and $x109194 $x132041)))
 (let (($x44056 (and (and (= read_index 17) (not false)) (= boundary (- phase_247 1)))))
 (let (($x72723 (and $x44056 $x132041)))
 (let (($x75881 (or $x72723 $x120193 $x131828 $x8103 $x80101 $x118071 $x51518 $x97702 $x85254 $x95456 $x106522 $x40940 $x117201 $x25395 $x50508 $x134390 $x131425 $x37025 $x72537 $x52428 $x33108)))
 (and $x75881 $x133277))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
