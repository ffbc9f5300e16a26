(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_44 () Int)
(declare-fun phase_971 () Int)
(declare-fun phase_991 () Int)
(declare-fun phase_1007 () Int)
(declare-fun phase_1023 () Int)
(declare-fun phase_1039 () Int)
(declare-fun phase_1047 () Int)
(declare-fun phase_1055 () Int)
(declare-fun phase_1057 () Int)
(declare-fun phase_1071 () Int)
(declare-fun phase_1087 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1441 () Real)
(declare-fun boundary () Int)
(declare-fun x_109 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_44 6))
(assert
 (= phase_971 26))
(assert
 (= phase_991 26))
(assert
 (= phase_1007 26))
(assert
 (= phase_1023 26))
(assert
 (= phase_1039 26))
(assert
 (= phase_1047 46))
(assert
 (= phase_1055 26))
(assert
 (= phase_1057 51))
(assert
 (= phase_1071 26))
(assert
 (= phase_1087 26))
(assert
 (= phase_1090 7))
(assert
 (let ((?x192881 (* (- 1.0) x_1441)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x211993 (ite $x251235 ?x192881 0.0)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x187018 (ite $x130502 (* 1.0 x_1441) 0.0)))
 (let ((?x128481 (* (- 1.0) x_109)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x133131 (ite $x127239 ?x128481 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x110200 (ite $x191692 (* 1.0 x_109) 0.0)))
 (let ((?x215548 (+ ?x110200 ?x133131 ?x187018 ?x211993)))
 (let (($x194393 (= read_value x_1441)))
 (let (($x191872 (= read_index 9)))
 (let (($x38380 (and (and $x191872 (not (= phase_1047 (- phase_1057 1)))) (= boundary (- phase_1057 2)))))
 (let (($x109489 (= read_value x_109)))
 (let (($x26712 (= read_index 8)))
 (let (($x61700 (and (and $x26712 (not (= phase_44 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x133740 (and (and (= read_index 7) (not false)) (= boundary (- phase_1087 1)))))
 (let (($x8861 (and (and (= read_index 6) (not false)) (= boundary (- phase_1071 1)))))
 (let (($x234911 (and (and (= read_index 5) (not false)) (= boundary (- phase_1055 1)))))
 (let (($x217410 (and (and (= read_index 4) (not false)) (= boundary (- phase_1039 1)))))
 (let (($x118286 (and (and (= read_index 3) (not false)) (= boundary (- phase_1023 1)))))
 (let (($x11122 (and (and (= read_index 2) (not false)) (= boundary (- phase_1007 1)))))
 (let (($x225566 (and (and (= read_index 1) (not false)) (= boundary (- phase_991 1)))))
 (let (($x96120 (and (and (= read_index 0) (not false)) (= boundary (- phase_971 1)))))
 (let (($x139558 (or (and $x96120 $x109489) (and $x225566 $x109489) (and $x11122 $x109489) (and $x118286 $x109489) (and $x217410 $x109489) (and $x234911 $x109489) (and $x8861 $x109489) (and $x133740 $x109489) (and $x61700 $x109489) (and $x38380 $x194393))))
 (and $x139558 (and (distinct ?x215548 read_value) true)))))))))))))))))))))))))))))
(check-sat)
