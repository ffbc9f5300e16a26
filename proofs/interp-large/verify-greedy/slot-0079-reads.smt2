(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_39 () Int)
(declare-fun phase_433 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_445 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_447 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_967 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_991 () Int)
(declare-fun phase_993 () Int)
(declare-fun phase_1003 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1035 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1067 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1385 () Real)
(declare-fun boundary () Int)
(declare-fun x_621 () Real)
(declare-fun x_104 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_39 6))
(assert
 (= phase_433 22))
(assert
 (= phase_434 22))
(assert
 (= phase_435 22))
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
 (= phase_967 18))
(assert
 (= phase_987 18))
(assert
 (= phase_991 26))
(assert
 (= phase_993 51))
(assert
 (= phase_1003 18))
(assert
 (= phase_1019 18))
(assert
 (= phase_1035 18))
(assert
 (= phase_1051 18))
(assert
 (= phase_1067 18))
(assert
 (= phase_1083 18))
(assert
 (= phase_1090 7))
(assert
 (let ((?x187776 (* (- 1.0) x_1385)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x188839 (ite $x251235 ?x187776 0.0)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x186806 (ite $x127239 (* 1.0 x_1385) 0.0)))
 (let ((?x153666 (* (- 1.0) x_621)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x161300 (ite $x24162 ?x153666 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x149498 (ite $x208249 (* 1.0 x_621) 0.0)))
 (let ((?x110539 (* (- 1.0) x_104)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x121248 (ite $x272189 ?x110539 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x92890 (ite $x191692 (* 1.0 x_104) 0.0)))
 (let ((?x188885 (+ ?x92890 ?x121248 ?x149498 ?x161300 ?x186806 ?x188839)))
 (let (($x58115 (= read_value x_1385)))
 (let (($x198876 (= read_index 17)))
 (let (($x121194 (and (and $x198876 (not (= phase_991 (- phase_993 1)))) (= boundary (- phase_993 2)))))
 (let (($x215953 (= read_value x_621)))
 (let (($x247775 (and (and (= read_index 16) (not false)) (= boundary (- phase_449 1)))))
 (let (($x3468 (and (and (= read_index 15) (not false)) (= boundary (- phase_448 1)))))
 (let (($x141081 (and (and (= read_index 14) (not false)) (= boundary (- phase_447 1)))))
 (let (($x253133 (and (and (= read_index 13) (not false)) (= boundary (- phase_446 1)))))
 (let (($x116133 (and (and (= read_index 12) (not false)) (= boundary (- phase_445 1)))))
 (let (($x124954 (and (and (= read_index 11) (not false)) (= boundary (- phase_435 1)))))
 (let (($x51653 (and (and (= read_index 10) (not false)) (= boundary (- phase_434 1)))))
 (let (($x213817 (and (and (= read_index 9) (not false)) (= boundary (- phase_433 1)))))
 (let (($x64079 (= read_value x_104)))
 (let (($x26712 (= read_index 8)))
 (let (($x45920 (and (and $x26712 (not (= phase_39 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x226793 (and (and (= read_index 7) (not false)) (= boundary (- phase_1083 1)))))
 (let (($x212177 (and (and (= read_index 6) (not false)) (= boundary (- phase_1067 1)))))
 (let (($x224539 (and (and (= read_index 5) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x128481 (and (and (= read_index 4) (not false)) (= boundary (- phase_1035 1)))))
 (let (($x238683 (and (and (= read_index 3) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x157634 (and (and (= read_index 2) (not false)) (= boundary (- phase_1003 1)))))
 (let (($x128140 (and (and (= read_index 1) (not false)) (= boundary (- phase_987 1)))))
 (let (($x43992 (and (and (= read_index 0) (not false)) (= boundary (- phase_967 1)))))
 (let (($x226439 (or (and $x43992 $x64079) (and $x128140 $x64079) (and $x157634 $x64079) (and $x238683 $x64079) (and $x128481 $x64079) (and $x224539 $x64079) (and $x212177 $x64079) (and $x226793 $x64079) (and $x45920 $x64079) (and $x213817 $x215953) (and $x51653 $x215953) (and $x124954 $x215953) (and $x116133 $x215953) (and $x253133 $x215953) (and $x141081 $x215953) (and $x3468 $x215953) (and $x247775 $x215953) (and $x121194 $x58115))))
 (and $x226439 (and (distinct ?x188885 read_value) true)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
