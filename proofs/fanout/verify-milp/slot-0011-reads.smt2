(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(declare-fun phase_6 () Int)
(declare-fun phase_7 () Int)
(declare-fun phase_8 () Int)
(declare-fun phase_9 () Int)
(declare-fun phase_11 () Int)
(declare-fun phase_12 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_17 () Int)
(declare-fun phase_18 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_20 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_22 () Int)
(declare-fun phase_23 () Int)
(declare-fun phase_24 () Int)
(declare-fun phase_25 () Int)
(declare-fun phase_26 () Int)
(declare-fun phase_27 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_32 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun read_value () Real)
(declare-fun x_89 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
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
 (= phase_19 2))
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
 (let ((?x11199 (* 1.0 x_89)))
 (let (($x11887 (>= boundary 7)))
 (let ((?x12758 (ite $x11887 ?x11199 0.0)))
 (let ((?x6224 (* (- 1.0) x_11)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x6372 (ite $x13403 ?x6224 0.0)))
 (let (($x17621 (>= boundary 1)))
 (let ((?x5439 (ite $x17621 (* 1.0 x_11) 0.0)))
 (let ((?x12763 (+ ?x5439 ?x6372 ?x12758)))
 (let (($x16312 (= read_value x_89)))
 (let (($x10725 (= read_value x_11)))
 (let (($x13632 (and (and (= read_index 33) (not false)) (= boundary (- phase_36 1)))))
 (let (($x35187 (and (and (= read_index 32) (not false)) (= boundary (- phase_35 1)))))
 (let (($x16659 (and (and (= read_index 31) (not false)) (= boundary (- phase_34 1)))))
 (let (($x43575 (and (and (= read_index 30) (not false)) (= boundary (- phase_33 1)))))
 (let (($x19732 (and (and (= read_index 29) (not false)) (= boundary (- phase_32 1)))))
 (let (($x46963 (and (and (= read_index 28) (not false)) (= boundary (- phase_31 1)))))
 (let (($x11778 (and (and (= read_index 27) (not false)) (= boundary (- phase_30 1)))))
 (let (($x38736 (and (and (= read_index 26) (not false)) (= boundary (- phase_29 1)))))
 (let (($x2597 (and (and (= read_index 25) (not false)) (= boundary (- phase_27 1)))))
 (let (($x6648 (and (and (= read_index 24) (not false)) (= boundary (- phase_26 1)))))
 (let (($x28090 (and (and (= read_index 23) (not false)) (= boundary (- phase_25 1)))))
 (let (($x22798 (and (and (= read_index 22) (not false)) (= boundary (- phase_24 1)))))
 (let (($x12383 (and (and (= read_index 21) (not false)) (= boundary (- phase_23 1)))))
 (let (($x17665 (and (and (= read_index 20) (not false)) (= boundary (- phase_22 1)))))
 (let (($x12073 (and (and (= read_index 19) (not false)) (= boundary (- phase_21 1)))))
 (let (($x3464 (and (and (= read_index 18) (not false)) (= boundary (- phase_20 1)))))
 (let (($x24596 (and (and (= read_index 17) (not false)) (= boundary (- phase_19 1)))))
 (let (($x15186 (and (and (= read_index 16) (not false)) (= boundary (- phase_18 1)))))
 (let (($x29497 (and (and (= read_index 15) (not false)) (= boundary (- phase_17 1)))))
 (let (($x37801 (and (and (= read_index 14) (not false)) (= boundary (- phase_16 1)))))
 (let (($x18439 (and (and (= read_index 13) (not false)) (= boundary (- phase_15 1)))))
 (let (($x28843 (and (and (= read_index 12) (not false)) (= boundary (- phase_14 1)))))
 (let (($x39836 (and (and (= read_index 11) (not false)) (= boundary (- phase_13 1)))))
 (let (($x87170 (and (and (= read_index 10) (not false)) (= boundary (- phase_12 1)))))
 (let (($x7879 (and (and (= read_index 9) (not false)) (= boundary (- phase_11 1)))))
 (let (($x22109 (and (and (= read_index 8) (not false)) (= boundary (- phase_9 1)))))
 (let (($x92931 (and (and (= read_index 7) (not false)) (= boundary (- phase_8 1)))))
 (let (($x69261 (and (and (= read_index 6) (not false)) (= boundary (- phase_7 1)))))
 (let (($x48046 (and (and (= read_index 5) (not false)) (= boundary (- phase_6 1)))))
 (let (($x37060 (and (and (= read_index 4) (not false)) (= boundary (- phase_5 1)))))
 (let (($x25571 (and (and (= read_index 3) (not false)) (= boundary (- phase_4 1)))))
 (let (($x22159 (and (and (= read_index 2) (not false)) (= boundary (- phase_3 1)))))
 (let (($x14959 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x9841 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x93031 (or (and $x9841 $x10725) (and $x14959 $x10725) (and $x22159 $x10725) (and $x25571 $x10725) (and $x37060 $x10725) (and $x48046 $x10725) (and $x69261 $x10725) (and $x92931 $x10725) (and $x22109 $x10725) (and $x7879 $x10725) (and $x87170 $x10725) (and $x39836 $x10725) (and $x28843 $x10725) (and $x18439 $x10725) (and $x37801 $x10725) (and $x29497 $x10725) (and $x15186 $x10725) (and $x24596 $x10725) (and $x3464 $x10725) (and $x12073 $x10725) (and $x17665 $x10725) (and $x12383 $x10725) (and $x22798 $x10725) (and $x28090 $x10725) (and $x6648 $x10725) (and $x2597 $x10725) (and $x38736 $x10725) (and $x11778 $x10725) (and $x46963 $x10725) (and $x19732 $x10725) (and $x43575 $x10725) (and $x16659 $x10725) (and $x35187 $x10725) (and $x13632 $x10725) (and (and (= read_index 34) (= boundary 11)) $x16312))))
 (and $x93031 (and (distinct ?x12763 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
