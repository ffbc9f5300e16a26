(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_155 () Int)
(declare-fun phase_201 () Int)
(declare-fun phase_207 () Int)
(declare-fun phase_225 () Int)
(declare-fun phase_237 () Int)
(declare-fun phase_239 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_357 () Int)
(declare-fun phase_360 () Int)
(declare-fun phase_477 () Int)
(declare-fun read_value () Real)
(declare-fun x_358 () Real)
(declare-fun boundary () Int)
(declare-fun x_183 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_155 10))
(assert
 (= phase_201 19))
(assert
 (= phase_207 14))
(assert
 (= phase_225 15))
(assert
 (= phase_237 12))
(assert
 (= phase_239 15))
(assert
 (= phase_243 18))
(assert
 (= phase_357 30))
(assert
 (= phase_360 30))
(assert
 (= phase_477 38))
(assert
 (let ((?x114258 (* (- 1.0) x_358)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x117869 (ite $x54498 ?x114258 0.0)))
 (let ((?x66670 (* (- 1.0) x_183)))
 (let (($x31973 (>= boundary 19)))
 (let ((?x73469 (ite $x31973 ?x66670 0.0)))
 (let ((?x123936 (+ (ite (>= boundary 11) (* 1.0 x_183) 0.0) ?x73469 (ite (>= boundary 21) (* 1.0 x_358) 0.0) ?x117869)))
 (let (($x29073 (= read_value x_358)))
 (let (($x43067 (and (and (= read_index 8) (not false)) (= boundary (- phase_477 1)))))
 (let (($x56890 (and (and (= read_index 7) (not false)) (= boundary (- phase_360 1)))))
 (let (($x111451 (and (and (= read_index 6) (not false)) (= boundary (- phase_357 1)))))
 (let (($x113726 (= read_value x_183)))
 (let (($x112985 (and (and (= read_index 5) (not false)) (= boundary (- phase_243 1)))))
 (let (($x70907 (= read_index 4)))
 (let (($x94632 (and (and $x70907 (not (= phase_155 (- phase_239 1)))) (= boundary (- phase_239 2)))))
 (let (($x115387 (and (and (= read_index 3) (not false)) (= boundary (- phase_237 1)))))
 (let (($x119160 (= read_index 2)))
 (let (($x94553 (and (and $x119160 (not (= phase_155 (- phase_225 1)))) (= boundary (- phase_225 2)))))
 (let (($x41585 (and (and (= read_index 1) (not false)) (= boundary (- phase_207 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x107374 (and (and $x53696 (not (= phase_155 (- phase_201 1)))) (= boundary (- phase_201 2)))))
 (let (($x103293 (or (and $x107374 $x113726) (and $x41585 $x113726) (and $x94553 $x113726) (and $x115387 $x113726) (and $x94632 $x113726) (and $x112985 $x113726) (and $x111451 $x29073) (and $x56890 $x29073) (and $x43067 $x29073))))
 (and $x103293 (and (distinct ?x123936 read_value) true)))))))))))))))))))))))))
(check-sat)
