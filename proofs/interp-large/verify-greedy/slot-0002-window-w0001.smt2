(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_425 () Int)
(declare-fun phase_426 () Int)
(declare-fun phase_427 () Int)
(declare-fun phase_428 () Int)
(declare-fun phase_429 () Int)
(declare-fun phase_430 () Int)
(declare-fun phase_431 () Int)
(declare-fun phase_432 () Int)
(declare-fun phase_549 () Int)
(declare-fun phase_550 () Int)
(declare-fun phase_551 () Int)
(declare-fun phase_552 () Int)
(declare-fun phase_553 () Int)
(declare-fun phase_554 () Int)
(declare-fun phase_555 () Int)
(declare-fun phase_556 () Int)
(declare-fun phase_701 () Int)
(declare-fun phase_702 () Int)
(declare-fun phase_703 () Int)
(declare-fun phase_704 () Int)
(declare-fun phase_705 () Int)
(declare-fun phase_706 () Int)
(declare-fun phase_707 () Int)
(declare-fun phase_708 () Int)
(declare-fun x_2 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(declare-fun boundary_half () Int)
(assert
 (= phase_425 20))
(assert
 (= phase_426 20))
(assert
 (= phase_427 20))
(assert
 (= phase_428 20))
(assert
 (= phase_429 20))
(assert
 (= phase_430 20))
(assert
 (= phase_431 20))
(assert
 (= phase_432 20))
(assert
 (= phase_549 20))
(assert
 (= phase_550 20))
(assert
 (= phase_551 20))
(assert
 (= phase_552 20))
(assert
 (= phase_553 20))
(assert
 (= phase_554 20))
(assert
 (= phase_555 20))
(assert
 (= phase_556 20))
(assert
 (= phase_701 20))
(assert
 (= phase_702 20))
(assert
 (= phase_703 20))
(assert
 (= phase_704 20))
(assert
 (= phase_705 20))
(assert
 (= phase_706 20))
(assert
 (= phase_707 20))
(assert
 (= phase_708 20))
(assert
 (let ((?x28935 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_2 0.0)))
 (= window_start_contents ?x28935)))
(assert
 (let (($x23831 (or (not (and true (> boundary 11))) (and (distinct window_start_contents read_value) true))))
 (let (($x190072 (= read_value x_2)))
 (let (($x165570 (and (and (= read_index 40) (not false)) (= boundary (- phase_708 1)))))
 (let (($x50911 (and (and (= read_index 39) (not false)) (= boundary (- phase_707 1)))))
 (let (($x3735 (and (and (= read_index 38) (not false)) (= boundary (- phase_706 1)))))
 (let (($x129070 (and (and (= read_index 37) (not false)) (= boundary (- phase_705 1)))))
 (let (($x126834 (and (and (= read_index 36) (not false)) (= boundary (- phase_704 1)))))
 (let (($x198898 (and (and (= read_index 35) (not false)) (= boundary (- phase_703 1)))))
 (let (($x235630 (and (and (= read_index 34) (not false)) (= boundary (- phase_702 1)))))
 (let (($x145543 (and (and (= read_index 33) (not false)) (= boundary (- phase_701 1)))))
 (let (($x131665 (and (and (= read_index 32) (not false)) (= boundary (- phase_556 1)))))
 (let (($x153461 (and (and (= read_index 31) (not false)) (= boundary (- phase_555 1)))))
 (let (($x23281 (and (and (= read_index 30) (not false)) (= boundary (- phase_554 1)))))
 (let (($x126116 (and (and (= read_index 29) (not false)) (= boundary (- phase_553 1)))))
 (let (($x122449 (and (and (= read_index 28) (not false)) (= boundary (- phase_552 1)))))
 (let (($x136016 (and (and (= read_index 27) (not false)) (= boundary (- phase_551 1)))))
 (let (($x9926 (and (and (= read_index 26) (not false)) (= boundary (- phase_550 1)))))
 (let (($x276079 (and (and (= read_index 25) (not false)) (= boundary (- phase_549 1)))))
 (let (($x252999 (and (and (= read_index 24) (not false)) (= boundary (- phase_432 1)))))
 (let (($x202787 (and (and (= read_index 23) (not false)) (= boundary (- phase_431 1)))))
 (let (($x183885 (and (and (= read_index 22) (not false)) (= boundary (- phase_430 1)))))
 (let (($x158668 (and (and (= read_index 21) (not false)) (= boundary (- phase_429 1)))))
 (let (($x143968 (and (and (= read_index 20) (not false)) (= boundary (- phase_428 1)))))
 (let (($x131868 (and (and (= read_index 19) (not false)) (= boundary (- phase_427 1)))))
 (let (($x108992 (and (and (= read_index 18) (not false)) (= boundary (- phase_426 1)))))
 (let (($x71361 (and (and (= read_index 17) (not false)) (= boundary (- phase_425 1)))))
 (let (($x135005 (or (and $x71361 $x190072) (and $x108992 $x190072) (and $x131868 $x190072) (and $x143968 $x190072) (and $x158668 $x190072) (and $x183885 $x190072) (and $x202787 $x190072) (and $x252999 $x190072) (and $x276079 $x190072) (and $x9926 $x190072) (and $x136016 $x190072) (and $x122449 $x190072) (and $x126116 $x190072) (and $x23281 $x190072) (and $x153461 $x190072) (and $x131665 $x190072) (and $x145543 $x190072) (and $x235630 $x190072) (and $x198898 $x190072) (and $x126834 $x190072) (and $x129070 $x190072) (and $x3735 $x190072) (and $x50911 $x190072) (and $x165570 $x190072))))
 (let (($x162281 (and $x135005 $x23831)))
 (let ((?x139199 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_2 0.0)))
 (let (($x41674 (and (distinct window_start_contents ?x139199) true)))
 (let (($x29556 (> boundary 11)))
 (let (($x133343 (and true $x29556)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x33995 (and $x53179 $x133343)))
 (let (($x49702 (and $x33995 $x41674)))
 (or $x49702 $x162281))))))))))))))))))))))))))))))))))))))))
(check-sat)
