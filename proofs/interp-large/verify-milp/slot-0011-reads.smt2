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
 (= phase_1092 42))
(assert
 (= phase_1093 42))
(assert
 (= phase_1094 42))
(assert
 (= phase_1095 42))
(assert
 (= phase_1096 42))
(assert
 (= phase_1097 42))
(assert
 (= phase_1098 42))
(assert
 (= phase_1099 42))
(assert
 (let ((?x152982 (* 1.0 x_85)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x127461 (ite $x33429 ?x152982 0.0)))
 (let ((?x99930 (* (- 1.0) x_11)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x233287 (ite $x55364 ?x99930 0.0)))
 (let (($x31002 (>= boundary (- 1))))
 (let ((?x245879 (ite $x31002 (* 1.0 x_11) 0.0)))
 (let ((?x223015 (+ ?x245879 ?x233287 ?x127461)))
 (let (($x64079 (= read_value x_85)))
 (let (($x198565 (and (and (= read_index 16) (not false)) (= boundary (- phase_1099 1)))))
 (let (($x217504 (and (and (= read_index 15) (not false)) (= boundary (- phase_1098 1)))))
 (let (($x208182 (and (and (= read_index 14) (not false)) (= boundary (- phase_1097 1)))))
 (let (($x152686 (and (and (= read_index 13) (not false)) (= boundary (- phase_1096 1)))))
 (let (($x47537 (and (and (= read_index 12) (not false)) (= boundary (- phase_1095 1)))))
 (let (($x84218 (and (and (= read_index 11) (not false)) (= boundary (- phase_1094 1)))))
 (let (($x56499 (and (and (= read_index 10) (not false)) (= boundary (- phase_1093 1)))))
 (let (($x172996 (and (and (= read_index 9) (not false)) (= boundary (- phase_1092 1)))))
 (let (($x8351 (and (and (= read_index 8) (not false)) (= boundary (- phase_71 1)))))
 (let (($x175234 (and (and (= read_index 7) (not false)) (= boundary (- phase_68 1)))))
 (let (($x84685 (and (and (= read_index 6) (not false)) (= boundary (- phase_65 1)))))
 (let (($x186659 (and (and (= read_index 5) (not false)) (= boundary (- phase_62 1)))))
 (let (($x1458 (and (and (= read_index 4) (not false)) (= boundary (- phase_59 1)))))
 (let (($x106021 (and (and (= read_index 3) (not false)) (= boundary (- phase_56 1)))))
 (let (($x161550 (and (and (= read_index 2) (not false)) (= boundary (- phase_53 1)))))
 (let (($x172964 (and (and (= read_index 1) (not false)) (= boundary (- phase_50 1)))))
 (let (($x172799 (= read_value x_11)))
 (let (($x142731 (and (and (= read_index 0) (not false)) (= boundary (- phase_12 1)))))
 (let (($x40853 (or (and $x142731 $x172799) (and $x172964 $x64079) (and $x161550 $x64079) (and $x106021 $x64079) (and $x1458 $x64079) (and $x186659 $x64079) (and $x84685 $x64079) (and $x175234 $x64079) (and $x8351 $x64079) (and $x172996 $x64079) (and $x56499 $x64079) (and $x84218 $x64079) (and $x47537 $x64079) (and $x152686 $x64079) (and $x208182 $x64079) (and $x217504 $x64079) (and $x198565 $x64079) (and (and (= read_index 17) (= boundary 51)) $x64079))))
 (and $x40853 (and (distinct ?x223015 read_value) true))))))))))))))))))))))))))))))))
(check-sat)
