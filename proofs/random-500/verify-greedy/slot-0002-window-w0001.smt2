(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
(declare-fun boundary_half () Int)
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
 (let ((?x31371 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x31371)))
(assert
 (let (($x130016 (or (not (and true (> boundary 11))) (and (distinct window_start_contents read_value) true))))
 (let (($x127423 (= read_value x_2)))
 (let (($x33698 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x122909 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x15165 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x61710 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x125770 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x128393 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x130691 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x110776 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x36085 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x46214 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x130042 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x68987 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x136564 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x10309 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x107147 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x32527 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x116330 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x129657 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x9803 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x110406 (and (and (= read_index 17) (not false)) (= boundary (- phase_247 1)))))
 (let (($x52162 (or (and $x110406 $x127423) (and $x9803 $x127423) (and $x129657 $x127423) (and $x116330 $x127423) (and $x32527 $x127423) (and $x107147 $x127423) (and $x10309 $x127423) (and $x136564 $x127423) (and $x68987 $x127423) (and $x130042 $x127423) (and $x46214 $x127423) (and $x36085 $x127423) (and $x110776 $x127423) (and $x130691 $x127423) (and $x128393 $x127423) (and $x125770 $x127423) (and $x61710 $x127423) (and $x15165 $x127423) (and $x122909 $x127423) (and $x33698 $x127423) (and (and (= read_index 37) (= boundary 39)) $x127423))))
 (let (($x129934 (and $x52162 $x130016)))
 (let ((?x128810 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x54505 (and (distinct window_start_contents ?x128810) true)))
 (let (($x37712 (> boundary 11)))
 (let (($x38123 (and true $x37712)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x46391 (and $x42862 $x38123)))
 (let (($x59163 (and $x46391 $x54505)))
 (or $x59163 $x129934))))))))))))))))))))))))))))))))))))
(check-sat)
