(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_52 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_67 () Int)
(declare-fun phase_70 () Int)
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
(declare-fun x_1348 () Real)
(declare-fun boundary () Int)
(declare-fun x_80 () Real)
(declare-fun x_6 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
(assert
 (= phase_15 6))
(assert
 (= phase_49 10))
(assert
 (= phase_52 14))
(assert
 (= phase_55 18))
(assert
 (= phase_58 18))
(assert
 (= phase_61 26))
(assert
 (= phase_64 30))
(assert
 (= phase_67 34))
(assert
 (= phase_70 38))
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
 (let ((?x137974 (* 1.0 x_1348)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x138659 (ite $x306816 ?x137974 0.0)))
 (let ((?x75834 (* (- 1.0) x_80)))
 (let (($x142281 (>= boundary 47)))
 (let ((?x80865 (ite $x142281 ?x75834 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x72953 (ite $x33429 (* 1.0 x_80) 0.0)))
 (let ((?x23776 (* (- 1.0) x_6)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x28220 (ite $x55364 ?x23776 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x22688 (ite $x31002 (* 1.0 x_6) 0.0)))
 (let ((?x147499 (+ ?x22688 ?x28220 ?x72953 ?x80865 ?x138659)))
 (let (($x127771 (= read_value x_1348)))
 (let (($x143741 (= read_value x_80)))
 (let (($x38023 (= read_index 17)))
 (let (($x81368 (and (and $x38023 (not (= phase_15 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x186925 (and (and (= read_index 16) (not false)) (= boundary (- phase_1075 1)))))
 (let (($x29371 (and (and (= read_index 15) (not false)) (= boundary (- phase_1059 1)))))
 (let (($x123645 (and (and (= read_index 14) (not false)) (= boundary (- phase_1043 1)))))
 (let (($x149355 (and (and (= read_index 13) (not false)) (= boundary (- phase_1027 1)))))
 (let (($x95332 (and (and (= read_index 12) (not false)) (= boundary (- phase_1011 1)))))
 (let (($x117829 (and (and (= read_index 11) (not false)) (= boundary (- phase_995 1)))))
 (let (($x55490 (and (and (= read_index 10) (not false)) (= boundary (- phase_979 1)))))
 (let (($x150650 (and (and (= read_index 9) (not false)) (= boundary (- phase_959 1)))))
 (let (($x23051 (and (and (= read_index 8) (not false)) (= boundary (- phase_70 1)))))
 (let (($x256106 (and (and (= read_index 7) (not false)) (= boundary (- phase_67 1)))))
 (let (($x225251 (and (and (= read_index 6) (not false)) (= boundary (- phase_64 1)))))
 (let (($x172851 (and (and (= read_index 5) (not false)) (= boundary (- phase_61 1)))))
 (let (($x197623 (and (and (= read_index 4) (not false)) (= boundary (- phase_58 1)))))
 (let (($x197536 (and (and (= read_index 3) (not false)) (= boundary (- phase_55 1)))))
 (let (($x152920 (and (and (= read_index 2) (not false)) (= boundary (- phase_52 1)))))
 (let (($x128296 (and (and (= read_index 1) (not false)) (= boundary (- phase_49 1)))))
 (let (($x103112 (= read_value x_6)))
 (let (($x98529 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x46868 (or (and $x98529 $x103112) (and $x128296 $x143741) (and $x152920 $x143741) (and $x197536 $x143741) (and $x197623 $x143741) (and $x172851 $x143741) (and $x225251 $x143741) (and $x256106 $x143741) (and $x23051 $x143741) (and $x150650 $x143741) (and $x55490 $x143741) (and $x117829 $x143741) (and $x95332 $x143741) (and $x149355 $x143741) (and $x123645 $x143741) (and $x29371 $x143741) (and $x186925 $x143741) (and $x81368 $x143741) (and (and (= read_index 18) (= boundary 51)) $x127771))))
 (and $x46868 (and (distinct ?x147499 read_value) true))))))))))))))))))))))))))))))))))))))))
(check-sat)
