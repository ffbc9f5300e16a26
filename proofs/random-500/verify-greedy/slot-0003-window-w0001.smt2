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
(declare-fun x_3 () Real)
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
 (let ((?x23758 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x23758)))
(assert
 (let (($x99200 (or (not (and true (> boundary 11))) (and (distinct window_start_contents read_value) true))))
 (let (($x10470 (= read_value x_3)))
 (let (($x127171 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x101174 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x55500 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x49452 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x13924 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x121699 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x125556 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x68871 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x111719 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x126736 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x115207 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x125077 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x42564 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x115187 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x12812 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x125058 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x128349 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x36427 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x127802 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x117254 (and (and (= read_index 17) (not false)) (= boundary (- phase_247 1)))))
 (let (($x69402 (or (and $x117254 $x10470) (and $x127802 $x10470) (and $x36427 $x10470) (and $x128349 $x10470) (and $x125058 $x10470) (and $x12812 $x10470) (and $x115187 $x10470) (and $x42564 $x10470) (and $x125077 $x10470) (and $x115207 $x10470) (and $x126736 $x10470) (and $x111719 $x10470) (and $x68871 $x10470) (and $x125556 $x10470) (and $x121699 $x10470) (and $x13924 $x10470) (and $x49452 $x10470) (and $x55500 $x10470) (and $x101174 $x10470) (and $x127171 $x10470) (and (and (= read_index 37) (= boundary 39)) $x10470))))
 (let (($x121570 (and $x69402 $x99200)))
 (let ((?x121686 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x41500 (and (distinct window_start_contents ?x121686) true)))
 (let (($x24905 (> boundary 11)))
 (let (($x24930 (and true $x24905)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x30674 (and $x42862 $x24930)))
 (let (($x56690 (and $x30674 $x41500)))
 (or $x56690 $x121570))))))))))))))))))))))))))))))))))))
(check-sat)
