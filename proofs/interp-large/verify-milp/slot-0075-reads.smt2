(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_35 () Int)
(declare-fun phase_965 () Int)
(declare-fun phase_985 () Int)
(declare-fun phase_1001 () Int)
(declare-fun phase_1017 () Int)
(declare-fun phase_1033 () Int)
(declare-fun phase_1049 () Int)
(declare-fun phase_1065 () Int)
(declare-fun phase_1081 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_100 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_35 6))
(assert
 (= phase_965 50))
(assert
 (= phase_985 50))
(assert
 (= phase_1001 50))
(assert
 (= phase_1017 50))
(assert
 (= phase_1033 50))
(assert
 (= phase_1049 50))
(assert
 (= phase_1065 50))
(assert
 (= phase_1081 50))
(assert
 (= phase_1090 7))
(assert
 (let ((?x93560 (* (- 1.0) x_100)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x101215 (ite $x306816 ?x93560 0.0)))
 (let ((?x119767 (+ (ite (>= boundary 7) (* 1.0 x_100) 0.0) ?x101215)))
 (let (($x102385 (= read_value x_100)))
 (let (($x188886 (= read_index 8)))
 (let (($x24123 (and (and $x188886 (not (= phase_35 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x126694 (and (and (= read_index 7) (not false)) (= boundary (- phase_1081 1)))))
 (let (($x182426 (and (and (= read_index 6) (not false)) (= boundary (- phase_1065 1)))))
 (let (($x143893 (and (and (= read_index 5) (not false)) (= boundary (- phase_1049 1)))))
 (let (($x197616 (and (and (= read_index 4) (not false)) (= boundary (- phase_1033 1)))))
 (let (($x116862 (and (and (= read_index 3) (not false)) (= boundary (- phase_1017 1)))))
 (let (($x47424 (and (and (= read_index 2) (not false)) (= boundary (- phase_1001 1)))))
 (let (($x226810 (and (and (= read_index 1) (not false)) (= boundary (- phase_985 1)))))
 (let (($x101359 (and (and (= read_index 0) (not false)) (= boundary (- phase_965 1)))))
 (let (($x186574 (or (and $x101359 $x102385) (and $x226810 $x102385) (and $x47424 $x102385) (and $x116862 $x102385) (and $x197616 $x102385) (and $x143893 $x102385) (and $x182426 $x102385) (and $x126694 $x102385) (and $x24123 $x102385))))
 (and $x186574 (and (distinct ?x119767 read_value) true)))))))))))))))))))
(check-sat)
