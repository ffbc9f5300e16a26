(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_2 () Int)
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
(declare-fun phase_37 () Int)
(declare-fun phase_188 () Int)
(declare-fun phase_189 () Int)
(declare-fun read_value () Real)
(declare-fun x_181 () Real)
(declare-fun boundary () Int)
(declare-fun x_44 () Real)
(declare-fun x_31 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_2 2))
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
 (= phase_32 26))
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
 (= phase_188 34))
(assert
 (= phase_189 34))
(assert
 (let ((?x15765 (* (- 1.0) x_181)))
 (let (($x21637 (>= boundary 35)))
 (let ((?x17158 (ite $x21637 ?x15765 0.0)))
 (let (($x2147 (>= boundary 31)))
 (let ((?x12956 (ite $x2147 (* 1.0 x_181) 0.0)))
 (let ((?x10200 (* (- 1.0) x_44)))
 (let (($x29669 (>= boundary 27)))
 (let ((?x10670 (ite $x29669 ?x10200 0.0)))
 (let (($x25164 (>= boundary 5)))
 (let ((?x9618 (ite $x25164 (* 1.0 x_44) 0.0)))
 (let ((?x4770 (* (- 1.0) x_31)))
 (let (($x33860 (>= boundary 3)))
 (let ((?x5049 (ite $x33860 ?x4770 0.0)))
 (let (($x15290 (>= boundary 1)))
 (let ((?x3555 (ite $x15290 (* 1.0 x_31) 0.0)))
 (let ((?x17190 (+ ?x3555 ?x5049 ?x9618 ?x10670 ?x12956 ?x17158)))
 (let (($x2763 (= read_value x_181)))
 (let (($x11976 (and (and (= read_index 25) (not false)) (= boundary (- phase_189 1)))))
 (let (($x26512 (and (and (= read_index 24) (not false)) (= boundary (- phase_188 1)))))
 (let (($x15226 (= read_value x_44)))
 (let (($x13121 (and (and (= read_index 23) (not false)) (= boundary (- phase_37 1)))))
 (let (($x15287 (and (and (= read_index 22) (not false)) (= boundary (- phase_36 1)))))
 (let (($x21158 (and (and (= read_index 21) (not false)) (= boundary (- phase_35 1)))))
 (let (($x17488 (and (and (= read_index 20) (not false)) (= boundary (- phase_34 1)))))
 (let (($x2304 (and (and (= read_index 19) (not false)) (= boundary (- phase_33 1)))))
 (let (($x5552 (and (and (= read_index 18) (not false)) (= boundary (- phase_32 1)))))
 (let (($x19342 (and (and (= read_index 17) (not false)) (= boundary (- phase_31 1)))))
 (let (($x20473 (and (and (= read_index 16) (not false)) (= boundary (- phase_30 1)))))
 (let (($x58794 (and (and (= read_index 15) (not false)) (= boundary (- phase_29 1)))))
 (let (($x7123 (and (and (= read_index 14) (not false)) (= boundary (- phase_28 1)))))
 (let (($x13184 (and (and (= read_index 13) (not false)) (= boundary (- phase_27 1)))))
 (let (($x7189 (and (and (= read_index 12) (not false)) (= boundary (- phase_25 1)))))
 (let (($x5945 (and (and (= read_index 11) (not false)) (= boundary (- phase_24 1)))))
 (let (($x19988 (and (and (= read_index 10) (not false)) (= boundary (- phase_23 1)))))
 (let (($x9638 (and (and (= read_index 9) (not false)) (= boundary (- phase_22 1)))))
 (let (($x26796 (and (and (= read_index 8) (not false)) (= boundary (- phase_21 1)))))
 (let (($x2616 (and (and (= read_index 7) (not false)) (= boundary (- phase_20 1)))))
 (let (($x11585 (and (and (= read_index 6) (not false)) (= boundary (- phase_19 1)))))
 (let (($x12441 (and (and (= read_index 5) (not false)) (= boundary (- phase_18 1)))))
 (let (($x26847 (and (and (= read_index 4) (not false)) (= boundary (- phase_17 1)))))
 (let (($x21569 (and (and (= read_index 3) (not false)) (= boundary (- phase_16 1)))))
 (let (($x17333 (and (and (= read_index 2) (not false)) (= boundary (- phase_15 1)))))
 (let (($x15014 (and (and (= read_index 1) (not false)) (= boundary (- phase_14 1)))))
 (let (($x5955 (= read_value x_31)))
 (let (($x3610 (and (and (= read_index 0) (not false)) (= boundary (- phase_2 1)))))
 (let (($x22491 (or (and $x3610 $x5955) (and $x15014 $x15226) (and $x17333 $x15226) (and $x21569 $x15226) (and $x26847 $x15226) (and $x12441 $x15226) (and $x11585 $x15226) (and $x2616 $x15226) (and $x26796 $x15226) (and $x9638 $x15226) (and $x19988 $x15226) (and $x5945 $x15226) (and $x7189 $x15226) (and $x13184 $x15226) (and $x7123 $x15226) (and $x58794 $x15226) (and $x20473 $x15226) (and $x19342 $x15226) (and $x5552 $x15226) (and $x2304 $x15226) (and $x17488 $x15226) (and $x21158 $x15226) (and $x15287 $x15226) (and $x13121 $x15226) (and $x26512 $x2763) (and $x11976 $x2763))))
 (and $x22491 (and (distinct ?x17190 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
