(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_593 () Int)
(declare-fun phase_594 () Int)
(declare-fun phase_595 () Int)
(declare-fun phase_596 () Int)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_1018 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1020 () Int)
(declare-fun read_value () Real)
(declare-fun x_835 () Real)
(declare-fun boundary () Int)
(declare-fun x_471 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_593 22))
(assert
 (= phase_594 22))
(assert
 (= phase_595 22))
(assert
 (= phase_596 22))
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_1018 18))
(assert
 (= phase_1019 18))
(assert
 (= phase_1020 18))
(assert
 (let ((?x140076 (* (- 1.0) x_835)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x140284 (ite $x24162 ?x140076 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x137835 (ite $x208249 (* 1.0 x_835) 0.0)))
 (let ((?x75766 (* (- 1.0) x_471)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x91951 (ite $x272189 ?x75766 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x59594 (ite $x103445 (* 1.0 x_471) 0.0)))
 (let ((?x179339 (+ ?x59594 ?x91951 ?x137835 ?x140284)))
 (let (($x142481 (= read_value x_835)))
 (let (($x24654 (and (and (= read_index 10) (not false)) (= boundary (- phase_600 1)))))
 (let (($x211594 (and (and (= read_index 9) (not false)) (= boundary (- phase_599 1)))))
 (let (($x190135 (and (and (= read_index 8) (not false)) (= boundary (- phase_598 1)))))
 (let (($x175311 (and (and (= read_index 7) (not false)) (= boundary (- phase_597 1)))))
 (let (($x235372 (and (and (= read_index 6) (not false)) (= boundary (- phase_596 1)))))
 (let (($x241072 (and (and (= read_index 5) (not false)) (= boundary (- phase_595 1)))))
 (let (($x74386 (and (and (= read_index 4) (not false)) (= boundary (- phase_594 1)))))
 (let (($x68478 (and (and (= read_index 3) (not false)) (= boundary (- phase_593 1)))))
 (let (($x128966 (= read_value x_471)))
 (let (($x222423 (and (and (= read_index 2) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x208281 (and (and (= read_index 1) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x127086 (and (and (= read_index 0) (not false)) (= boundary (- phase_1018 1)))))
 (let (($x180528 (or (and $x127086 $x128966) (and $x208281 $x128966) (and $x222423 $x128966) (and $x68478 $x142481) (and $x74386 $x142481) (and $x241072 $x142481) (and $x235372 $x142481) (and $x175311 $x142481) (and $x190135 $x142481) (and $x211594 $x142481) (and $x24654 $x142481))))
 (and $x180528 (and (distinct ?x179339 read_value) true))))))))))))))))))))))))))))
(check-sat)
