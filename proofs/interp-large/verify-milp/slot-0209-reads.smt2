(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1050 () Int)
(declare-fun phase_1051 () Int)
(declare-fun phase_1052 () Int)
(declare-fun read_value () Real)
(declare-fun x_489 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1050 42))
(assert
 (= phase_1051 42))
(assert
 (= phase_1052 42))
(assert
 (let ((?x128324 (* (- 1.0) x_489)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x162614 (ite $x139643 ?x128324 0.0)))
 (let ((?x61785 (+ (ite (>= boundary 15) (* 1.0 x_489) 0.0) ?x162614)))
 (let (($x29385 (= read_value x_489)))
 (let (($x107531 (and (and (= read_index 2) (not false)) (= boundary (- phase_1052 1)))))
 (let (($x146856 (and (and (= read_index 1) (not false)) (= boundary (- phase_1051 1)))))
 (let (($x146564 (and (and (= read_index 0) (not false)) (= boundary (- phase_1050 1)))))
 (and (or (and $x146564 $x29385) (and $x146856 $x29385) (and $x107531 $x29385)) (and (distinct ?x61785 read_value) true)))))))))))
(check-sat)
