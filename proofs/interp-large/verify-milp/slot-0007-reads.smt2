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
 (= phase_53 14))
(assert
 (= phase_56 18))
(assert
 (= phase_59 18))
(assert
 (= phase_62 26))
(assert
 (= phase_65 30))
(assert
 (= phase_68 34))
(assert
 (= phase_71 38))
(assert
 (= phase_959 42))
(assert
 (= phase_979 42))
(assert
 (= phase_995 42))
(assert
 (= phase_1011 42))
(assert
 (= phase_1027 42))
(assert
 (= phase_1043 42))
(assert
 (= phase_1059 42))
(assert
 (= phase_1075 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x116857 (* 1.0 x_1371)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x118236 (ite $x306816 ?x116857 0.0)))
 (let ((?x68419 (* (- 1.0) x_81)))
 (let (($x142281 (>= boundary 47)))
 (let ((?x88167 (ite $x142281 ?x68419 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x48443 (ite $x33429 (* 1.0 x_81) 0.0)))
 (let ((?x23898 (* (- 1.0) x_7)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x35376 (ite $x55364 ?x23898 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x22878 (ite $x31002 (* 1.0 x_7) 0.0)))
 (let ((?x140023 (+ ?x22878 ?x35376 ?x48443 ?x88167 ?x118236)))
 (let (($x152665 (= read_value x_1371)))
 (let (($x110556 (= read_value x_81)))
 (let (($x38023 (= read_index 17)))
 (let (($x183688 (and (and $x38023 (not (= phase_16 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x138625 (and (and (= read_index 16) (not false)) (= boundary (- phase_1075 1)))))
 (let (($x146414 (and (and (= read_index 15) (not false)) (= boundary (- phase_1059 1)))))
 (let (($x228032 (and (and (= read_index 14) (not false)) (= boundary (- phase_1043 1)))))
 (let (($x82307 (and (and (= read_index 13) (not false)) (= boundary (- phase_1027 1)))))
 (let (($x103330 (and (and (= read_index 12) (not false)) (= boundary (- phase_1011 1)))))
 (let (($x128902 (and (and (= read_index 11) (not false)) (= boundary (- phase_995 1)))))
 (let (($x128834 (and (and (= read_index 10) (not false)) (= boundary (- phase_979 1)))))
 (let (($x183820 (and (and (= read_index 9) (not false)) (= boundary (- phase_959 1)))))
 (let (($x146878 (and (and (= read_index 8) (not false)) (= boundary (- phase_71 1)))))
 (let (($x202670 (and (and (= read_index 7) (not false)) (= boundary (- phase_68 1)))))
 (let (($x114139 (and (and (= read_index 6) (not false)) (= boundary (- phase_65 1)))))
 (let (($x93279 (and (and (= read_index 5) (not false)) (= boundary (- phase_62 1)))))
 (let (($x120671 (and (and (= read_index 4) (not false)) (= boundary (- phase_59 1)))))
 (let (($x58690 (and (and (= read_index 3) (not false)) (= boundary (- phase_56 1)))))
 (let (($x157957 (and (and (= read_index 2) (not false)) (= boundary (- phase_53 1)))))
 (let (($x85773 (and (and (= read_index 1) (not false)) (= boundary (- phase_50 1)))))
 (let (($x40612 (= read_value x_7)))
 (let (($x40435 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x16968 (or (and $x40435 $x40612) (and $x85773 $x110556) (and $x157957 $x110556) (and $x58690 $x110556) (and $x120671 $x110556) (and $x93279 $x110556) (and $x114139 $x110556) (and $x202670 $x110556) (and $x146878 $x110556) (and $x183820 $x110556) (and $x128834 $x110556) (and $x128902 $x110556) (and $x103330 $x110556) (and $x82307 $x110556) (and $x228032 $x110556) (and $x146414 $x110556) (and $x138625 $x110556) (and $x183688 $x110556) (and (and (= read_index 18) (= boundary 51)) $x152665))))
 (and $x16968 (and (distinct ?x140023 read_value) true))))))))))))))))))))))))))))))))))))))))
(check-sat)
