(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_45 () Int)
(declare-fun phase_972 () Int)
(declare-fun phase_992 () Int)
(declare-fun phase_1008 () Int)
(declare-fun phase_1024 () Int)
(declare-fun phase_1040 () Int)
(declare-fun phase_1056 () Int)
(declare-fun phase_1072 () Int)
(declare-fun phase_1088 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_110 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_45 6))
(assert
 (= phase_972 30))
(assert
 (= phase_992 42))
(assert
 (= phase_1008 42))
(assert
 (= phase_1024 42))
(assert
 (= phase_1040 42))
(assert
 (= phase_1056 42))
(assert
 (= phase_1072 42))
(assert
 (= phase_1088 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x100591 (* (- 1.0) x_110)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x105802 (ite $x139643 ?x100591 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x97455 (ite $x33429 (* 1.0 x_110) 0.0)))
 (let ((?x106581 (+ ?x97455 ?x105802)))
 (let (($x151021 (= read_value x_110)))
 (let (($x188886 (= read_index 8)))
 (let (($x122329 (and (and $x188886 (not (= phase_45 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x28861 (and (and (= read_index 7) (not false)) (= boundary (- phase_1088 1)))))
 (let (($x159265 (and (and (= read_index 6) (not false)) (= boundary (- phase_1072 1)))))
 (let (($x222551 (and (and (= read_index 5) (not false)) (= boundary (- phase_1056 1)))))
 (let (($x142463 (and (and (= read_index 4) (not false)) (= boundary (- phase_1040 1)))))
 (let (($x150559 (and (and (= read_index 3) (not false)) (= boundary (- phase_1024 1)))))
 (let (($x156887 (and (and (= read_index 2) (not false)) (= boundary (- phase_1008 1)))))
 (let (($x231863 (and (and (= read_index 1) (not false)) (= boundary (- phase_992 1)))))
 (let (($x101999 (and (and (= read_index 0) (not false)) (= boundary (- phase_972 1)))))
 (let (($x226037 (or (and $x101999 $x151021) (and $x231863 $x151021) (and $x156887 $x151021) (and $x150559 $x151021) (and $x142463 $x151021) (and $x222551 $x151021) (and $x159265 $x151021) (and $x28861 $x151021) (and $x122329 $x151021))))
 (and $x226037 (and (distinct ?x106581 read_value) true)))))))))))))))))))))
(check-sat)
