(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_143 () Int)
(declare-fun phase_163 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_220 () Int)
(declare-fun phase_222 () Int)
(declare-fun phase_337 () Int)
(declare-fun phase_370 () Int)
(declare-fun phase_380 () Int)
(declare-fun phase_469 () Int)
(declare-fun phase_479 () Int)
(declare-fun phase_489 () Int)
(declare-fun read_value () Real)
(declare-fun x_483 () Real)
(declare-fun boundary () Int)
(declare-fun x_171 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_143 10))
(assert
 (= phase_163 13))
(assert
 (= phase_168 12))
(assert
 (= phase_198 14))
(assert
 (= phase_220 18))
(assert
 (= phase_222 18))
(assert
 (= phase_337 29))
(assert
 (= phase_370 32))
(assert
 (= phase_380 30))
(assert
 (= phase_469 38))
(assert
 (= phase_479 38))
(assert
 (= phase_489 38))
(assert
 (let ((?x112124 (* (- 1.0) x_483)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x112562 (ite $x54498 ?x112124 0.0)))
 (let (($x107459 (>= boundary 35)))
 (let ((?x111509 (ite $x107459 (* 1.0 x_483) 0.0)))
 (let ((?x97343 (* (- 1.0) x_171)))
 (let (($x133731 (>= boundary 33)))
 (let ((?x99176 (ite $x133731 ?x97343 0.0)))
 (let (($x118056 (>= boundary 11)))
 (let ((?x81632 (ite $x118056 (* 1.0 x_171) 0.0)))
 (let ((?x114566 (+ ?x81632 ?x99176 ?x111509 ?x112562)))
 (let (($x96081 (= read_value x_483)))
 (let (($x3738 (and (and (= read_index 10) (not false)) (= boundary (- phase_489 1)))))
 (let (($x99722 (and (and (= read_index 9) (not false)) (= boundary (- phase_479 1)))))
 (let (($x101119 (and (and (= read_index 8) (not false)) (= boundary (- phase_469 1)))))
 (let (($x111186 (= read_value x_171)))
 (let (($x132665 (and (and (= read_index 7) (not false)) (= boundary (- phase_380 1)))))
 (let (($x98753 (and (and (= read_index 6) (not false)) (= boundary (- phase_370 1)))))
 (let (($x128582 (= read_index 5)))
 (let (($x124344 (and (and $x128582 (not (= phase_143 (- phase_337 1)))) (= boundary (- phase_337 2)))))
 (let (($x116207 (and (and (= read_index 4) (not false)) (= boundary (- phase_222 1)))))
 (let (($x112028 (and (and (= read_index 3) (not false)) (= boundary (- phase_220 1)))))
 (let (($x98617 (and (and (= read_index 2) (not false)) (= boundary (- phase_198 1)))))
 (let (($x121456 (and (and (= read_index 1) (not false)) (= boundary (- phase_168 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x107448 (and (and $x53696 (not (= phase_143 (- phase_163 1)))) (= boundary (- phase_163 2)))))
 (let (($x105758 (or (and $x107448 $x111186) (and $x121456 $x111186) (and $x98617 $x111186) (and $x112028 $x111186) (and $x116207 $x111186) (and $x124344 $x111186) (and $x98753 $x111186) (and $x132665 $x111186) (and $x101119 $x96081) (and $x99722 $x96081) (and $x3738 $x96081))))
 (and $x105758 (and (distinct ?x114566 read_value) true))))))))))))))))))))))))))))))
(check-sat)
