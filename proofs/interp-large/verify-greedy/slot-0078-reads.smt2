(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_38 () Int)
(declare-fun phase_433 () Int)
(declare-fun phase_434 () Int)
(declare-fun phase_435 () Int)
(declare-fun phase_436 () Int)
(declare-fun phase_446 () Int)
(declare-fun phase_447 () Int)
(declare-fun phase_448 () Int)
(declare-fun phase_449 () Int)
(declare-fun phase_966 () Int)
(declare-fun phase_986 () Int)
(declare-fun phase_990 () Int)
(declare-fun phase_993 () Int)
(declare-fun phase_1002 () Int)
(declare-fun phase_1018 () Int)
(declare-fun phase_1034 () Int)
(declare-fun phase_1050 () Int)
(declare-fun phase_1066 () Int)
(declare-fun phase_1082 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1384 () Real)
(declare-fun boundary () Int)
(declare-fun x_620 () Real)
(declare-fun x_103 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_38 6))
(assert
 (= phase_433 22))
(assert
 (= phase_434 22))
(assert
 (= phase_435 22))
(assert
 (= phase_436 22))
(assert
 (= phase_446 22))
(assert
 (= phase_447 22))
(assert
 (= phase_448 22))
(assert
 (= phase_449 22))
(assert
 (= phase_966 18))
(assert
 (= phase_986 18))
(assert
 (= phase_990 26))
(assert
 (= phase_993 51))
(assert
 (= phase_1002 18))
(assert
 (= phase_1018 18))
(assert
 (= phase_1034 18))
(assert
 (= phase_1050 18))
(assert
 (= phase_1066 18))
(assert
 (= phase_1082 18))
(assert
 (= phase_1090 7))
(assert
 (let ((?x170706 (* (- 1.0) x_1384)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x180445 (ite $x251235 ?x170706 0.0)))
 (let (($x127239 (>= boundary 27)))
 (let ((?x153566 (ite $x127239 (* 1.0 x_1384) 0.0)))
 (let ((?x130116 (* (- 1.0) x_620)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x131152 (ite $x24162 ?x130116 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x125743 (ite $x208249 (* 1.0 x_620) 0.0)))
 (let ((?x61301 (* (- 1.0) x_103)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x95362 (ite $x272189 ?x61301 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x55314 (ite $x191692 (* 1.0 x_103) 0.0)))
 (let ((?x186890 (+ ?x55314 ?x95362 ?x125743 ?x131152 ?x153566 ?x180445)))
 (let (($x211511 (= read_value x_1384)))
 (let (($x198876 (= read_index 17)))
 (let (($x23151 (and (and $x198876 (not (= phase_990 (- phase_993 1)))) (= boundary (- phase_993 2)))))
 (let (($x79910 (= read_value x_620)))
 (let (($x90541 (and (and (= read_index 16) (not false)) (= boundary (- phase_449 1)))))
 (let (($x196025 (and (and (= read_index 15) (not false)) (= boundary (- phase_448 1)))))
 (let (($x129307 (and (and (= read_index 14) (not false)) (= boundary (- phase_447 1)))))
 (let (($x213995 (and (and (= read_index 13) (not false)) (= boundary (- phase_446 1)))))
 (let (($x224532 (and (and (= read_index 12) (not false)) (= boundary (- phase_436 1)))))
 (let (($x126696 (and (and (= read_index 11) (not false)) (= boundary (- phase_435 1)))))
 (let (($x175618 (and (and (= read_index 10) (not false)) (= boundary (- phase_434 1)))))
 (let (($x26430 (and (and (= read_index 9) (not false)) (= boundary (- phase_433 1)))))
 (let (($x64124 (= read_value x_103)))
 (let (($x26712 (= read_index 8)))
 (let (($x100892 (and (and $x26712 (not (= phase_38 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x135722 (and (and (= read_index 7) (not false)) (= boundary (- phase_1082 1)))))
 (let (($x219330 (and (and (= read_index 6) (not false)) (= boundary (- phase_1066 1)))))
 (let (($x145888 (and (and (= read_index 5) (not false)) (= boundary (- phase_1050 1)))))
 (let (($x145842 (and (and (= read_index 4) (not false)) (= boundary (- phase_1034 1)))))
 (let (($x226500 (and (and (= read_index 3) (not false)) (= boundary (- phase_1018 1)))))
 (let (($x189244 (and (and (= read_index 2) (not false)) (= boundary (- phase_1002 1)))))
 (let (($x150622 (and (and (= read_index 1) (not false)) (= boundary (- phase_986 1)))))
 (let (($x56337 (and (and (= read_index 0) (not false)) (= boundary (- phase_966 1)))))
 (let (($x259964 (or (and $x56337 $x64124) (and $x150622 $x64124) (and $x189244 $x64124) (and $x226500 $x64124) (and $x145842 $x64124) (and $x145888 $x64124) (and $x219330 $x64124) (and $x135722 $x64124) (and $x100892 $x64124) (and $x26430 $x79910) (and $x175618 $x79910) (and $x126696 $x79910) (and $x224532 $x79910) (and $x213995 $x79910) (and $x129307 $x79910) (and $x196025 $x79910) (and $x90541 $x79910) (and $x23151 $x211511))))
 (and $x259964 (and (distinct ?x186890 read_value) true)))))))))))))))))))))))))))))))))))))))))))
(check-sat)
