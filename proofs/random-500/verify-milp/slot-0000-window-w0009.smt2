(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_264 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_437 () Int)
(declare-fun phase_443 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_450 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_455 () Int)
(declare-fun phase_457 () Int)
(declare-fun phase_458 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_461 () Int)
(declare-fun phase_463 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_476 () Int)
(declare-fun phase_477 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_480 () Int)
(declare-fun phase_482 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_485 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_494 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun phase_499 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_264 38))
(assert
 (= phase_398 36))
(assert
 (= phase_401 38))
(assert
 (= phase_429 36))
(assert
 (= phase_437 38))
(assert
 (= phase_443 38))
(assert
 (= phase_444 36))
(assert
 (= phase_450 36))
(assert
 (= phase_451 38))
(assert
 (= phase_452 38))
(assert
 (= phase_454 38))
(assert
 (= phase_455 38))
(assert
 (= phase_457 38))
(assert
 (= phase_458 38))
(assert
 (= phase_460 36))
(assert
 (= phase_461 38))
(assert
 (= phase_463 38))
(assert
 (= phase_467 38))
(assert
 (= phase_469 38))
(assert
 (= phase_470 38))
(assert
 (= phase_475 38))
(assert
 (= phase_476 38))
(assert
 (= phase_477 38))
(assert
 (= phase_479 38))
(assert
 (= phase_480 36))
(assert
 (= phase_482 36))
(assert
 (= phase_484 38))
(assert
 (= phase_485 38))
(assert
 (= phase_488 38))
(assert
 (= phase_489 38))
(assert
 (= phase_491 38))
(assert
 (= phase_493 38))
(assert
 (= phase_494 38))
(assert
 (= phase_496 38))
(assert
 (= phase_497 38))
(assert
 (= phase_498 38))
(assert
 (= phase_499 38))
(assert
 (let ((?x25682 (ite (and (and true (<= (- 1) 33)) (< 33 536870911)) x_0 0.0)))
 (= window_start_contents ?x25682)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x126971 (= read_value x_0)))
 (let (($x133485 (and (and (= read_index 281) (not false)) (= boundary (- phase_499 1)))))
 (let (($x112640 (and (and (= read_index 280) (not false)) (= boundary (- phase_498 1)))))
 (let (($x15152 (and (and (= read_index 279) (not false)) (= boundary (- phase_497 1)))))
 (let (($x5733 (and (and (= read_index 278) (not false)) (= boundary (- phase_496 1)))))
 (let (($x104998 (and (and (= read_index 277) (not false)) (= boundary (- phase_494 1)))))
 (let (($x132862 (and (and (= read_index 276) (not false)) (= boundary (- phase_493 1)))))
 (let (($x105479 (and (and (= read_index 275) (not false)) (= boundary (- phase_491 1)))))
 (let (($x132105 (and (and (= read_index 274) (not false)) (= boundary (- phase_489 1)))))
 (let (($x70018 (and (and (= read_index 273) (not false)) (= boundary (- phase_488 1)))))
 (let (($x34186 (and (and (= read_index 272) (not false)) (= boundary (- phase_485 1)))))
 (let (($x119431 (and (and (= read_index 271) (not false)) (= boundary (- phase_484 1)))))
 (let (($x117849 (and (and (= read_index 270) (not false)) (= boundary (- phase_482 1)))))
 (let (($x68889 (and (and (= read_index 268) (not false)) (= boundary (- phase_480 1)))))
 (let (($x26006 (and (and (= read_index 267) (not false)) (= boundary (- phase_479 1)))))
 (let (($x41377 (and (and (= read_index 266) (not false)) (= boundary (- phase_477 1)))))
 (let (($x114286 (and (and (= read_index 265) (not false)) (= boundary (- phase_476 1)))))
 (let (($x10447 (and (and (= read_index 264) (not false)) (= boundary (- phase_475 1)))))
 (let (($x17619 (and (and (= read_index 263) (not false)) (= boundary (- phase_470 1)))))
 (let (($x114481 (and (and (= read_index 262) (not false)) (= boundary (- phase_469 1)))))
 (let (($x64780 (and (and (= read_index 261) (not false)) (= boundary (- phase_467 1)))))
 (let (($x125126 (and (and (= read_index 260) (not false)) (= boundary (- phase_463 1)))))
 (let (($x43573 (and (and (= read_index 259) (not false)) (= boundary (- phase_461 1)))))
 (let (($x41367 (and (and (= read_index 258) (not false)) (= boundary (- phase_460 1)))))
 (let (($x5632 (and (and (= read_index 257) (not false)) (= boundary (- phase_458 1)))))
 (let (($x133383 (and (and (= read_index 256) (not false)) (= boundary (- phase_457 1)))))
 (let (($x128410 (and (and (= read_index 255) (not false)) (= boundary (- phase_455 1)))))
 (let (($x23056 (and (and (= read_index 254) (not false)) (= boundary (- phase_454 1)))))
 (let (($x70901 (and (and (= read_index 253) (not false)) (= boundary (- phase_452 1)))))
 (let (($x67301 (and (and (= read_index 252) (not false)) (= boundary (- phase_451 1)))))
 (let (($x59445 (and (and (= read_index 251) (not false)) (= boundary (- phase_450 1)))))
 (let (($x133475 (and (and (= read_index 249) (not false)) (= boundary (- phase_444 1)))))
 (let (($x127731 (and (and (= read_index 248) (not false)) (= boundary (- phase_443 1)))))
 (let (($x127953 (and (and (= read_index 244) (not false)) (= boundary (- phase_437 1)))))
 (let (($x131514 (and (and (= read_index 240) (not false)) (= boundary (- phase_429 1)))))
 (let (($x65355 (and (and (= read_index 230) (not false)) (= boundary (- phase_401 1)))))
 (let (($x133739 (and (and (= read_index 229) (not false)) (= boundary (- phase_398 1)))))
 (let (($x120114 (and (and (= read_index 153) (not false)) (= boundary (- phase_264 1)))))
 (let (($x3973 (or (and $x120114 $x126971) (and $x133739 $x126971) (and $x65355 $x126971) (and $x131514 $x126971) (and $x127953 $x126971) (and $x127731 $x126971) (and $x133475 $x126971) (and $x59445 $x126971) (and $x67301 $x126971) (and $x70901 $x126971) (and $x23056 $x126971) (and $x128410 $x126971) (and $x133383 $x126971) (and $x5632 $x126971) (and $x41367 $x126971) (and $x43573 $x126971) (and $x125126 $x126971) (and $x64780 $x126971) (and $x114481 $x126971) (and $x17619 $x126971) (and $x10447 $x126971) (and $x114286 $x126971) (and $x41377 $x126971) (and $x26006 $x126971) (and $x68889 $x126971) (and $x117849 $x126971) (and $x119431 $x126971) (and $x34186 $x126971) (and $x70018 $x126971) (and $x132105 $x126971) (and $x105479 $x126971) (and $x132862 $x126971) (and $x104998 $x126971) (and $x5733 $x126971) (and $x15152 $x126971) (and $x112640 $x126971) (and $x133485 $x126971) (and (and (= read_index 282) (= boundary 39)) $x126971))))
 (let (($x30530 (and $x3973 (or (not (and true (> boundary 33))) $x120787))))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x52445 (> boundary 33)))
 (let (($x54270 (and true $x52445)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x57022 (and $x36073 $x54270)))
 (let (($x69995 (and $x57022 $x117206)))
 (or $x69995 $x30530)))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
