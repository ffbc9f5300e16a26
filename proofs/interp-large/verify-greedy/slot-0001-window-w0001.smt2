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
(declare-fun x_1 () Real)
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
 (let ((?x29111 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_1 0.0)))
 (= window_start_contents ?x29111)))
(assert
 (let (($x175578 (or (not (and true (> boundary 11))) (and (distinct window_start_contents read_value) true))))
 (let (($x107181 (= read_value x_1)))
 (let (($x17376 (and (and (= read_index 42) (not false)) (= boundary (- phase_708 1)))))
 (let (($x28732 (and (and (= read_index 41) (not false)) (= boundary (- phase_707 1)))))
 (let (($x91338 (and (and (= read_index 40) (not false)) (= boundary (- phase_706 1)))))
 (let (($x132048 (and (and (= read_index 39) (not false)) (= boundary (- phase_705 1)))))
 (let (($x79902 (and (and (= read_index 38) (not false)) (= boundary (- phase_704 1)))))
 (let (($x167602 (and (and (= read_index 37) (not false)) (= boundary (- phase_703 1)))))
 (let (($x75903 (and (and (= read_index 36) (not false)) (= boundary (- phase_702 1)))))
 (let (($x113924 (and (and (= read_index 35) (not false)) (= boundary (- phase_701 1)))))
 (let (($x55605 (and (and (= read_index 34) (not false)) (= boundary (- phase_556 1)))))
 (let (($x79781 (and (and (= read_index 33) (not false)) (= boundary (- phase_555 1)))))
 (let (($x196184 (and (and (= read_index 32) (not false)) (= boundary (- phase_554 1)))))
 (let (($x207840 (and (and (= read_index 31) (not false)) (= boundary (- phase_553 1)))))
 (let (($x91968 (and (and (= read_index 30) (not false)) (= boundary (- phase_552 1)))))
 (let (($x84131 (and (and (= read_index 29) (not false)) (= boundary (- phase_551 1)))))
 (let (($x118974 (and (and (= read_index 28) (not false)) (= boundary (- phase_550 1)))))
 (let (($x102319 (and (and (= read_index 27) (not false)) (= boundary (- phase_549 1)))))
 (let (($x165576 (and (and (= read_index 26) (not false)) (= boundary (- phase_432 1)))))
 (let (($x252647 (and (and (= read_index 25) (not false)) (= boundary (- phase_431 1)))))
 (let (($x202823 (and (and (= read_index 24) (not false)) (= boundary (- phase_430 1)))))
 (let (($x186770 (and (and (= read_index 23) (not false)) (= boundary (- phase_429 1)))))
 (let (($x163036 (and (and (= read_index 22) (not false)) (= boundary (- phase_428 1)))))
 (let (($x136692 (and (and (= read_index 21) (not false)) (= boundary (- phase_427 1)))))
 (let (($x97789 (and (and (= read_index 20) (not false)) (= boundary (- phase_426 1)))))
 (let (($x54777 (and (and (= read_index 19) (not false)) (= boundary (- phase_425 1)))))
 (let (($x136637 (or (and $x54777 $x107181) (and $x97789 $x107181) (and $x136692 $x107181) (and $x163036 $x107181) (and $x186770 $x107181) (and $x202823 $x107181) (and $x252647 $x107181) (and $x165576 $x107181) (and $x102319 $x107181) (and $x118974 $x107181) (and $x84131 $x107181) (and $x91968 $x107181) (and $x207840 $x107181) (and $x196184 $x107181) (and $x79781 $x107181) (and $x55605 $x107181) (and $x113924 $x107181) (and $x75903 $x107181) (and $x167602 $x107181) (and $x79902 $x107181) (and $x132048 $x107181) (and $x91338 $x107181) (and $x28732 $x107181) (and $x17376 $x107181))))
 (let (($x55394 (and $x136637 $x175578)))
 (let ((?x39002 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_1 0.0)))
 (let (($x36837 (and (distinct window_start_contents ?x39002) true)))
 (let (($x29556 (> boundary 11)))
 (let (($x133343 (and true $x29556)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x32286 (and $x53179 $x133343)))
 (let (($x42978 (and $x32286 $x36837)))
 (or $x42978 $x55394))))))))))))))))))))))))))))))))))))))))
(check-sat)
