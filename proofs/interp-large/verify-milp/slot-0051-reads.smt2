(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_962 () Int)
(declare-fun phase_982 () Int)
(declare-fun phase_998 () Int)
(declare-fun phase_1014 () Int)
(declare-fun phase_1030 () Int)
(declare-fun phase_1046 () Int)
(declare-fun phase_1062 () Int)
(declare-fun phase_1078 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_94 () Real)
(declare-fun boundary () Int)
(declare-fun x_51 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_29 6))
(assert
 (= phase_46 4))
(assert
 (= phase_962 50))
(assert
 (= phase_982 50))
(assert
 (= phase_998 50))
(assert
 (= phase_1014 50))
(assert
 (= phase_1030 50))
(assert
 (= phase_1046 50))
(assert
 (= phase_1062 50))
(assert
 (= phase_1078 50))
(assert
 (= phase_1090 7))
(assert
 (let ((?x217194 (* (- 1.0) x_94)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x219360 (ite $x306816 ?x217194 0.0)))
 (let ((?x86722 (* (- 1.0) x_51)))
 (let (($x55364 (>= boundary 5)))
 (let ((?x136524 (ite $x55364 ?x86722 0.0)))
 (let ((?x221874 (+ (ite (>= boundary (- 1)) (* 1.0 x_51) 0.0) ?x136524 (ite (>= boundary 7) (* 1.0 x_94) 0.0) ?x219360)))
 (let (($x211278 (= read_value x_94)))
 (let (($x107901 (= read_index 9)))
 (let (($x132318 (and (and $x107901 (not (= phase_29 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x108771 (and (and (= read_index 8) (not false)) (= boundary (- phase_1078 1)))))
 (let (($x184998 (and (and (= read_index 7) (not false)) (= boundary (- phase_1062 1)))))
 (let (($x105059 (and (and (= read_index 6) (not false)) (= boundary (- phase_1046 1)))))
 (let (($x42268 (and (and (= read_index 5) (not false)) (= boundary (- phase_1030 1)))))
 (let (($x142691 (and (and (= read_index 4) (not false)) (= boundary (- phase_1014 1)))))
 (let (($x85922 (and (and (= read_index 3) (not false)) (= boundary (- phase_998 1)))))
 (let (($x2800 (and (and (= read_index 2) (not false)) (= boundary (- phase_982 1)))))
 (let (($x170946 (and (and (= read_index 1) (not false)) (= boundary (- phase_962 1)))))
 (let (($x89254 (= read_value x_51)))
 (let (($x65713 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x143599 (or (and $x65713 $x89254) (and $x170946 $x211278) (and $x2800 $x211278) (and $x85922 $x211278) (and $x142691 $x211278) (and $x42268 $x211278) (and $x105059 $x211278) (and $x184998 $x211278) (and $x108771 $x211278) (and $x132318 $x211278))))
 (and $x143599 (and (distinct ?x221874 read_value) true))))))))))))))))))))))))
(check-sat)
