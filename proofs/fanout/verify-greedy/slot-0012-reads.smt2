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
(declare-fun x_126 () Real)
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
 (let ((?x11971 (* 1.0 x_126)))
 (let (($x14680 (>= boundary 7)))
 (let ((?x11986 (ite $x14680 ?x11971 0.0)))
 (let ((?x6226 (* (- 1.0) x_12)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x9651 (ite $x17771 ?x6226 0.0)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x2927 (ite $x31234 (* 1.0 x_12) 0.0)))
 (let ((?x14237 (+ ?x2927 ?x9651 ?x11986)))
 (let (($x29520 (= read_value x_126)))
 (let (($x14319 (= read_value x_12)))
 (let (($x32355 (and (and (= read_index 33) (not false)) (= boundary (- phase_36 1)))))
 (let (($x67145 (and (and (= read_index 32) (not false)) (= boundary (- phase_35 1)))))
 (let (($x8014 (and (and (= read_index 31) (not false)) (= boundary (- phase_34 1)))))
 (let (($x37676 (and (and (= read_index 30) (not false)) (= boundary (- phase_33 1)))))
 (let (($x72153 (and (and (= read_index 29) (not false)) (= boundary (- phase_32 1)))))
 (let (($x5536 (and (and (= read_index 28) (not false)) (= boundary (- phase_31 1)))))
 (let (($x31570 (and (and (= read_index 27) (not false)) (= boundary (- phase_30 1)))))
 (let (($x31082 (and (and (= read_index 26) (not false)) (= boundary (- phase_29 1)))))
 (let (($x31849 (and (and (= read_index 25) (not false)) (= boundary (- phase_28 1)))))
 (let (($x104800 (and (and (= read_index 24) (not false)) (= boundary (- phase_27 1)))))
 (let (($x28694 (and (and (= read_index 23) (not false)) (= boundary (- phase_26 1)))))
 (let (($x74202 (and (and (= read_index 22) (not false)) (= boundary (- phase_25 1)))))
 (let (($x20287 (and (and (= read_index 21) (not false)) (= boundary (- phase_24 1)))))
 (let (($x31448 (and (and (= read_index 20) (not false)) (= boundary (- phase_23 1)))))
 (let (($x85963 (and (and (= read_index 19) (not false)) (= boundary (- phase_22 1)))))
 (let (($x20735 (and (and (= read_index 18) (not false)) (= boundary (- phase_21 1)))))
 (let (($x30465 (and (and (= read_index 17) (not false)) (= boundary (- phase_20 1)))))
 (let (($x86726 (and (and (= read_index 16) (not false)) (= boundary (- phase_18 1)))))
 (let (($x28558 (and (and (= read_index 15) (not false)) (= boundary (- phase_17 1)))))
 (let (($x86559 (and (and (= read_index 14) (not false)) (= boundary (- phase_16 1)))))
 (let (($x88045 (and (and (= read_index 13) (not false)) (= boundary (- phase_15 1)))))
 (let (($x31382 (and (and (= read_index 12) (not false)) (= boundary (- phase_14 1)))))
 (let (($x3673 (and (and (= read_index 11) (not false)) (= boundary (- phase_13 1)))))
 (let (($x88070 (and (and (= read_index 10) (not false)) (= boundary (- phase_12 1)))))
 (let (($x22648 (and (and (= read_index 9) (not false)) (= boundary (- phase_11 1)))))
 (let (($x29905 (and (and (= read_index 8) (not false)) (= boundary (- phase_10 1)))))
 (let (($x41466 (and (and (= read_index 7) (not false)) (= boundary (- phase_9 1)))))
 (let (($x87957 (and (and (= read_index 6) (not false)) (= boundary (- phase_8 1)))))
 (let (($x85103 (and (and (= read_index 5) (not false)) (= boundary (- phase_7 1)))))
 (let (($x67071 (and (and (= read_index 4) (not false)) (= boundary (- phase_6 1)))))
 (let (($x31384 (and (and (= read_index 3) (not false)) (= boundary (- phase_5 1)))))
 (let (($x22035 (and (and (= read_index 2) (not false)) (= boundary (- phase_4 1)))))
 (let (($x19582 (and (and (= read_index 1) (not false)) (= boundary (- phase_3 1)))))
 (let (($x8679 (and (and (= read_index 0) (not false)) (= boundary (- phase_2 1)))))
 (let (($x14999 (or (and $x8679 $x14319) (and $x19582 $x14319) (and $x22035 $x14319) (and $x31384 $x14319) (and $x67071 $x14319) (and $x85103 $x14319) (and $x87957 $x14319) (and $x41466 $x14319) (and $x29905 $x14319) (and $x22648 $x14319) (and $x88070 $x14319) (and $x3673 $x14319) (and $x31382 $x14319) (and $x88045 $x14319) (and $x86559 $x14319) (and $x28558 $x14319) (and $x86726 $x14319) (and $x30465 $x14319) (and $x20735 $x14319) (and $x85963 $x14319) (and $x31448 $x14319) (and $x20287 $x14319) (and $x74202 $x14319) (and $x28694 $x14319) (and $x104800 $x14319) (and $x31849 $x14319) (and $x31082 $x14319) (and $x31570 $x14319) (and $x5536 $x14319) (and $x72153 $x14319) (and $x37676 $x14319) (and $x8014 $x14319) (and $x67145 $x14319) (and $x32355 $x14319) (and (and (= read_index 34) (= boundary 11)) $x29520))))
 (and $x14999 (and (distinct ?x14237 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
