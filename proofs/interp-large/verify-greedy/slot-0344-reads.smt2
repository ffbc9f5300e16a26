(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_440 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_458 () Int)
(declare-fun phase_467 () Int)
(declare-fun phase_476 () Int)
(declare-fun phase_485 () Int)
(declare-fun phase_494 () Int)
(declare-fun phase_503 () Int)
(declare-fun phase_564 () Int)
(declare-fun phase_573 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_591 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_609 () Int)
(declare-fun phase_618 () Int)
(declare-fun phase_627 () Int)
(declare-fun phase_716 () Int)
(declare-fun phase_725 () Int)
(declare-fun phase_734 () Int)
(declare-fun phase_743 () Int)
(declare-fun phase_752 () Int)
(declare-fun phase_761 () Int)
(declare-fun phase_770 () Int)
(declare-fun phase_779 () Int)
(declare-fun read_value () Real)
(declare-fun x_571 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_440 22))
(assert
 (= phase_449 22))
(assert
 (= phase_458 22))
(assert
 (= phase_467 22))
(assert
 (= phase_476 22))
(assert
 (= phase_485 22))
(assert
 (= phase_494 22))
(assert
 (= phase_503 22))
(assert
 (= phase_564 22))
(assert
 (= phase_573 22))
(assert
 (= phase_582 22))
(assert
 (= phase_591 22))
(assert
 (= phase_600 22))
(assert
 (= phase_609 22))
(assert
 (= phase_618 22))
(assert
 (= phase_627 22))
(assert
 (= phase_716 22))
(assert
 (= phase_725 22))
(assert
 (= phase_734 22))
(assert
 (= phase_743 22))
(assert
 (= phase_752 22))
(assert
 (= phase_761 22))
(assert
 (= phase_770 22))
(assert
 (= phase_779 22))
(assert
 (let ((?x45668 (* (- 1.0) x_571)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x56216 (ite $x24162 ?x45668 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x33280 (ite $x103445 (* 1.0 x_571) 0.0)))
 (let ((?x62316 (+ ?x33280 ?x56216)))
 (let (($x77786 (= read_value x_571)))
 (let (($x100868 (and (and (= read_index 23) (not false)) (= boundary (- phase_779 1)))))
 (let (($x41884 (and (and (= read_index 22) (not false)) (= boundary (- phase_770 1)))))
 (let (($x173100 (and (and (= read_index 21) (not false)) (= boundary (- phase_761 1)))))
 (let (($x219883 (and (and (= read_index 20) (not false)) (= boundary (- phase_752 1)))))
 (let (($x167506 (and (and (= read_index 19) (not false)) (= boundary (- phase_743 1)))))
 (let (($x24925 (and (and (= read_index 18) (not false)) (= boundary (- phase_734 1)))))
 (let (($x75060 (and (and (= read_index 17) (not false)) (= boundary (- phase_725 1)))))
 (let (($x51830 (and (and (= read_index 16) (not false)) (= boundary (- phase_716 1)))))
 (let (($x79534 (and (and (= read_index 15) (not false)) (= boundary (- phase_627 1)))))
 (let (($x221654 (and (and (= read_index 14) (not false)) (= boundary (- phase_618 1)))))
 (let (($x93016 (and (and (= read_index 13) (not false)) (= boundary (- phase_609 1)))))
 (let (($x141064 (and (and (= read_index 12) (not false)) (= boundary (- phase_600 1)))))
 (let (($x122172 (and (and (= read_index 11) (not false)) (= boundary (- phase_591 1)))))
 (let (($x125623 (and (and (= read_index 10) (not false)) (= boundary (- phase_582 1)))))
 (let (($x210391 (and (and (= read_index 9) (not false)) (= boundary (- phase_573 1)))))
 (let (($x75816 (and (and (= read_index 8) (not false)) (= boundary (- phase_564 1)))))
 (let (($x35084 (and (and (= read_index 7) (not false)) (= boundary (- phase_503 1)))))
 (let (($x140377 (and (and (= read_index 6) (not false)) (= boundary (- phase_494 1)))))
 (let (($x209634 (and (and (= read_index 5) (not false)) (= boundary (- phase_485 1)))))
 (let (($x292927 (and (and (= read_index 4) (not false)) (= boundary (- phase_476 1)))))
 (let (($x203059 (and (and (= read_index 3) (not false)) (= boundary (- phase_467 1)))))
 (let (($x159383 (and (and (= read_index 2) (not false)) (= boundary (- phase_458 1)))))
 (let (($x137015 (and (and (= read_index 1) (not false)) (= boundary (- phase_449 1)))))
 (let (($x75771 (and (and (= read_index 0) (not false)) (= boundary (- phase_440 1)))))
 (let (($x195928 (or (and $x75771 $x77786) (and $x137015 $x77786) (and $x159383 $x77786) (and $x203059 $x77786) (and $x292927 $x77786) (and $x209634 $x77786) (and $x140377 $x77786) (and $x35084 $x77786) (and $x75816 $x77786) (and $x210391 $x77786) (and $x125623 $x77786) (and $x122172 $x77786) (and $x141064 $x77786) (and $x93016 $x77786) (and $x221654 $x77786) (and $x79534 $x77786) (and $x51830 $x77786) (and $x75060 $x77786) (and $x24925 $x77786) (and $x167506 $x77786) (and $x219883 $x77786) (and $x173100 $x77786) (and $x41884 $x77786) (and $x100868 $x77786))))
 (and $x195928 (and (distinct ?x62316 read_value) true)))))))))))))))))))))))))))))))))))
(check-sat)
