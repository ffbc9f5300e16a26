(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_355 () Int)
(declare-fun phase_381 () Int)
(declare-fun phase_389 () Int)
(declare-fun read_value () Real)
(declare-fun x_361 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_355 28))
(assert
 (= phase_381 26))
(assert
 (= phase_389 21))
(assert
 (let ((?x91447 (* (- 1.0) x_361)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x104230 (ite $x39154 ?x91447 0.0)))
 (let ((?x23197 (+ (ite (>= boundary 15) (* 1.0 x_361) 0.0) ?x104230)))
 (let (($x76985 (= read_value x_361)))
 (let (($x130662 (and (and (= read_index 2) (not false)) (= boundary (- phase_389 2)))))
 (let (($x116282 (and (and (= read_index 1) (not false)) (= boundary (- phase_381 1)))))
 (let (($x111965 (and (and (= read_index 0) (not false)) (= boundary (- phase_355 1)))))
 (and (or (and $x111965 $x76985) (and $x116282 $x76985) (and $x130662 $x76985)) (and (distinct ?x23197 read_value) true)))))))))))
(check-sat)
