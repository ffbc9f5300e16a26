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
 (= phase_160 15))
(assert
 (= phase_161 10))
(assert
 (= phase_172 10))
(assert
 (= phase_176 11))
(assert
 (= phase_195 10))
(assert
 (= phase_238 21))
(assert
 (= phase_313 24))
(assert
 (= phase_474 39))
(assert
 (let ((?x105787 (* (- 1.0) x_134)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x106034 (ite $x54498 ?x105787 0.0)))
 (let ((?x106473 (+ (ite (>= boundary 7) (* 1.0 x_134) 0.0) ?x106034)))
 (let (($x114586 (= read_value x_134)))
 (let (($x70919 (= read_index 7)))
 (let (($x94824 (and (and $x70919 (not (= phase_107 (- phase_474 1)))) (= boundary (- phase_474 2)))))
 (let (($x48902 (and (and (= read_index 6) (not false)) (= boundary (- phase_313 1)))))
 (let (($x128582 (= read_index 5)))
 (let (($x55717 (and (and $x128582 (not (= phase_107 (- phase_238 1)))) (= boundary (- phase_238 2)))))
 (let (($x111227 (and (and (= read_index 4) (not false)) (= boundary (- phase_195 1)))))
 (let (($x126949 (= read_index 3)))
 (let (($x111141 (and (and $x126949 (not (= phase_107 (- phase_176 1)))) (= boundary (- phase_176 2)))))
 (let (($x124432 (and (and (= read_index 2) (not false)) (= boundary (- phase_172 1)))))
 (let (($x105347 (and (and (= read_index 1) (not false)) (= boundary (- phase_161 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x113466 (and (and $x53696 (not (= phase_107 (- phase_160 1)))) (= boundary (- phase_160 2)))))
 (let (($x105510 (or (and $x113466 $x114586) (and $x105347 $x114586) (and $x124432 $x114586) (and $x111141 $x114586) (and $x111227 $x114586) (and $x55717 $x114586) (and $x48902 $x114586) (and $x94824 $x114586))))
 (and $x105510 (and (distinct ?x106473 read_value) true)))))))))))))))))))))
(check-sat)
