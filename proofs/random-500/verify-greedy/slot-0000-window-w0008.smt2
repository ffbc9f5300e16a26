(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_403 () Int)
(declare-fun phase_415 () Int)
(declare-fun phase_417 () Int)
(declare-fun phase_425 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_441 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_457 () Int)
(declare-fun phase_458 () Int)
(declare-fun phase_463 () Int)
(declare-fun phase_476 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_484 () Int)
(declare-fun phase_488 () Int)
(declare-fun phase_489 () Int)
(declare-fun phase_497 () Int)
(declare-fun phase_498 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_403 32))
(assert
 (= phase_415 32))
(assert
 (= phase_417 34))
(assert
 (= phase_425 32))
(assert
 (= phase_429 32))
(assert
 (= phase_441 34))
(assert
 (= phase_445 32))
(assert
 (= phase_451 34))
(assert
 (= phase_457 34))
(assert
 (= phase_458 34))
(assert
 (= phase_463 34))
(assert
 (= phase_476 34))
(assert
 (= phase_479 34))
(assert
 (= phase_484 34))
(assert
 (= phase_488 34))
(assert
 (= phase_489 34))
(assert
 (= phase_497 34))
(assert
 (= phase_498 34))
(assert
 (let ((?x20728 (ite (and (and true (<= (- 1) 29)) (< 29 536870911)) x_0 0.0)))
 (= window_start_contents ?x20728)))
(assert
 (let (($x123385 (and (distinct window_start_contents read_value) true)))
 (let (($x118962 (or (not (and (and true (> boundary 29)) (<= boundary 33))) $x123385)))
 (let (($x112500 (= read_value x_0)))
 (let (($x114748 (and (and (= read_index 280) (not false)) (= boundary (- phase_498 1)))))
 (let (($x41514 (and (and (= read_index 279) (not false)) (= boundary (- phase_497 1)))))
 (let (($x75315 (and (and (= read_index 274) (not false)) (= boundary (- phase_489 1)))))
 (let (($x36063 (and (and (= read_index 273) (not false)) (= boundary (- phase_488 1)))))
 (let (($x127781 (and (and (= read_index 271) (not false)) (= boundary (- phase_484 1)))))
 (let (($x28997 (and (and (= read_index 267) (not false)) (= boundary (- phase_479 1)))))
 (let (($x25133 (and (and (= read_index 265) (not false)) (= boundary (- phase_476 1)))))
 (let (($x22071 (and (and (= read_index 260) (not false)) (= boundary (- phase_463 1)))))
 (let (($x69602 (and (and (= read_index 257) (not false)) (= boundary (- phase_458 1)))))
 (let (($x68974 (and (and (= read_index 256) (not false)) (= boundary (- phase_457 1)))))
 (let (($x39327 (and (and (= read_index 252) (not false)) (= boundary (- phase_451 1)))))
 (let (($x22380 (and (and (= read_index 250) (not false)) (= boundary (- phase_445 1)))))
 (let (($x20091 (and (and (= read_index 247) (not false)) (= boundary (- phase_441 1)))))
 (let (($x43111 (and (and (= read_index 240) (not false)) (= boundary (- phase_429 1)))))
 (let (($x127479 (and (and (= read_index 239) (not false)) (= boundary (- phase_425 1)))))
 (let (($x131635 (and (and (= read_index 237) (not false)) (= boundary (- phase_417 1)))))
 (let (($x116496 (and (and (= read_index 235) (not false)) (= boundary (- phase_415 1)))))
 (let (($x69515 (and (and (= read_index 232) (not false)) (= boundary (- phase_403 1)))))
 (let (($x111703 (or (and $x69515 $x112500) (and $x116496 $x112500) (and $x131635 $x112500) (and $x127479 $x112500) (and $x43111 $x112500) (and $x20091 $x112500) (and $x22380 $x112500) (and $x39327 $x112500) (and $x68974 $x112500) (and $x69602 $x112500) (and $x22071 $x112500) (and $x25133 $x112500) (and $x28997 $x112500) (and $x127781 $x112500) (and $x36063 $x112500) (and $x75315 $x112500) (and $x41514 $x112500) (and $x114748 $x112500))))
 (let (($x2955 (and $x111703 $x118962)))
 (let ((?x37503 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_0 0.0)))
 (let (($x113303 (and (distinct window_start_contents ?x37503) true)))
 (let (($x42868 (<= boundary 33)))
 (let (($x28039 (> boundary 29)))
 (let (($x34690 (and true $x28039)))
 (let (($x42999 (and $x34690 $x42868)))
 (let (($x42858 (<= boundary 39)))
 (let (($x24469 (>= boundary (- 1))))
 (let (($x42751 (and (= boundary (+ (* 2 boundary_half) 1)) $x24469)))
 (let (($x42862 (and $x42751 $x42858)))
 (let (($x45909 (and $x42862 $x42999)))
 (let (($x55680 (and $x45909 $x113303)))
 (or $x55680 $x2955)))))))))))))))))))))))))))))))))))))
(check-sat)
