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
 (let ((?x91484 (* (- 1.0) x_100)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x102365 (ite $x251235 ?x91484 0.0)))
 (let (($x191692 (>= boundary 7)))
 (let ((?x31139 (ite $x191692 (* 1.0 x_100) 0.0)))
 (let ((?x123573 (+ ?x31139 ?x102365)))
 (let (($x110191 (= read_value x_100)))
 (let (($x26712 (= read_index 8)))
 (let (($x11122 (and (and $x26712 (not (= phase_35 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x97155 (and (and (= read_index 7) (not false)) (= boundary (- phase_1081 1)))))
 (let (($x54528 (and (and (= read_index 6) (not false)) (= boundary (- phase_1065 1)))))
 (let (($x179408 (and (and (= read_index 5) (not false)) (= boundary (- phase_1049 1)))))
 (let (($x127155 (and (and (= read_index 4) (not false)) (= boundary (- phase_1033 1)))))
 (let (($x61730 (and (and (= read_index 3) (not false)) (= boundary (- phase_1017 1)))))
 (let (($x126147 (and (and (= read_index 2) (not false)) (= boundary (- phase_1001 1)))))
 (let (($x227694 (and (and (= read_index 1) (not false)) (= boundary (- phase_985 1)))))
 (let (($x98216 (and (and (= read_index 0) (not false)) (= boundary (- phase_965 1)))))
 (let (($x191754 (or (and $x98216 $x110191) (and $x227694 $x110191) (and $x126147 $x110191) (and $x61730 $x110191) (and $x127155 $x110191) (and $x179408 $x110191) (and $x54528 $x110191) (and $x97155 $x110191) (and $x11122 $x110191))))
 (and $x191754 (and (distinct ?x123573 read_value) true)))))))))))))))))))))
(check-sat)
