(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_963 () Int)
(declare-fun phase_983 () Int)
(declare-fun phase_999 () Int)
(declare-fun phase_1015 () Int)
(declare-fun phase_1031 () Int)
(declare-fun phase_1047 () Int)
(declare-fun phase_1063 () Int)
(declare-fun phase_1079 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_95 () Real)
(declare-fun boundary () Int)
(declare-fun x_64 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_30 6))
(assert
 (= phase_46 4))
(assert
 (= phase_963 50))
(assert
 (= phase_983 50))
(assert
 (= phase_999 50))
(assert
 (= phase_1015 50))
(assert
 (= phase_1031 50))
(assert
 (= phase_1047 50))
(assert
 (= phase_1063 50))
(assert
 (= phase_1079 50))
(assert
 (= phase_1090 7))
(assert
 (let ((?x163976 (* (- 1.0) x_95)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x174006 (ite $x306816 ?x163976 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x153927 (ite $x33429 (* 1.0 x_95) 0.0)))
 (let ((?x100209 (* (- 1.0) x_64)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x115108 (ite $x55364 ?x100209 0.0)))
 (let (($x250523 (>= boundary 3)))
 (let ((?x59215 (ite $x250523 (* 1.0 x_64) 0.0)))
 (let ((?x193308 (+ ?x59215 ?x115108 ?x153927 ?x174006)))
 (let (($x210056 (= read_value x_95)))
 (let (($x107901 (= read_index 9)))
 (let (($x210444 (and (and $x107901 (not (= phase_30 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x124039 (and (and (= read_index 8) (not false)) (= boundary (- phase_1079 1)))))
 (let (($x22677 (and (and (= read_index 7) (not false)) (= boundary (- phase_1063 1)))))
 (let (($x150881 (and (and (= read_index 6) (not false)) (= boundary (- phase_1047 1)))))
 (let (($x32229 (and (and (= read_index 5) (not false)) (= boundary (- phase_1031 1)))))
 (let (($x230515 (and (and (= read_index 4) (not false)) (= boundary (- phase_1015 1)))))
 (let (($x62108 (and (and (= read_index 3) (not false)) (= boundary (- phase_999 1)))))
 (let (($x91323 (and (and (= read_index 2) (not false)) (= boundary (- phase_983 1)))))
 (let (($x181279 (and (and (= read_index 1) (not false)) (= boundary (- phase_963 1)))))
 (let (($x90219 (= read_value x_64)))
 (let (($x76332 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x5719 (or (and $x76332 $x90219) (and $x181279 $x210056) (and $x91323 $x210056) (and $x62108 $x210056) (and $x230515 $x210056) (and $x32229 $x210056) (and $x150881 $x210056) (and $x22677 $x210056) (and $x124039 $x210056) (and $x210444 $x210056))))
 (and $x5719 (and (distinct ?x193308 read_value) true))))))))))))))))))))))))))))
(check-sat)
