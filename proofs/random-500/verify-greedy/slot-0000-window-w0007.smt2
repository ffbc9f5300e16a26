(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_354 () Int)
(declare-fun phase_355 () Int)
(declare-fun phase_367 () Int)
(declare-fun phase_368 () Int)
(declare-fun phase_375 () Int)
(declare-fun phase_379 () Int)
(declare-fun phase_390 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_398 () Int)
(declare-fun phase_401 () Int)
(declare-fun phase_402 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_408 () Int)
(declare-fun phase_424 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_437 () Int)
(declare-fun phase_438 () Int)
(declare-fun phase_439 () Int)
(declare-fun phase_443 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_452 () Int)
(declare-fun phase_454 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_470 () Int)
(declare-fun phase_475 () Int)
(declare-fun phase_491 () Int)
(declare-fun phase_493 () Int)
(declare-fun phase_499 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_354 30))
(assert
 (= phase_355 28))
(assert
 (= phase_367 28))
(assert
 (= phase_368 28))
(assert
 (= phase_375 30))
(assert
 (= phase_379 30))
(assert
 (= phase_390 28))
(assert
 (= phase_391 28))
(assert
 (= phase_397 28))
(assert
 (= phase_398 28))
(assert
 (= phase_401 30))
(assert
 (= phase_402 30))
(assert
 (= phase_405 30))
(assert
 (= phase_408 30))
(assert
 (= phase_424 30))
(assert
 (= phase_434 30))
(assert
 (= phase_437 30))
(assert
 (= phase_438 30))
(assert
 (= phase_439 30))
(assert
 (= phase_443 30))
(assert
 (= phase_444 28))
(assert
 (= phase_452 30))
(assert
 (= phase_454 30))
(assert
 (= phase_467 30))
(assert
 (= phase_469 30))
(assert
 (= phase_470 30))
(assert
 (= phase_475 30))
(assert
 (= phase_491 30))
(assert
 (= phase_493 30))
(assert
 (= phase_499 30))
(assert
 (let ((?x17428 (ite (and (and true (<= (- 1) 25)) (< 25 536870911)) x_0 0.0)))
 (= window_start_contents ?x17428)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x2467 (or (not (and (and true (> boundary 25)) (<= boundary 29))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x122207 (and (and (= read_index 281) (not false)) (= boundary (- phase_499 1)))))
 (let (($x42767 (and (and (= read_index 276) (not false)) (= boundary (- phase_493 1)))))
 (let (($x20555 (and (and (= read_index 275) (not false)) (= boundary (- phase_491 1)))))
 (let (($x105418 (and (and (= read_index 264) (not false)) (= boundary (- phase_475 1)))))
 (let (($x129996 (and (and (= read_index 263) (not false)) (= boundary (- phase_470 1)))))
 (let (($x104307 (and (and (= read_index 262) (not false)) (= boundary (- phase_469 1)))))
 (let (($x91765 (and (and (= read_index 261) (not false)) (= boundary (- phase_467 1)))))
 (let (($x62265 (and (and (= read_index 254) (not false)) (= boundary (- phase_454 1)))))
 (let (($x52678 (and (and (= read_index 253) (not false)) (= boundary (- phase_452 1)))))
 (let (($x34671 (and (and (= read_index 249) (not false)) (= boundary (- phase_444 1)))))
 (let (($x100438 (and (and (= read_index 248) (not false)) (= boundary (- phase_443 1)))))
 (let (($x6204 (and (and (= read_index 246) (not false)) (= boundary (- phase_439 1)))))
 (let (($x127755 (and (and (= read_index 245) (not false)) (= boundary (- phase_438 1)))))
 (let (($x115637 (and (and (= read_index 244) (not false)) (= boundary (- phase_437 1)))))
 (let (($x38982 (and (and (= read_index 242) (not false)) (= boundary (- phase_434 1)))))
 (let (($x62311 (and (and (= read_index 238) (not false)) (= boundary (- phase_424 1)))))
 (let (($x50701 (and (and (= read_index 234) (not false)) (= boundary (- phase_408 1)))))
 (let (($x68642 (and (and (= read_index 233) (not false)) (= boundary (- phase_405 1)))))
 (let (($x106672 (and (and (= read_index 231) (not false)) (= boundary (- phase_402 1)))))
 (let (($x52955 (and (and (= read_index 230) (not false)) (= boundary (- phase_401 1)))))
 (let (($x109538 (and (and (= read_index 229) (not false)) (= boundary (- phase_398 1)))))
 (let (($x61728 (and (and (= read_index 228) (not false)) (= boundary (- phase_397 1)))))
 (let (($x22998 (and (and (= read_index 224) (not false)) (= boundary (- phase_391 1)))))
 (let (($x69450 (and (and (= read_index 223) (not false)) (= boundary (- phase_390 1)))))
 (let (($x49149 (and (and (= read_index 215) (not false)) (= boundary (- phase_379 1)))))
 (let (($x58753 (and (and (= read_index 212) (not false)) (= boundary (- phase_375 1)))))
 (let (($x62443 (and (and (= read_index 208) (not false)) (= boundary (- phase_368 1)))))
 (let (($x130048 (and (and (= read_index 207) (not false)) (= boundary (- phase_367 1)))))
 (let (($x115644 (and (and (= read_index 198) (not false)) (= boundary (- phase_355 1)))))
 (let (($x62398 (and (and (= read_index 197) (not false)) (= boundary (- phase_354 1)))))
 (let (($x30127 (or (and $x62398 $x112500) (and $x115644 $x112500) (and $x130048 $x112500) (and $x62443 $x112500) (and $x58753 $x112500) (and $x49149 $x112500) (and $x69450 $x112500) (and $x22998 $x112500) (and $x61728 $x112500) (and $x109538 $x112500) (and $x52955 $x112500) (and $x106672 $x112500) (and $x68642 $x112500) (and $x50701 $x112500) (and $x62311 $x112500) (and $x38982 $x112500) (and $x115637 $x112500) (and $x127755 $x112500) (and $x6204 $x112500) (and $x100438 $x112500) (and $x34671 $x112500) (and $x52678 $x112500) (and $x62265 $x112500) (and $x91765 $x112500) (and $x104307 $x112500) (and $x129996 $x112500) (and $x105418 $x112500) (and $x20555 $x112500) (and $x42767 $x112500) (and $x122207 $x112500))))
 (let (($x122393 (and $x30127 $x2467)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x30898 (<= boundary 29)))
 (let (($x22095 (> boundary 25)))
 (let (($x28048 (and true $x22095)))
 (let (($x31869 (and $x28048 $x30898)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x34365 (and $x42862 $x31869)))
 (let (($x37716 (and $x34365 $x113303)))
 (or $x37716 $x122393)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
