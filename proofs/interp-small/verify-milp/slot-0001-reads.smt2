(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_12 () Int)
(declare-fun read_value () Real)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_12 4))
(assert
 (let ((?x11071 (* 1.0 x_1)))
 (let (($x46572 (>= boundary (- 1))))
 (let ((?x13024 (ite $x46572 ?x11071 0.0)))
 (let (($x11614 (= read_value x_1)))
 (let (($x9504 (and (and (= read_index 2) (not false)) (= boundary (- phase_12 1)))))
 (let (($x59515 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x12939 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (and (or (and $x12939 $x11614) (and $x59515 $x11614) (and $x9504 $x11614)) (and (distinct ?x13024 read_value) true))))))))))
(check-sat)
