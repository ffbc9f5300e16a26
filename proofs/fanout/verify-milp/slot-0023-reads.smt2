(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_30 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_14 2))
(assert
 (= phase_50 6))
(assert
 (= phase_87 10))
(assert
 (= phase_124 6))
(assert
 (= phase_161 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x42553 (* (- 1.0) x_30)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x62231 (ite $x17940 ?x42553 0.0)))
 (let ((?x63130 (+ (ite (>= boundary 3) (* 1.0 x_30) 0.0) ?x62231)))
 (let (($x46802 (= read_value x_30)))
 (let (($x41365 (= read_index 4)))
 (let (($x12147 (and (and $x41365 (not (= phase_14 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x62961 (and (and (= read_index 3) (not false)) (= boundary (- phase_161 1)))))
 (let (($x28936 (and (and (= read_index 2) (not false)) (= boundary (- phase_124 1)))))
 (let (($x50455 (and (and (= read_index 1) (not false)) (= boundary (- phase_87 1)))))
 (let (($x37063 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (let (($x11806 (or (and $x37063 $x46802) (and $x50455 $x46802) (and $x28936 $x46802) (and $x62961 $x46802) (and $x12147 $x46802))))
 (and $x11806 (and (distinct ?x63130 read_value) true)))))))))))))))
(check-sat)
