(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_339 () Int)
(declare-fun phase_344 () Int)
(declare-fun phase_345 () Int)
(declare-fun phase_354 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_358 () Int)
(declare-fun phase_360 () Int)
(declare-fun phase_361 () Int)
(declare-fun phase_363 () Int)
(declare-fun phase_365 () Int)
(declare-fun phase_366 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_368 () Int)
(declare-fun phase_369 () Int)
(declare-fun phase_371 () Int)
(declare-fun phase_375 () Int)
(declare-fun phase_376 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_381 () Int)
(declare-fun phase_382 () Int)
(declare-fun phase_384 () Int)
(declare-fun phase_385 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_392 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_339 30))
(assert
 (= phase_344 28))
(assert
 (= phase_345 28))
(assert
 (= phase_354 30))
(assert
 (= phase_357 30))
(assert
 (= phase_358 30))
(assert
 (= phase_360 30))
(assert
 (= phase_361 30))
(assert
 (= phase_363 30))
(assert
 (= phase_365 30))
(assert
 (= phase_366 30))
(assert
 (= phase_367 28))
(assert
 (= phase_368 28))
(assert
 (= phase_369 28))
(assert
 (= phase_371 30))
(assert
 (= phase_375 30))
(assert
 (= phase_376 30))
(assert
 (= phase_379 30))
(assert
 (= phase_380 30))
(assert
 (= phase_381 30))
(assert
 (= phase_382 30))
(assert
 (= phase_384 30))
(assert
 (= phase_385 28))
(assert
 (= phase_390 28))
(assert
 (= phase_392 30))
(assert
 (let ((?x36606 (ite (and (and true (<= (- 1) 25)) (< 25 536870911)) x_0 0.0)))
 (= window_start_contents ?x36606)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x118232 (or (not (and (and true (> boundary 25)) (<= boundary 29))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x138653 (and (and (= read_index 225) (not false)) (= boundary (- phase_392 1)))))
 (let (($x20748 (and (and (= read_index 223) (not false)) (= boundary (- phase_390 1)))))
 (let (($x119494 (and (and (= read_index 220) (not false)) (= boundary (- phase_385 1)))))
 (let (($x39698 (and (and (= read_index 219) (not false)) (= boundary (- phase_384 1)))))
 (let (($x118683 (and (and (= read_index 218) (not false)) (= boundary (- phase_382 1)))))
 (let (($x123410 (and (and (= read_index 217) (not false)) (= boundary (- phase_381 1)))))
 (let (($x125619 (and (and (= read_index 216) (not false)) (= boundary (- phase_380 1)))))
 (let (($x5633 (and (and (= read_index 215) (not false)) (= boundary (- phase_379 1)))))
 (let (($x90630 (and (and (= read_index 213) (not false)) (= boundary (- phase_376 1)))))
 (let (($x41210 (and (and (= read_index 212) (not false)) (= boundary (- phase_375 1)))))
 (let (($x66800 (and (and (= read_index 211) (not false)) (= boundary (- phase_371 1)))))
 (let (($x102855 (and (and (= read_index 209) (not false)) (= boundary (- phase_369 1)))))
 (let (($x41204 (and (and (= read_index 208) (not false)) (= boundary (- phase_368 1)))))
 (let (($x120348 (and (and (= read_index 207) (not false)) (= boundary (- phase_367 1)))))
 (let (($x129494 (and (and (= read_index 206) (not false)) (= boundary (- phase_366 1)))))
 (let (($x44485 (and (and (= read_index 205) (not false)) (= boundary (- phase_365 1)))))
 (let (($x117832 (and (and (= read_index 204) (not false)) (= boundary (- phase_363 1)))))
 (let (($x129204 (and (and (= read_index 202) (not false)) (= boundary (- phase_361 1)))))
 (let (($x49295 (and (and (= read_index 201) (not false)) (= boundary (- phase_360 1)))))
 (let (($x129018 (and (and (= read_index 200) (not false)) (= boundary (- phase_358 1)))))
 (let (($x134230 (and (and (= read_index 199) (not false)) (= boundary (- phase_357 1)))))
 (let (($x47478 (and (and (= read_index 197) (not false)) (= boundary (- phase_354 1)))))
 (let (($x14629 (and (and (= read_index 193) (not false)) (= boundary (- phase_345 1)))))
 (let (($x114743 (and (and (= read_index 192) (not false)) (= boundary (- phase_344 1)))))
 (let (($x131136 (and (and (= read_index 191) (not false)) (= boundary (- phase_339 1)))))
 (let (($x36266 (or (and $x131136 $x126971) (and $x114743 $x126971) (and $x14629 $x126971) (and $x47478 $x126971) (and $x134230 $x126971) (and $x129018 $x126971) (and $x49295 $x126971) (and $x129204 $x126971) (and $x117832 $x126971) (and $x44485 $x126971) (and $x129494 $x126971) (and $x120348 $x126971) (and $x41204 $x126971) (and $x102855 $x126971) (and $x66800 $x126971) (and $x41210 $x126971) (and $x90630 $x126971) (and $x5633 $x126971) (and $x125619 $x126971) (and $x123410 $x126971) (and $x118683 $x126971) (and $x39698 $x126971) (and $x119494 $x126971) (and $x20748 $x126971) (and $x138653 $x126971))))
 (let (($x10427 (and $x36266 $x118232)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x56216 (<= boundary 29)))
 (let (($x42968 (> boundary 25)))
 (let (($x48800 (and true $x42968)))
 (let (($x59481 (and $x48800 $x56216)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x94828 (and $x36073 $x59481)))
 (let (($x116317 (and $x94828 $x117206)))
 (or $x116317 $x10427))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
