(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_107 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_176 () Int)
(declare-fun phase_195 () Int)
(declare-fun phase_238 () Int)
(declare-fun phase_313 () Int)
(declare-fun phase_474 () Int)
(declare-fun read_value () Real)
(declare-fun x_134 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_107 6))
(assert
 (= phase_160 11))
(assert
 (= phase_161 10))
(assert
 (= phase_172 10))
(assert
 (= phase_176 9))
(assert
 (= phase_195 10))
(assert
 (= phase_238 11))
(assert
 (= phase_313 24))
(assert
 (= phase_474 33))
(assert
 (let ((?x71352 (* (- 1.0) x_134)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x90696 (ite $x91408 ?x71352 0.0)))
 (let ((?x101364 (+ (ite (>= boundary 7) (* 1.0 x_134) 0.0) ?x90696)))
 (let (($x117718 (= read_value x_134)))
 (let (($x136544 (= read_index 7)))
 (let (($x92074 (and (and $x136544 (not (= phase_107 (- phase_474 1)))) (= boundary (- phase_474 2)))))
 (let (($x109425 (and (and (= read_index 6) (not false)) (= boundary (- phase_313 1)))))
 (let (($x62296 (= read_index 5)))
 (let (($x128814 (and (and $x62296 (not (= phase_107 (- phase_238 1)))) (= boundary (- phase_238 2)))))
 (let (($x9160 (and (and (= read_index 4) (not false)) (= boundary (- phase_195 1)))))
 (let (($x62480 (= read_index 3)))
 (let (($x110002 (and (and $x62480 (not (= phase_107 (- phase_176 1)))) (= boundary (- phase_176 2)))))
 (let (($x111909 (and (and (= read_index 2) (not false)) (= boundary (- phase_172 1)))))
 (let (($x110825 (and (and (= read_index 1) (not false)) (= boundary (- phase_161 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x110590 (and (and $x59209 (not (= phase_107 (- phase_160 1)))) (= boundary (- phase_160 2)))))
 (let (($x69665 (or (and $x110590 $x117718) (and $x110825 $x117718) (and $x111909 $x117718) (and $x110002 $x117718) (and $x9160 $x117718) (and $x128814 $x117718) (and $x109425 $x117718) (and $x92074 $x117718))))
 (and $x69665 (and (distinct ?x101364 read_value) true)))))))))))))))))))))
(check-sat)
