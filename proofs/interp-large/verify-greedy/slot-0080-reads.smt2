(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_40 () Int)
(declare-fun phase_433 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_444 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_447 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_968 () Int)
(declare-fun phase_988 () Int)
(declare-fun phase_995 () Int)
(declare-fun phase_1004 () Int)
(declare-fun phase_1009 () Int)
(declare-fun phase_1020 () Int)
(declare-fun phase_1036 () Int)
(declare-fun phase_1052 () Int)
(declare-fun phase_1068 () Int)
(declare-fun phase_1084 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1389 () Real)
(declare-fun boundary () Int)
(declare-fun x_622 () Real)
(declare-fun x_105 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_40 6))
(assert
 (= phase_433 22))
(assert
 (= phase_434 22))
(assert
 (= phase_444 22))
(assert
 (= phase_445 22))
(assert
 (= phase_446 22))
(assert
 (= phase_447 22))
(assert
 (= phase_448 22))
(assert
 (= phase_449 22))
(assert
 (= phase_968 18))
(assert
 (= phase_988 18))
(assert
 (= phase_995 26))
(assert
 (= phase_1004 18))
(assert
 (= phase_1009 51))
(assert
 (= phase_1020 18))
(assert
 (= phase_1036 18))
(assert
 (= phase_1052 18))
(assert
 (= phase_1068 18))
(assert
 (= phase_1084 18))
(assert
 (= phase_1090 7))
(assert
 (let ((?x141625 (* (- 1.0) x_1389)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x145492 (ite $x251235 ?x141625 0.0)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x138514 (ite $x127239 (* 1.0 x_1389) 0.0)))
 (let ((?x106760 (* (- 1.0) x_622)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x113738 (ite $x24162 ?x106760 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x100600 (ite $x208249 (* 1.0 x_622) 0.0)))
 (let ((?x65711 (* (- 1.0) x_105)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x73992 (ite $x272189 ?x65711 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x54528 (ite $x191692 (* 1.0 x_105) 0.0)))
 (let ((?x194564 (+ ?x54528 ?x73992 ?x100600 ?x113738 ?x138514 ?x145492)))
 (let (($x171580 (= read_value x_1389)))
 (let (($x198876 (= read_index 17)))
 (let (($x98825 (and (and $x198876 (not (= phase_995 (- phase_1009 1)))) (= boundary (- phase_1009 2)))))
 (let (($x127921 (= read_value x_622)))
 (let (($x136497 (and (and (= read_index 16) (not false)) (= boundary (- phase_449 1)))))
 (let (($x140818 (and (and (= read_index 15) (not false)) (= boundary (- phase_448 1)))))
 (let (($x165531 (and (and (= read_index 14) (not false)) (= boundary (- phase_447 1)))))
 (let (($x165610 (and (and (= read_index 13) (not false)) (= boundary (- phase_446 1)))))
 (let (($x98588 (and (and (= read_index 12) (not false)) (= boundary (- phase_445 1)))))
 (let (($x225171 (and (and (= read_index 11) (not false)) (= boundary (- phase_444 1)))))
 (let (($x197594 (and (and (= read_index 10) (not false)) (= boundary (- phase_434 1)))))
 (let (($x190424 (and (and (= read_index 9) (not false)) (= boundary (- phase_433 1)))))
 (let (($x85625 (= read_value x_105)))
 (let (($x26712 (= read_index 8)))
 (let (($x97789 (and (and $x26712 (not (= phase_40 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x107101 (and (and (= read_index 7) (not false)) (= boundary (- phase_1084 1)))))
 (let (($x190420 (and (and (= read_index 6) (not false)) (= boundary (- phase_1068 1)))))
 (let (($x36819 (and (and (= read_index 5) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x99810 (and (and (= read_index 4) (not false)) (= boundary (- phase_1036 1)))))
 (let (($x265764 (and (and (= read_index 3) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x207990 (and (and (= read_index 2) (not false)) (= boundary (- phase_1004 1)))))
 (let (($x133823 (and (and (= read_index 1) (not false)) (= boundary (- phase_988 1)))))
 (let (($x62338 (and (and (= read_index 0) (not false)) (= boundary (- phase_968 1)))))
 (let (($x24940 (or (and $x62338 $x85625) (and $x133823 $x85625) (and $x207990 $x85625) (and $x265764 $x85625) (and $x99810 $x85625) (and $x36819 $x85625) (and $x190420 $x85625) (and $x107101 $x85625) (and $x97789 $x85625) (and $x190424 $x127921) (and $x197594 $x127921) (and $x225171 $x127921) (and $x98588 $x127921) (and $x165610 $x127921) (and $x165531 $x127921) (and $x140818 $x127921) (and $x136497 $x127921) (and $x98825 $x171580))))
 (and $x24940 (and (distinct ?x194564 read_value) true)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
