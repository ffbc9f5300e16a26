(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_50 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_34 2))
(assert
 (= phase_70 6))
(assert
 (= phase_107 6))
(assert
 (= phase_144 10))
(assert
 (= phase_181 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x31143 (* (- 1.0) x_50)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x55324 (ite $x18406 ?x31143 0.0)))
 (let ((?x56155 (+ (ite (>= boundary 3) (* 1.0 x_50) 0.0) ?x55324)))
 (let (($x71987 (= read_value x_50)))
 (let (($x105111 (= read_index 4)))
 (let (($x2391 (and (and $x105111 (not (= phase_34 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x28585 (and (and (= read_index 3) (not false)) (= boundary (- phase_181 1)))))
 (let (($x11998 (and (and (= read_index 2) (not false)) (= boundary (- phase_144 1)))))
 (let (($x14909 (and (and (= read_index 1) (not false)) (= boundary (- phase_107 1)))))
 (let (($x29940 (and (and (= read_index 0) (not false)) (= boundary (- phase_70 1)))))
 (let (($x62004 (or (and $x29940 $x71987) (and $x14909 $x71987) (and $x11998 $x71987) (and $x28585 $x71987) (and $x2391 $x71987))))
 (and $x62004 (and (distinct ?x56155 read_value) true)))))))))))))))
(check-sat)
