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
(declare-fun phase_1062 () Int)
(declare-fun phase_1072 () Int)
(declare-fun phase_1073 () Int)
(declare-fun phase_1088 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_1456 () Real)
(declare-fun boundary () Int)
(declare-fun x_110 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_45 6))
(assert
 (= phase_972 14))
(assert
 (= phase_992 18))
(assert
 (= phase_1008 22))
(assert
 (= phase_1024 26))
(assert
 (= phase_1040 30))
(assert
 (= phase_1056 34))
(assert
 (= phase_1062 46))
(assert
 (= phase_1072 38))
(assert
 (= phase_1073 51))
(assert
 (= phase_1088 42))
(assert
 (= phase_1090 7))
(assert
 (let ((?x180157 (* (- 1.0) x_1456)))
 (let (($x251235 (>= boundary 51)))
 (let ((?x182650 (ite $x251235 ?x180157 0.0)))
 (let ((?x98281 (* (- 1.0) x_110)))
 (let (($x107451 (>= boundary 43)))
 (let ((?x110976 (ite $x107451 ?x98281 0.0)))
 (let ((?x198929 (+ (ite (>= boundary 7) (* 1.0 x_110) 0.0) ?x110976 (ite (>= boundary 47) (* 1.0 x_1456) 0.0) ?x182650)))
 (let (($x190120 (= read_value x_1456)))
 (let (($x191872 (= read_index 9)))
 (let (($x70885 (and (and $x191872 (not (= phase_1062 (- phase_1073 1)))) (= boundary (- phase_1073 2)))))
 (let (($x140183 (= read_value x_110)))
 (let (($x26712 (= read_index 8)))
 (let (($x133548 (and (and $x26712 (not (= phase_45 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x173594 (and (and (= read_index 7) (not false)) (= boundary (- phase_1088 1)))))
 (let (($x85592 (and (and (= read_index 6) (not false)) (= boundary (- phase_1072 1)))))
 (let (($x81713 (and (and (= read_index 5) (not false)) (= boundary (- phase_1056 1)))))
 (let (($x91544 (and (and (= read_index 4) (not false)) (= boundary (- phase_1040 1)))))
 (let (($x173893 (and (and (= read_index 3) (not false)) (= boundary (- phase_1024 1)))))
 (let (($x168373 (and (and (= read_index 2) (not false)) (= boundary (- phase_1008 1)))))
 (let (($x187633 (and (and (= read_index 1) (not false)) (= boundary (- phase_992 1)))))
 (let (($x98828 (and (and (= read_index 0) (not false)) (= boundary (- phase_972 1)))))
 (let (($x211622 (or (and $x98828 $x140183) (and $x187633 $x140183) (and $x168373 $x140183) (and $x173893 $x140183) (and $x91544 $x140183) (and $x81713 $x140183) (and $x85592 $x140183) (and $x173594 $x140183) (and $x133548 $x140183) (and $x70885 $x190120))))
 (and $x211622 (and (distinct ?x198929 read_value) true)))))))))))))))))))))))))
(check-sat)
