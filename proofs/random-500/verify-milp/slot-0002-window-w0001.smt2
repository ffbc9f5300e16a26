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
(declare-fun x_2 () Real)
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
 (let ((?x34186 (ite (and (and true (<= (- 1) 15)) (< 15 536870911)) x_2 0.0)))
 (= window_start_contents ?x34186)))
(assert
 (let (($x127951 (or (not (and true (> boundary 15))) (and (distinct window_start_contents read_value) true))))
 (let (($x138651 (= read_value x_2)))
 (let (($x45014 (and (and (= read_index 36) (not false)) (= boundary (- phase_450 1)))))
 (let (($x41202 (and (and (= read_index 35) (not false)) (= boundary (- phase_429 1)))))
 (let (($x42658 (and (and (= read_index 34) (not false)) (= boundary (- phase_415 1)))))
 (let (($x36404 (and (and (= read_index 33) (not false)) (= boundary (- phase_398 1)))))
 (let (($x99768 (and (and (= read_index 32) (not false)) (= boundary (- phase_397 1)))))
 (let (($x129643 (and (and (= read_index 31) (not false)) (= boundary (- phase_391 1)))))
 (let (($x25691 (and (and (= read_index 30) (not false)) (= boundary (- phase_390 1)))))
 (let (($x129645 (and (and (= read_index 29) (not false)) (= boundary (- phase_370 1)))))
 (let (($x36694 (and (and (= read_index 28) (not false)) (= boundary (- phase_367 1)))))
 (let (($x42736 (and (and (= read_index 27) (not false)) (= boundary (- phase_345 1)))))
 (let (($x58516 (and (and (= read_index 26) (not false)) (= boundary (- phase_344 1)))))
 (let (($x43656 (and (and (= read_index 25) (not false)) (= boundary (- phase_334 1)))))
 (let (($x29760 (and (and (= read_index 24) (not false)) (= boundary (- phase_325 1)))))
 (let (($x129325 (and (and (= read_index 23) (not false)) (= boundary (- phase_321 1)))))
 (let (($x129477 (and (and (= read_index 22) (not false)) (= boundary (- phase_316 1)))))
 (let (($x113260 (and (and (= read_index 21) (not false)) (= boundary (- phase_305 1)))))
 (let (($x69220 (and (and (= read_index 20) (not false)) (= boundary (- phase_301 1)))))
 (let (($x131247 (and (and (= read_index 19) (not false)) (= boundary (- phase_299 1)))))
 (let (($x108817 (and (and (= read_index 18) (not false)) (= boundary (- phase_277 1)))))
 (let (($x122835 (or (and $x108817 $x138651) (and $x131247 $x138651) (and $x69220 $x138651) (and $x113260 $x138651) (and $x129477 $x138651) (and $x129325 $x138651) (and $x29760 $x138651) (and $x43656 $x138651) (and $x58516 $x138651) (and $x42736 $x138651) (and $x36694 $x138651) (and $x129645 $x138651) (and $x25691 $x138651) (and $x129643 $x138651) (and $x99768 $x138651) (and $x36404 $x138651) (and $x42658 $x138651) (and $x41202 $x138651) (and $x45014 $x138651) (and (and (= read_index 37) (= boundary 39)) $x138651))))
 (let (($x60499 (and $x122835 $x127951)))
 (let ((?x120784 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x52521 (and (distinct window_start_contents ?x120784) true)))
 (let (($x43717 (> boundary 15)))
 (let (($x49320 (and true $x43717)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x49537 (and $x36073 $x49320)))
 (let (($x65557 (and $x49537 $x52521)))
 (or $x65557 $x60499)))))))))))))))))))))))))))))))))))
(check-sat)
