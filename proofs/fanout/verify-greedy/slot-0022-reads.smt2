(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_13 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_29 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_13 2))
(assert
 (= phase_49 6))
(assert
 (= phase_86 6))
(assert
 (= phase_123 6))
(assert
 (= phase_160 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x32126 (* (- 1.0) x_29)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x41354 (ite $x18406 ?x32126 0.0)))
 (let ((?x80154 (+ (ite (>= boundary 3) (* 1.0 x_29) 0.0) ?x41354)))
 (let (($x60009 (= read_value x_29)))
 (let (($x105111 (= read_index 4)))
 (let (($x59011 (and (and $x105111 (not (= phase_13 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x13953 (and (and (= read_index 3) (not false)) (= boundary (- phase_160 1)))))
 (let (($x32538 (and (and (= read_index 2) (not false)) (= boundary (- phase_123 1)))))
 (let (($x5674 (and (and (= read_index 1) (not false)) (= boundary (- phase_86 1)))))
 (let (($x59767 (and (and (= read_index 0) (not false)) (= boundary (- phase_49 1)))))
 (let (($x12845 (or (and $x59767 $x60009) (and $x5674 $x60009) (and $x32538 $x60009) (and $x13953 $x60009) (and $x59011 $x60009))))
 (and $x12845 (and (distinct ?x80154 read_value) true)))))))))))))))
(check-sat)
