(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_10 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun read_value () Real)
(declare-fun x_163 () Real)
(declare-fun boundary () Int)
(declare-fun x_12 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 2))
(assert
 (= phase_5 2))
(assert
 (= phase_6 2))
(assert
 (= phase_7 2))
(assert
 (= phase_8 2))
(assert
 (= phase_9 2))
(assert
 (= phase_10 2))
(assert
 (= phase_11 2))
(assert
 (= phase_12 2))
(assert
 (= phase_13 2))
(assert
 (= phase_14 2))
(assert
 (= phase_15 2))
(assert
 (= phase_16 2))
(assert
 (= phase_17 2))
(assert
 (= phase_18 2))
(assert
 (= phase_20 2))
(assert
 (= phase_21 2))
(assert
 (= phase_22 2))
(assert
 (= phase_23 2))
(assert
 (= phase_24 2))
(assert
 (= phase_25 2))
(assert
 (= phase_26 2))
(assert
 (= phase_27 2))
(assert
 (= phase_28 2))
(assert
 (= phase_29 2))
(assert
 (= phase_30 2))
(assert
 (= phase_31 2))
(assert
 (= phase_32 2))
(assert
 (= phase_33 2))
(assert
 (= phase_34 2))
(assert
 (= phase_35 2))
(assert
 (= phase_36 2))
(assert
 (let ((?x8975 (* 1.0 x_163)))
 (let (($x11887 (>= boundary 7)))
 (let ((?x11513 (ite $x11887 ?x8975 0.0)))
 (let ((?x3389 (* (- 1.0) x_12)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x6590 (ite $x13403 ?x3389 0.0)))
 (let (($x17621 (>= boundary 1)))
 (let ((?x2901 (ite $x17621 (* 1.0 x_12) 0.0)))
 (let ((?x11918 (+ ?x2901 ?x6590 ?x11513)))
 (let (($x9386 (= read_value x_163)))
 (let (($x5223 (= read_value x_12)))
 (let (($x7291 (and (and (= read_index 33) (not false)) (= boundary (- phase_36 1)))))
 (let (($x25390 (and (and (= read_index 32) (not false)) (= boundary (- phase_35 1)))))
 (let (($x31266 (and (and (= read_index 31) (not false)) (= boundary (- phase_34 1)))))
 (let (($x25639 (and (and (= read_index 30) (not false)) (= boundary (- phase_33 1)))))
 (let (($x35205 (and (and (= read_index 29) (not false)) (= boundary (- phase_32 1)))))
 (let (($x36780 (and (and (= read_index 28) (not false)) (= boundary (- phase_31 1)))))
 (let (($x23613 (and (and (= read_index 27) (not false)) (= boundary (- phase_30 1)))))
 (let (($x4052 (and (and (= read_index 26) (not false)) (= boundary (- phase_29 1)))))
 (let (($x11694 (and (and (= read_index 25) (not false)) (= boundary (- phase_28 1)))))
 (let (($x83990 (and (and (= read_index 24) (not false)) (= boundary (- phase_27 1)))))
 (let (($x92469 (and (and (= read_index 23) (not false)) (= boundary (- phase_26 1)))))
 (let (($x20907 (and (and (= read_index 22) (not false)) (= boundary (- phase_25 1)))))
 (let (($x24588 (and (and (= read_index 21) (not false)) (= boundary (- phase_24 1)))))
 (let (($x45250 (and (and (= read_index 20) (not false)) (= boundary (- phase_23 1)))))
 (let (($x36378 (and (and (= read_index 19) (not false)) (= boundary (- phase_22 1)))))
 (let (($x24719 (and (and (= read_index 18) (not false)) (= boundary (- phase_21 1)))))
 (let (($x9121 (and (and (= read_index 17) (not false)) (= boundary (- phase_20 1)))))
 (let (($x23457 (and (and (= read_index 16) (not false)) (= boundary (- phase_18 1)))))
 (let (($x27237 (and (and (= read_index 15) (not false)) (= boundary (- phase_17 1)))))
 (let (($x87170 (and (and (= read_index 14) (not false)) (= boundary (- phase_16 1)))))
 (let (($x34815 (and (and (= read_index 13) (not false)) (= boundary (- phase_15 1)))))
 (let (($x5439 (and (and (= read_index 12) (not false)) (= boundary (- phase_14 1)))))
 (let (($x37727 (and (and (= read_index 11) (not false)) (= boundary (- phase_13 1)))))
 (let (($x19764 (and (and (= read_index 10) (not false)) (= boundary (- phase_12 1)))))
 (let (($x26085 (and (and (= read_index 9) (not false)) (= boundary (- phase_11 1)))))
 (let (($x34978 (and (and (= read_index 8) (not false)) (= boundary (- phase_10 1)))))
 (let (($x8076 (and (and (= read_index 7) (not false)) (= boundary (- phase_9 1)))))
 (let (($x72203 (and (and (= read_index 6) (not false)) (= boundary (- phase_8 1)))))
 (let (($x39700 (and (and (= read_index 5) (not false)) (= boundary (- phase_7 1)))))
 (let (($x27317 (and (and (= read_index 4) (not false)) (= boundary (- phase_6 1)))))
 (let (($x25187 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x21735 (and (and (= read_index 2) (not false)) (= boundary (- phase_4 1)))))
 (let (($x10946 (and (and (= read_index 1) (not false)) (= boundary (- phase_3 1)))))
 (let (($x4068 (and (and (= read_index 0) (not false)) (= boundary (- phase_2 1)))))
 (let (($x19292 (or (and $x4068 $x5223) (and $x10946 $x5223) (and $x21735 $x5223) (and $x25187 $x5223) (and $x27317 $x5223) (and $x39700 $x5223) (and $x72203 $x5223) (and $x8076 $x5223) (and $x34978 $x5223) (and $x26085 $x5223) (and $x19764 $x5223) (and $x37727 $x5223) (and $x5439 $x5223) (and $x34815 $x5223) (and $x87170 $x5223) (and $x27237 $x5223) (and $x23457 $x5223) (and $x9121 $x5223) (and $x24719 $x5223) (and $x36378 $x5223) (and $x45250 $x5223) (and $x24588 $x5223) (and $x20907 $x5223) (and $x92469 $x5223) (and $x83990 $x5223) (and $x11694 $x5223) (and $x4052 $x5223) (and $x23613 $x5223) (and $x36780 $x5223) (and $x35205 $x5223) (and $x25639 $x5223) (and $x31266 $x5223) (and $x25390 $x5223) (and $x7291 $x5223) (and (and (= read_index 34) (= boundary 11)) $x9386))))
 (and $x19292 (and (distinct ?x11918 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
