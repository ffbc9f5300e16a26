(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
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
(declare-fun phase_28 () Int)
(declare-fun phase_29 () Int)
(declare-fun phase_30 () Int)
(declare-fun phase_31 () Int)
(declare-fun phase_33 () Int)
(declare-fun phase_34 () Int)
(declare-fun phase_35 () Int)
(declare-fun phase_36 () Int)
(declare-fun phase_37 () Int)
(declare-fun phase_179 () Int)
(declare-fun phase_180 () Int)
(declare-fun read_value () Real)
(declare-fun x_178 () Real)
(declare-fun boundary () Int)
(declare-fun x_43 () Real)
(declare-fun x_30 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_13 26))
(assert
 (= phase_14 26))
(assert
 (= phase_15 6))
(assert
 (= phase_16 6))
(assert
 (= phase_17 18))
(assert
 (= phase_18 22))
(assert
 (= phase_19 6))
(assert
 (= phase_20 6))
(assert
 (= phase_21 22))
(assert
 (= phase_22 26))
(assert
 (= phase_23 26))
(assert
 (= phase_24 26))
(assert
 (= phase_25 26))
(assert
 (= phase_26 26))
(assert
 (= phase_27 26))
(assert
 (= phase_28 26))
(assert
 (= phase_29 26))
(assert
 (= phase_30 26))
(assert
 (= phase_31 26))
(assert
 (= phase_33 26))
(assert
 (= phase_34 26))
(assert
 (= phase_35 26))
(assert
 (= phase_36 26))
(assert
 (= phase_37 22))
(assert
 (= phase_179 34))
(assert
 (= phase_180 34))
(assert
 (let ((?x10526 (* (- 1.0) x_178)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x10658 (ite $x21637 ?x10526 0.0)))
 (let (($x2147 (>= boundary 31)))
 (let ((?x10518 (ite $x2147 (* 1.0 x_178) 0.0)))
 (let ((?x9601 (* (- 1.0) x_43)))
 (let (($x29669 (>= boundary 27)))
 (let ((?x9784 (ite $x29669 ?x9601 0.0)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x8667 (ite $x25164 (* 1.0 x_43) 0.0)))
 (let ((?x5808 (* (- 1.0) x_30)))
 (let (($x33860 (>= boundary 3)))
 (let ((?x5846 (ite $x33860 ?x5808 0.0)))
 (let (($x15290 (>= boundary 1)))
 (let ((?x4784 (ite $x15290 (* 1.0 x_30) 0.0)))
 (let ((?x11200 (+ ?x4784 ?x5846 ?x8667 ?x9784 ?x10518 ?x10658)))
 (let (($x20534 (= read_value x_178)))
 (let (($x502 (and (and (= read_index 26) (not false)) (= boundary (- phase_180 1)))))
 (let (($x11286 (and (and (= read_index 25) (not false)) (= boundary (- phase_179 1)))))
 (let (($x10096 (= read_value x_43)))
 (let (($x15806 (and (and (= read_index 24) (not false)) (= boundary (- phase_37 1)))))
 (let (($x10542 (and (and (= read_index 23) (not false)) (= boundary (- phase_36 1)))))
 (let (($x15623 (and (and (= read_index 22) (not false)) (= boundary (- phase_35 1)))))
 (let (($x6777 (and (and (= read_index 21) (not false)) (= boundary (- phase_34 1)))))
 (let (($x21520 (and (and (= read_index 20) (not false)) (= boundary (- phase_33 1)))))
 (let (($x15921 (and (and (= read_index 19) (not false)) (= boundary (- phase_31 1)))))
 (let (($x14328 (and (and (= read_index 18) (not false)) (= boundary (- phase_30 1)))))
 (let (($x13220 (and (and (= read_index 17) (not false)) (= boundary (- phase_29 1)))))
 (let (($x510 (and (and (= read_index 16) (not false)) (= boundary (- phase_28 1)))))
 (let (($x12631 (and (and (= read_index 15) (not false)) (= boundary (- phase_27 1)))))
 (let (($x8540 (and (and (= read_index 14) (not false)) (= boundary (- phase_26 1)))))
 (let (($x13321 (and (and (= read_index 13) (not false)) (= boundary (- phase_25 1)))))
 (let (($x38406 (and (and (= read_index 12) (not false)) (= boundary (- phase_24 1)))))
 (let (($x33988 (and (and (= read_index 11) (not false)) (= boundary (- phase_23 1)))))
 (let (($x23086 (and (and (= read_index 10) (not false)) (= boundary (- phase_22 1)))))
 (let (($x8430 (and (and (= read_index 9) (not false)) (= boundary (- phase_21 1)))))
 (let (($x25387 (and (and (= read_index 8) (not false)) (= boundary (- phase_20 1)))))
 (let (($x6169 (and (and (= read_index 7) (not false)) (= boundary (- phase_19 1)))))
 (let (($x22142 (and (and (= read_index 6) (not false)) (= boundary (- phase_18 1)))))
 (let (($x13208 (and (and (= read_index 5) (not false)) (= boundary (- phase_17 1)))))
 (let (($x22129 (and (and (= read_index 4) (not false)) (= boundary (- phase_16 1)))))
 (let (($x16358 (and (and (= read_index 3) (not false)) (= boundary (- phase_15 1)))))
 (let (($x12054 (and (and (= read_index 2) (not false)) (= boundary (- phase_14 1)))))
 (let (($x9960 (and (and (= read_index 1) (not false)) (= boundary (- phase_13 1)))))
 (let (($x3744 (= read_value x_30)))
 (let (($x2962 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (let (($x16715 (or (and $x2962 $x3744) (and $x9960 $x10096) (and $x12054 $x10096) (and $x16358 $x10096) (and $x22129 $x10096) (and $x13208 $x10096) (and $x22142 $x10096) (and $x6169 $x10096) (and $x25387 $x10096) (and $x8430 $x10096) (and $x23086 $x10096) (and $x33988 $x10096) (and $x38406 $x10096) (and $x13321 $x10096) (and $x8540 $x10096) (and $x12631 $x10096) (and $x510 $x10096) (and $x13220 $x10096) (and $x14328 $x10096) (and $x15921 $x10096) (and $x21520 $x10096) (and $x6777 $x10096) (and $x15623 $x10096) (and $x10542 $x10096) (and $x15806 $x10096) (and $x11286 $x20534) (and $x502 $x20534))))
 (and $x16715 (and (distinct ?x11200 read_value) true))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
