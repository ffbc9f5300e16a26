(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_12 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_56 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_65 () Int)
(declare-fun phase_68 () Int)
(declare-fun phase_71 () Int)
(declare-fun phase_1092 () Int)
(declare-fun phase_1093 () Int)
(declare-fun phase_1094 () Int)
(declare-fun phase_1095 () Int)
(declare-fun phase_1096 () Int)
(declare-fun phase_1097 () Int)
(declare-fun phase_1098 () Int)
(declare-fun phase_1099 () Int)
(declare-fun read_value () Real)
(declare-fun x_85 () Real)
(declare-fun boundary () Int)
(declare-fun x_11 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_12 4))
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
 (= phase_1092 10))
(assert
 (= phase_1093 10))
(assert
 (= phase_1094 10))
(assert
 (= phase_1095 10))
(assert
 (= phase_1096 10))
(assert
 (= phase_1097 10))
(assert
 (= phase_1098 10))
(assert
 (= phase_1099 10))
(assert
 (let ((?x229091 (* (- 1.0) x_11)))
 (let (($x152189 (>= boundary 5)))
 (let ((?x89017 (ite $x152189 ?x229091 0.0)))
 (let ((?x28504 (+ (ite (>= boundary (- 1)) (* 1.0 x_11) 0.0) ?x89017 (ite (>= boundary 7) (* 1.0 x_85) 0.0))))
 (let (($x13043 (= read_value x_85)))
 (let (($x49719 (and (and (= read_index 16) (not false)) (= boundary (- phase_1099 1)))))
 (let (($x181239 (and (and (= read_index 15) (not false)) (= boundary (- phase_1098 1)))))
 (let (($x144679 (and (and (= read_index 14) (not false)) (= boundary (- phase_1097 1)))))
 (let (($x82004 (and (and (= read_index 13) (not false)) (= boundary (- phase_1096 1)))))
 (let (($x124707 (and (and (= read_index 12) (not false)) (= boundary (- phase_1095 1)))))
 (let (($x172601 (and (and (= read_index 11) (not false)) (= boundary (- phase_1094 1)))))
 (let (($x189073 (and (and (= read_index 10) (not false)) (= boundary (- phase_1093 1)))))
 (let (($x103920 (and (and (= read_index 9) (not false)) (= boundary (- phase_1092 1)))))
 (let (($x194500 (and (and (= read_index 8) (not false)) (= boundary (- phase_71 1)))))
 (let (($x84050 (and (and (= read_index 7) (not false)) (= boundary (- phase_68 1)))))
 (let (($x202963 (and (and (= read_index 6) (not false)) (= boundary (- phase_65 1)))))
 (let (($x106040 (and (and (= read_index 5) (not false)) (= boundary (- phase_62 1)))))
 (let (($x183861 (and (and (= read_index 4) (not false)) (= boundary (- phase_59 1)))))
 (let (($x68505 (and (and (= read_index 3) (not false)) (= boundary (- phase_56 1)))))
 (let (($x107655 (and (and (= read_index 2) (not false)) (= boundary (- phase_53 1)))))
 (let (($x138567 (and (and (= read_index 1) (not false)) (= boundary (- phase_50 1)))))
 (let (($x224604 (= read_value x_11)))
 (let (($x170637 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x92032 (or (and $x170637 $x224604) (and $x138567 $x13043) (and $x107655 $x13043) (and $x68505 $x13043) (and $x183861 $x13043) (and $x106040 $x13043) (and $x202963 $x13043) (and $x84050 $x13043) (and $x194500 $x13043) (and $x103920 $x13043) (and $x189073 $x13043) (and $x172601 $x13043) (and $x124707 $x13043) (and $x82004 $x13043) (and $x144679 $x13043) (and $x181239 $x13043) (and $x49719 $x13043) (and (and (= read_index 17) (= boundary 51)) $x13043))))
 (and $x92032 (and (distinct ?x28504 read_value) true)))))))))))))))))))))))))))
(check-sat)
