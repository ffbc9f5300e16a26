(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_406 () Int)
(declare-fun phase_413 () Int)
(declare-fun phase_421 () Int)
(declare-fun phase_510 () Int)
(declare-fun phase_519 () Int)
(declare-fun phase_527 () Int)
(declare-fun phase_634 () Int)
(declare-fun phase_643 () Int)
(declare-fun phase_652 () Int)
(declare-fun phase_661 () Int)
(declare-fun phase_670 () Int)
(declare-fun phase_679 () Int)
(declare-fun phase_688 () Int)
(declare-fun phase_697 () Int)
(declare-fun phase_961 () Int)
(declare-fun read_value () Real)
(declare-fun x_1330 () Real)
(declare-fun boundary () Int)
(declare-fun x_531 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_406 18))
(assert
 (= phase_413 18))
(assert
 (= phase_421 18))
(assert
 (= phase_510 26))
(assert
 (= phase_519 26))
(assert
 (= phase_527 26))
(assert
 (= phase_634 26))
(assert
 (= phase_643 26))
(assert
 (= phase_652 26))
(assert
 (= phase_661 30))
(assert
 (= phase_670 26))
(assert
 (= phase_679 26))
(assert
 (= phase_688 26))
(assert
 (= phase_697 26))
(assert
 (= phase_961 42))
(assert
 (let ((?x86886 (* (- 1.0) x_1330)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x95172 (ite $x139643 ?x86886 0.0)))
 (let (($x145087 (>= boundary 33)))
 (let ((?x72891 (ite $x145087 (* 1.0 x_1330) 0.0)))
 (let ((?x45703 (* (- 1.0) x_531)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x56675 (ite $x164108 ?x45703 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x37741 (ite $x172763 (* 1.0 x_531) 0.0)))
 (let ((?x101308 (+ ?x37741 ?x56675 ?x72891 ?x95172)))
 (let (($x80043 (= read_value x_1330)))
 (let (($x154923 (and (and (= read_index 14) (not false)) (= boundary (- phase_961 1)))))
 (let (($x23043 (= read_value x_531)))
 (let (($x156350 (and (and (= read_index 13) (not false)) (= boundary (- phase_697 1)))))
 (let (($x36811 (and (and (= read_index 12) (not false)) (= boundary (- phase_688 1)))))
 (let (($x62553 (and (and (= read_index 11) (not false)) (= boundary (- phase_679 1)))))
 (let (($x64073 (and (and (= read_index 10) (not false)) (= boundary (- phase_670 1)))))
 (let (($x243942 (and (and (= read_index 9) (not false)) (= boundary (- phase_661 1)))))
 (let (($x156308 (and (and (= read_index 8) (not false)) (= boundary (- phase_652 1)))))
 (let (($x123714 (and (and (= read_index 7) (not false)) (= boundary (- phase_643 1)))))
 (let (($x33072 (and (and (= read_index 6) (not false)) (= boundary (- phase_634 1)))))
 (let (($x51480 (and (and (= read_index 5) (not false)) (= boundary (- phase_527 1)))))
 (let (($x256998 (and (and (= read_index 4) (not false)) (= boundary (- phase_519 1)))))
 (let (($x109437 (and (and (= read_index 3) (not false)) (= boundary (- phase_510 1)))))
 (let (($x182277 (and (and (= read_index 2) (not false)) (= boundary (- phase_421 1)))))
 (let (($x124162 (and (and (= read_index 1) (not false)) (= boundary (- phase_413 1)))))
 (let (($x22339 (and (and (= read_index 0) (not false)) (= boundary (- phase_406 1)))))
 (let (($x132362 (or (and $x22339 $x23043) (and $x124162 $x23043) (and $x182277 $x23043) (and $x109437 $x23043) (and $x256998 $x23043) (and $x51480 $x23043) (and $x33072 $x23043) (and $x123714 $x23043) (and $x156308 $x23043) (and $x243942 $x23043) (and $x64073 $x23043) (and $x62553 $x23043) (and $x36811 $x23043) (and $x156350 $x23043) (and $x154923 $x80043))))
 (and $x132362 (and (distinct ?x101308 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
