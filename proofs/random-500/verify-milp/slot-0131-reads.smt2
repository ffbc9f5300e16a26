(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_161 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_198 () Int)
(declare-fun phase_243 () Int)
(declare-fun phase_264 () Int)
(declare-fun phase_270 () Int)
(declare-fun phase_273 () Int)
(declare-fun phase_432 () Int)
(declare-fun read_value () Real)
(declare-fun x_275 () Real)
(declare-fun boundary () Int)
(declare-fun x_167 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_161 10))
(assert
 (= phase_177 14))
(assert
 (= phase_198 14))
(assert
 (= phase_243 18))
(assert
 (= phase_264 38))
(assert
 (= phase_270 22))
(assert
 (= phase_273 37))
(assert
 (= phase_432 39))
(assert
 (let ((?x107600 (* (- 1.0) x_275)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x134231 (ite $x54498 ?x107600 0.0)))
 (let ((?x94012 (* (- 1.0) x_167)))
 (let (($x28618 (>= boundary 15)))
 (let ((?x101397 (ite $x28618 ?x94012 0.0)))
 (let ((?x41445 (+ (ite (>= boundary 7) (* 1.0 x_167) 0.0) ?x101397 (ite (>= boundary 19) (* 1.0 x_275) 0.0) ?x134231)))
 (let (($x107371 (= read_value x_275)))
 (let (($x138628 (= read_index 6)))
 (let (($x42674 (and (and $x138628 (not (= phase_243 (- phase_432 1)))) (= boundary (- phase_432 2)))))
 (let (($x128582 (= read_index 5)))
 (let (($x17639 (and (and $x128582 (not (= phase_243 (- phase_273 1)))) (= boundary (- phase_273 2)))))
 (let (($x57897 (and (and (= read_index 4) (not false)) (= boundary (- phase_270 1)))))
 (let (($x94815 (and (and (= read_index 3) (not false)) (= boundary (- phase_264 1)))))
 (let (($x113784 (= read_value x_167)))
 (let (($x98115 (and (and (= read_index 2) (not false)) (= boundary (- phase_198 1)))))
 (let (($x115387 (and (and (= read_index 1) (not false)) (= boundary (- phase_177 1)))))
 (let (($x111897 (and (and (= read_index 0) (not false)) (= boundary (- phase_161 1)))))
 (let (($x114256 (or (and $x111897 $x113784) (and $x115387 $x113784) (and $x98115 $x113784) (and $x94815 $x107371) (and $x57897 $x107371) (and $x17639 $x107371) (and $x42674 $x107371))))
 (and $x114256 (and (distinct ?x41445 read_value) true))))))))))))))))))))))
(check-sat)
