(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_355 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_377 () Int)
(declare-fun phase_387 () Int)
(declare-fun phase_391 () Int)
(declare-fun phase_397 () Int)
(declare-fun phase_402 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_405 () Int)
(declare-fun phase_408 () Int)
(declare-fun phase_415 () Int)
(declare-fun phase_416 () Int)
(declare-fun phase_417 () Int)
(declare-fun phase_424 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_438 () Int)
(declare-fun phase_439 () Int)
(declare-fun phase_441 () Int)
(declare-fun phase_445 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_355 32))
(assert
 (= phase_370 32))
(assert
 (= phase_377 34))
(assert
 (= phase_387 34))
(assert
 (= phase_391 32))
(assert
 (= phase_397 32))
(assert
 (= phase_402 34))
(assert
 (= phase_403 32))
(assert
 (= phase_405 34))
(assert
 (= phase_408 34))
(assert
 (= phase_415 32))
(assert
 (= phase_416 34))
(assert
 (= phase_417 34))
(assert
 (= phase_424 34))
(assert
 (= phase_425 32))
(assert
 (= phase_431 34))
(assert
 (= phase_434 34))
(assert
 (= phase_435 34))
(assert
 (= phase_438 34))
(assert
 (= phase_439 34))
(assert
 (= phase_441 34))
(assert
 (= phase_445 32))
(assert
 (let ((?x17013 (ite (and (and true (<= (- 1) 29)) (< 29 536870911)) x_0 0.0)))
 (= window_start_contents ?x17013)))
(assert
 (let (($x120787 (and (distinct window_start_contents read_value) true)))
 (let (($x132955 (or (not (and (and true (> boundary 29)) (<= boundary 33))) $x120787)))
 (let (($x126971 (= read_value x_0)))
 (let (($x29725 (and (and (= read_index 250) (not false)) (= boundary (- phase_445 1)))))
 (let (($x32586 (and (and (= read_index 247) (not false)) (= boundary (- phase_441 1)))))
 (let (($x69224 (and (and (= read_index 246) (not false)) (= boundary (- phase_439 1)))))
 (let (($x36084 (and (and (= read_index 245) (not false)) (= boundary (- phase_438 1)))))
 (let (($x132845 (and (and (= read_index 243) (not false)) (= boundary (- phase_435 1)))))
 (let (($x113657 (and (and (= read_index 242) (not false)) (= boundary (- phase_434 1)))))
 (let (($x39890 (and (and (= read_index 241) (not false)) (= boundary (- phase_431 1)))))
 (let (($x113124 (and (and (= read_index 239) (not false)) (= boundary (- phase_425 1)))))
 (let (($x41019 (and (and (= read_index 238) (not false)) (= boundary (- phase_424 1)))))
 (let (($x31081 (and (and (= read_index 237) (not false)) (= boundary (- phase_417 1)))))
 (let (($x127985 (and (and (= read_index 236) (not false)) (= boundary (- phase_416 1)))))
 (let (($x43940 (and (and (= read_index 235) (not false)) (= boundary (- phase_415 1)))))
 (let (($x133009 (and (and (= read_index 234) (not false)) (= boundary (- phase_408 1)))))
 (let (($x126969 (and (and (= read_index 233) (not false)) (= boundary (- phase_405 1)))))
 (let (($x133243 (and (and (= read_index 232) (not false)) (= boundary (- phase_403 1)))))
 (let (($x117351 (and (and (= read_index 231) (not false)) (= boundary (- phase_402 1)))))
 (let (($x121205 (and (and (= read_index 228) (not false)) (= boundary (- phase_397 1)))))
 (let (($x26800 (and (and (= read_index 224) (not false)) (= boundary (- phase_391 1)))))
 (let (($x2486 (and (and (= read_index 222) (not false)) (= boundary (- phase_387 1)))))
 (let (($x114277 (and (and (= read_index 214) (not false)) (= boundary (- phase_377 1)))))
 (let (($x130518 (and (and (= read_index 210) (not false)) (= boundary (- phase_370 1)))))
 (let (($x119737 (and (and (= read_index 198) (not false)) (= boundary (- phase_355 1)))))
 (let (($x132089 (or (and $x119737 $x126971) (and $x130518 $x126971) (and $x114277 $x126971) (and $x2486 $x126971) (and $x26800 $x126971) (and $x121205 $x126971) (and $x117351 $x126971) (and $x133243 $x126971) (and $x126969 $x126971) (and $x133009 $x126971) (and $x43940 $x126971) (and $x127985 $x126971) (and $x31081 $x126971) (and $x41019 $x126971) (and $x113124 $x126971) (and $x39890 $x126971) (and $x113657 $x126971) (and $x132845 $x126971) (and $x36084 $x126971) (and $x69224 $x126971) (and $x32586 $x126971) (and $x29725 $x126971))))
 (let (($x125618 (and $x132089 $x132955)))
 (let ((?x25268 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x117206 (and (distinct window_start_contents ?x25268) true)))
 (let (($x42759 (<= boundary 33)))
 (let (($x31105 (> boundary 29)))
 (let (($x36483 (and true $x31105)))
 (let (($x43129 (and $x36483 $x42759)))
 (let (($x35941 (<= boundary 39)))
 (let (($x15932 (>= boundary (- 1))))
 (let (($x35923 (and (= boundary (+ (* 2 boundary_half) 1)) $x15932)))
 (let (($x36073 (and $x35923 $x35941)))
 (let (($x44222 (and $x36073 $x43129)))
 (let (($x50151 (and $x44222 $x117206)))
 (or $x50151 $x125618)))))))))))))))))))))))))))))))))))))))))
(check-sat)
