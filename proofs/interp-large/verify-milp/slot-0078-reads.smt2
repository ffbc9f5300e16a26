(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_38 () Int)
(declare-fun phase_966 () Int)
(declare-fun phase_986 () Int)
(declare-fun phase_1002 () Int)
(declare-fun phase_1018 () Int)
(declare-fun phase_1034 () Int)
(declare-fun phase_1050 () Int)
(declare-fun phase_1066 () Int)
(declare-fun phase_1082 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_103 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_38 6))
(assert
 (= phase_966 42))
(assert
 (= phase_986 42))
(assert
 (= phase_1002 42))
(assert
 (= phase_1018 42))
(assert
 (= phase_1034 42))
(assert
 (= phase_1050 42))
(assert
 (= phase_1066 42))
(assert
 (= phase_1082 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x97438 (* (- 1.0) x_103)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x100275 (ite $x139643 ?x97438 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x84311 (ite $x33429 (* 1.0 x_103) 0.0)))
 (let ((?x150412 (+ ?x84311 ?x100275)))
 (let (($x88886 (= read_value x_103)))
 (let (($x188886 (= read_index 8)))
 (let (($x59885 (and (and $x188886 (not (= phase_38 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x7912 (and (and (= read_index 7) (not false)) (= boundary (- phase_1082 1)))))
 (let (($x150388 (and (and (= read_index 6) (not false)) (= boundary (- phase_1066 1)))))
 (let (($x179309 (and (and (= read_index 5) (not false)) (= boundary (- phase_1050 1)))))
 (let (($x93203 (and (and (= read_index 4) (not false)) (= boundary (- phase_1034 1)))))
 (let (($x106575 (and (and (= read_index 3) (not false)) (= boundary (- phase_1018 1)))))
 (let (($x249491 (and (and (= read_index 2) (not false)) (= boundary (- phase_1002 1)))))
 (let (($x217604 (and (and (= read_index 1) (not false)) (= boundary (- phase_986 1)))))
 (let (($x83906 (and (and (= read_index 0) (not false)) (= boundary (- phase_966 1)))))
 (let (($x193390 (or (and $x83906 $x88886) (and $x217604 $x88886) (and $x249491 $x88886) (and $x106575 $x88886) (and $x93203 $x88886) (and $x179309 $x88886) (and $x150388 $x88886) (and $x7912 $x88886) (and $x59885 $x88886))))
 (and $x193390 (and (distinct ?x150412 read_value) true)))))))))))))))))))))
(check-sat)
