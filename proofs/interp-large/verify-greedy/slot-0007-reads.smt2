(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_16 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_959 () Int)
(declare-fun phase_979 () Int)
(declare-fun phase_995 () Int)
(declare-fun phase_1011 () Int)
(declare-fun phase_1027 () Int)
(declare-fun phase_1043 () Int)
(declare-fun phase_1059 () Int)
(declare-fun phase_1075 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1371 () Real)
(declare-fun boundary () Int)
(declare-fun x_81 () Real)
(declare-fun x_7 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_16 6))
(assert
 (= phase_50 10))
(assert
 (= phase_53 10))
(assert
 (= phase_56 10))
(assert
 (= phase_59 10))
(assert
 (= phase_62 10))
(assert
 (= phase_65 10))
(assert
 (= phase_68 10))
(assert
 (= phase_71 10))
(assert
 (= phase_959 18))
(assert
 (= phase_979 22))
(assert
 (= phase_995 26))
(assert
 (= phase_1011 30))
(assert
 (= phase_1027 34))
(assert
 (= phase_1043 38))
(assert
 (= phase_1059 42))
(assert
 (= phase_1075 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x127305 (* 1.0 x_1371)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x130257 (ite $x251235 ?x127305 0.0)))
 (let ((?x104460 (* (- 1.0) x_81)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x118264 (ite $x130502 ?x104460 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x97805 (ite $x191692 (* 1.0 x_81) 0.0)))
 (let ((?x54994 (* (- 1.0) x_7)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x58400 (ite $x152189 ?x54994 0.0)))
 (let (($x39646 (>= boundary (- 1))))
 (let ((?x33570 (ite $x39646 (* 1.0 x_7) 0.0)))
 (let ((?x139486 (+ ?x33570 ?x58400 ?x97805 ?x118264 ?x130257)))
 (let (($x64199 (= read_value x_1371)))
 (let (($x132828 (= read_value x_81)))
 (let (($x198876 (= read_index 17)))
 (let (($x37578 (and (and $x198876 (not (= phase_16 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x190146 (and (and (= read_index 16) (not false)) (= boundary (- phase_1075 1)))))
 (let (($x226327 (and (and (= read_index 15) (not false)) (= boundary (- phase_1059 1)))))
 (let (($x103869 (and (and (= read_index 14) (not false)) (= boundary (- phase_1043 1)))))
 (let (($x11186 (and (and (= read_index 13) (not false)) (= boundary (- phase_1027 1)))))
 (let (($x52821 (and (and (= read_index 12) (not false)) (= boundary (- phase_1011 1)))))
 (let (($x45400 (and (and (= read_index 11) (not false)) (= boundary (- phase_995 1)))))
 (let (($x166452 (and (and (= read_index 10) (not false)) (= boundary (- phase_979 1)))))
 (let (($x137289 (and (and (= read_index 9) (not false)) (= boundary (- phase_959 1)))))
 (let (($x161520 (and (and (= read_index 8) (not false)) (= boundary (- phase_71 1)))))
 (let (($x24503 (and (and (= read_index 7) (not false)) (= boundary (- phase_68 1)))))
 (let (($x160440 (and (and (= read_index 6) (not false)) (= boundary (- phase_65 1)))))
 (let (($x90683 (and (and (= read_index 5) (not false)) (= boundary (- phase_62 1)))))
 (let (($x171527 (and (and (= read_index 4) (not false)) (= boundary (- phase_59 1)))))
 (let (($x118918 (and (and (= read_index 3) (not false)) (= boundary (- phase_56 1)))))
 (let (($x182421 (and (and (= read_index 2) (not false)) (= boundary (- phase_53 1)))))
 (let (($x132085 (and (and (= read_index 1) (not false)) (= boundary (- phase_50 1)))))
 (let (($x63903 (= read_value x_7)))
 (let (($x51927 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x145397 (or (and $x51927 $x63903) (and $x132085 $x132828) (and $x182421 $x132828) (and $x118918 $x132828) (and $x171527 $x132828) (and $x90683 $x132828) (and $x160440 $x132828) (and $x24503 $x132828) (and $x161520 $x132828) (and $x137289 $x132828) (and $x166452 $x132828) (and $x45400 $x132828) (and $x52821 $x132828) (and $x11186 $x132828) (and $x103869 $x132828) (and $x226327 $x132828) (and $x190146 $x132828) (and $x37578 $x132828) (and (and (= read_index 18) (= boundary 51)) $x64199))))
 (and $x145397 (and (distinct ?x139486 read_value) true))))))))))))))))))))))))))))))))))))))))
(check-sat)
