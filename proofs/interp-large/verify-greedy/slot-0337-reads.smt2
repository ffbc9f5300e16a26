(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_433 () Int)
(declare-fun phase_442 () Int)
(declare-fun phase_451 () Int)
(declare-fun phase_460 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_478 () Int)
(declare-fun phase_487 () Int)
(declare-fun phase_496 () Int)
(declare-fun phase_557 () Int)
(declare-fun phase_566 () Int)
(declare-fun phase_575 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_593 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_611 () Int)
(declare-fun phase_620 () Int)
(declare-fun phase_709 () Int)
(declare-fun phase_718 () Int)
(declare-fun phase_727 () Int)
(declare-fun phase_736 () Int)
(declare-fun phase_745 () Int)
(declare-fun phase_754 () Int)
(declare-fun phase_763 () Int)
(declare-fun phase_772 () Int)
(declare-fun read_value () Real)
(declare-fun x_543 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_433 22))
(assert
 (= phase_442 22))
(assert
 (= phase_451 22))
(assert
 (= phase_460 22))
(assert
 (= phase_469 22))
(assert
 (= phase_478 22))
(assert
 (= phase_487 22))
(assert
 (= phase_496 22))
(assert
 (= phase_557 22))
(assert
 (= phase_566 22))
(assert
 (= phase_575 22))
(assert
 (= phase_584 22))
(assert
 (= phase_593 22))
(assert
 (= phase_602 22))
(assert
 (= phase_611 22))
(assert
 (= phase_620 22))
(assert
 (= phase_709 22))
(assert
 (= phase_718 22))
(assert
 (= phase_727 22))
(assert
 (= phase_736 22))
(assert
 (= phase_745 22))
(assert
 (= phase_754 22))
(assert
 (= phase_763 22))
(assert
 (= phase_772 22))
(assert
 (let ((?x40312 (* (- 1.0) x_543)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x45895 (ite $x24162 ?x40312 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x16463 (ite $x103445 (* 1.0 x_543) 0.0)))
 (let ((?x60786 (+ ?x16463 ?x45895)))
 (let (($x83925 (= read_value x_543)))
 (let (($x11390 (and (and (= read_index 23) (not false)) (= boundary (- phase_772 1)))))
 (let (($x237269 (and (and (= read_index 22) (not false)) (= boundary (- phase_763 1)))))
 (let (($x45616 (and (and (= read_index 21) (not false)) (= boundary (- phase_754 1)))))
 (let (($x38623 (and (and (= read_index 20) (not false)) (= boundary (- phase_745 1)))))
 (let (($x94834 (and (and (= read_index 19) (not false)) (= boundary (- phase_736 1)))))
 (let (($x127294 (and (and (= read_index 18) (not false)) (= boundary (- phase_727 1)))))
 (let (($x211516 (and (and (= read_index 17) (not false)) (= boundary (- phase_718 1)))))
 (let (($x168352 (and (and (= read_index 16) (not false)) (= boundary (- phase_709 1)))))
 (let (($x171346 (and (and (= read_index 15) (not false)) (= boundary (- phase_620 1)))))
 (let (($x182475 (and (and (= read_index 14) (not false)) (= boundary (- phase_611 1)))))
 (let (($x84227 (and (and (= read_index 13) (not false)) (= boundary (- phase_602 1)))))
 (let (($x44841 (and (and (= read_index 12) (not false)) (= boundary (- phase_593 1)))))
 (let (($x139481 (and (and (= read_index 11) (not false)) (= boundary (- phase_584 1)))))
 (let (($x144333 (and (and (= read_index 10) (not false)) (= boundary (- phase_575 1)))))
 (let (($x161159 (and (and (= read_index 9) (not false)) (= boundary (- phase_566 1)))))
 (let (($x175345 (and (and (= read_index 8) (not false)) (= boundary (- phase_557 1)))))
 (let (($x80095 (and (and (= read_index 7) (not false)) (= boundary (- phase_496 1)))))
 (let (($x30830 (and (and (= read_index 6) (not false)) (= boundary (- phase_487 1)))))
 (let (($x219651 (and (and (= read_index 5) (not false)) (= boundary (- phase_478 1)))))
 (let (($x226638 (and (and (= read_index 4) (not false)) (= boundary (- phase_469 1)))))
 (let (($x164496 (and (and (= read_index 3) (not false)) (= boundary (- phase_460 1)))))
 (let (($x150149 (and (and (= read_index 2) (not false)) (= boundary (- phase_451 1)))))
 (let (($x112193 (and (and (= read_index 1) (not false)) (= boundary (- phase_442 1)))))
 (let (($x77709 (and (and (= read_index 0) (not false)) (= boundary (- phase_433 1)))))
 (let (($x67654 (or (and $x77709 $x83925) (and $x112193 $x83925) (and $x150149 $x83925) (and $x164496 $x83925) (and $x226638 $x83925) (and $x219651 $x83925) (and $x30830 $x83925) (and $x80095 $x83925) (and $x175345 $x83925) (and $x161159 $x83925) (and $x144333 $x83925) (and $x139481 $x83925) (and $x44841 $x83925) (and $x84227 $x83925) (and $x182475 $x83925) (and $x171346 $x83925) (and $x168352 $x83925) (and $x211516 $x83925) (and $x127294 $x83925) (and $x94834 $x83925) (and $x38623 $x83925) (and $x45616 $x83925) (and $x237269 $x83925) (and $x11390 $x83925))))
 (and $x67654 (and (distinct ?x60786 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
