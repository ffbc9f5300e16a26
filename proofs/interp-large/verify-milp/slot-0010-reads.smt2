(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_19 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_961 () Int)
(declare-fun phase_981 () Int)
(declare-fun phase_997 () Int)
(declare-fun phase_1013 () Int)
(declare-fun phase_1016 () Int)
(declare-fun phase_1017 () Int)
(declare-fun phase_1029 () Int)
(declare-fun phase_1045 () Int)
(declare-fun phase_1061 () Int)
(declare-fun phase_1077 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_295 () Real)
(declare-fun boundary () Int)
(declare-fun x_84 () Real)
(declare-fun x_10 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_19 6))
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
 (= phase_961 42))
(assert
 (= phase_981 42))
(assert
 (= phase_997 42))
(assert
 (= phase_1013 42))
(assert
 (= phase_1016 50))
(assert
 (= phase_1017 50))
(assert
 (= phase_1029 42))
(assert
 (= phase_1045 42))
(assert
 (= phase_1061 42))
(assert
 (= phase_1077 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x138608 (* (- 1.0) x_295)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x145529 (ite $x306816 ?x138608 0.0)))
 (let (($x142281 (>= boundary 47)))
 (let ((?x132741 (ite $x142281 (* 1.0 x_295) 0.0)))
 (let ((?x99378 (* (- 1.0) x_84)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x110258 (ite $x139643 ?x99378 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x86786 (ite $x33429 (* 1.0 x_84) 0.0)))
 (let ((?x26840 (* (- 1.0) x_10)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x42094 (ite $x55364 ?x26840 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x3510 (ite $x31002 (* 1.0 x_10) 0.0)))
 (let ((?x147652 (+ ?x3510 ?x42094 ?x86786 ?x110258 ?x132741 ?x145529)))
 (let (($x190481 (= read_value x_295)))
 (let (($x64501 (and (and (= read_index 19) (not false)) (= boundary (- phase_1017 1)))))
 (let (($x188771 (and (and (= read_index 18) (not false)) (= boundary (- phase_1016 1)))))
 (let (($x138581 (= read_value x_84)))
 (let (($x38023 (= read_index 17)))
 (let (($x156252 (and (and $x38023 (not (= phase_19 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x102963 (and (and (= read_index 16) (not false)) (= boundary (- phase_1077 1)))))
 (let (($x175372 (and (and (= read_index 15) (not false)) (= boundary (- phase_1061 1)))))
 (let (($x175281 (and (and (= read_index 14) (not false)) (= boundary (- phase_1045 1)))))
 (let (($x22382 (and (and (= read_index 13) (not false)) (= boundary (- phase_1029 1)))))
 (let (($x116962 (and (and (= read_index 12) (not false)) (= boundary (- phase_1013 1)))))
 (let (($x172851 (and (and (= read_index 11) (not false)) (= boundary (- phase_997 1)))))
 (let (($x216928 (and (and (= read_index 10) (not false)) (= boundary (- phase_981 1)))))
 (let (($x175341 (and (and (= read_index 9) (not false)) (= boundary (- phase_961 1)))))
 (let (($x47811 (and (and (= read_index 8) (not false)) (= boundary (- phase_71 1)))))
 (let (($x1458 (and (and (= read_index 7) (not false)) (= boundary (- phase_68 1)))))
 (let (($x113030 (and (and (= read_index 6) (not false)) (= boundary (- phase_65 1)))))
 (let (($x13262 (and (and (= read_index 5) (not false)) (= boundary (- phase_62 1)))))
 (let (($x15966 (and (and (= read_index 4) (not false)) (= boundary (- phase_59 1)))))
 (let (($x213651 (and (and (= read_index 3) (not false)) (= boundary (- phase_56 1)))))
 (let (($x179335 (and (and (= read_index 2) (not false)) (= boundary (- phase_53 1)))))
 (let (($x125282 (and (and (= read_index 1) (not false)) (= boundary (- phase_50 1)))))
 (let (($x89362 (= read_value x_10)))
 (let (($x82539 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x47143 (or (and $x82539 $x89362) (and $x125282 $x138581) (and $x179335 $x138581) (and $x213651 $x138581) (and $x15966 $x138581) (and $x13262 $x138581) (and $x113030 $x138581) (and $x1458 $x138581) (and $x47811 $x138581) (and $x175341 $x138581) (and $x216928 $x138581) (and $x172851 $x138581) (and $x116962 $x138581) (and $x22382 $x138581) (and $x175281 $x138581) (and $x175372 $x138581) (and $x102963 $x138581) (and $x156252 $x138581) (and $x188771 $x190481) (and $x64501 $x190481))))
 (and $x47143 (and (distinct ?x147652 read_value) true))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
