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
(declare-fun phase_943 () Int)
(declare-fun x_3 () Real)
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
 (= phase_943 20))
(assert
 (let ((?x10242 (ite (and (and true (<= (- 1) 11)) (< 11 536870911)) x_3 0.0)))
 (= window_start_contents ?x10242)))
(assert
 (let (($x126815 (or (not (and true (> boundary 11))) (and (distinct window_start_contents read_value) true))))
 (let (($x208079 (= read_value x_3)))
 (let (($x157520 (and (and (= read_index 80) (not false)) (= boundary (- phase_943 1)))))
 (let (($x92079 (and (and (= read_index 43) (not false)) (= boundary (- phase_708 1)))))
 (let (($x195805 (and (and (= read_index 42) (not false)) (= boundary (- phase_707 1)))))
 (let (($x270747 (and (and (= read_index 41) (not false)) (= boundary (- phase_706 1)))))
 (let (($x106939 (and (and (= read_index 40) (not false)) (= boundary (- phase_705 1)))))
 (let (($x91338 (and (and (= read_index 39) (not false)) (= boundary (- phase_704 1)))))
 (let (($x126056 (and (and (= read_index 38) (not false)) (= boundary (- phase_703 1)))))
 (let (($x160432 (and (and (= read_index 37) (not false)) (= boundary (- phase_702 1)))))
 (let (($x163081 (and (and (= read_index 36) (not false)) (= boundary (- phase_701 1)))))
 (let (($x79781 (and (and (= read_index 35) (not false)) (= boundary (- phase_556 1)))))
 (let (($x111101 (and (and (= read_index 34) (not false)) (= boundary (- phase_555 1)))))
 (let (($x147207 (and (and (= read_index 33) (not false)) (= boundary (- phase_554 1)))))
 (let (($x183937 (and (and (= read_index 32) (not false)) (= boundary (- phase_553 1)))))
 (let (($x99654 (and (and (= read_index 31) (not false)) (= boundary (- phase_552 1)))))
 (let (($x265737 (and (and (= read_index 30) (not false)) (= boundary (- phase_551 1)))))
 (let (($x189029 (and (and (= read_index 29) (not false)) (= boundary (- phase_550 1)))))
 (let (($x263267 (and (and (= read_index 28) (not false)) (= boundary (- phase_549 1)))))
 (let (($x207990 (and (and (= read_index 27) (not false)) (= boundary (- phase_432 1)))))
 (let (($x187872 (and (and (= read_index 26) (not false)) (= boundary (- phase_431 1)))))
 (let (($x160409 (and (and (= read_index 25) (not false)) (= boundary (- phase_430 1)))))
 (let (($x150027 (and (and (= read_index 24) (not false)) (= boundary (- phase_429 1)))))
 (let (($x144088 (and (and (= read_index 23) (not false)) (= boundary (- phase_428 1)))))
 (let (($x128544 (and (and (= read_index 22) (not false)) (= boundary (- phase_427 1)))))
 (let (($x122724 (and (and (= read_index 21) (not false)) (= boundary (- phase_426 1)))))
 (let (($x73220 (and (and (= read_index 20) (not false)) (= boundary (- phase_425 1)))))
 (let (($x144117 (or (and $x73220 $x208079) (and $x122724 $x208079) (and $x128544 $x208079) (and $x144088 $x208079) (and $x150027 $x208079) (and $x160409 $x208079) (and $x187872 $x208079) (and $x207990 $x208079) (and $x263267 $x208079) (and $x189029 $x208079) (and $x265737 $x208079) (and $x99654 $x208079) (and $x183937 $x208079) (and $x147207 $x208079) (and $x111101 $x208079) (and $x79781 $x208079) (and $x163081 $x208079) (and $x160432 $x208079) (and $x126056 $x208079) (and $x91338 $x208079) (and $x106939 $x208079) (and $x270747 $x208079) (and $x195805 $x208079) (and $x92079 $x208079) (and $x157520 $x208079))))
 (let (($x189058 (and $x144117 $x126815)))
 (let ((?x152191 (ite (and (and true (<= (- 1) boundary)) (< boundary 536870911)) x_3 0.0)))
 (let (($x43832 (and (distinct window_start_contents ?x152191) true)))
 (let (($x29556 (> boundary 11)))
 (let (($x133343 (and true $x29556)))
 (let (($x53088 (<= boundary 51)))
 (let (($x39646 (>= boundary (- 1))))
 (let (($x52499 (and (= boundary (+ (* 2 boundary_half) 1)) $x39646)))
 (let (($x53179 (and $x52499 $x53088)))
 (let (($x24038 (and $x53179 $x133343)))
 (let (($x49072 (and $x24038 $x43832)))
 (or $x49072 $x189058)))))))))))))))))))))))))))))))))))))))))
(check-sat)
