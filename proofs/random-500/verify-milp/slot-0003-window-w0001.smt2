(set-logic QF_LIRA)
; 
(set-info :status unknown)
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
 (let ((?x28130 (ite (and (and true (<= (- 1) 15)) (< 15 536870911)) x_3 0.0)))
 (= window_start_contents ?x28130)))
(assert
 (let (($x29238 (or (not (and true (> boundary 15))) (and (distinct window_start_contents read_value) true))))
 (let (($x43026 (= read_value x_3)))
 (let (($x120342 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x42081 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x128228 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x94896 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x134073 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x69987 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x69732 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x43459 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x122722 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x70244 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x53639 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x95815 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x65952 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x60514 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x27667 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x58785 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x116098 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x111738 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x119082 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x130489 (or (and $x119082 $x43026) (and $x111738 $x43026) (and $x116098 $x43026) (and $x58785 $x43026) (and $x27667 $x43026) (and $x60514 $x43026) (and $x65952 $x43026) (and $x95815 $x43026) (and $x53639 $x43026) (and $x70244 $x43026) (and $x122722 $x43026) (and $x43459 $x43026) (and $x69732 $x43026) (and $x69987 $x43026) (and $x134073 $x43026) (and $x94896 $x43026) (and $x128228 $x43026) (and $x42081 $x43026) (and $x120342 $x43026) (and (and (= read_index 37) (= boundary 39)) $x43026))))
 (let (($x121205 (and $x130489 $x29238)))
 (let ((?x114286 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x60539 (and (distinct window_start_contents ?x114286) true)))
 (let (($x43056 (> boundary 15)))
 (let (($x53913 (and true $x43056)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x53945 (and $x36073 $x53913)))
 (let (($x61936 (and $x53945 $x60539)))
 (or $x61936 $x121205)))))))))))))))))))))))))))))))))))
(check-sat)
