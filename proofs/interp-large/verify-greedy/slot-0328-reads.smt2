(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_597 () Int)
(declare-fun phase_598 () Int)
(declare-fun phase_599 () Int)
(declare-fun phase_600 () Int)
(declare-fun phase_602 () Int)
(declare-fun phase_603 () Int)
(declare-fun phase_604 () Int)
(declare-fun phase_605 () Int)
(declare-fun phase_1082 () Int)
(declare-fun phase_1083 () Int)
(declare-fun phase_1084 () Int)
(declare-fun read_value () Real)
(declare-fun x_839 () Real)
(declare-fun boundary () Int)
(declare-fun x_507 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_597 22))
(assert
 (= phase_598 22))
(assert
 (= phase_599 22))
(assert
 (= phase_600 22))
(assert
 (= phase_602 22))
(assert
 (= phase_603 22))
(assert
 (= phase_604 22))
(assert
 (= phase_605 22))
(assert
 (= phase_1082 18))
(assert
 (= phase_1083 18))
(assert
 (= phase_1084 18))
(assert
 (let ((?x154804 (* (- 1.0) x_839)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x183964 (ite $x24162 ?x154804 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x153821 (ite $x208249 (* 1.0 x_839) 0.0)))
 (let ((?x58417 (* (- 1.0) x_507)))
 (let (($x272189 (>= boundary 19)))
 (let ((?x75461 (ite $x272189 ?x58417 0.0)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x58416 (ite $x103445 (* 1.0 x_507) 0.0)))
 (let ((?x187986 (+ ?x58416 ?x75461 ?x153821 ?x183964)))
 (let (($x120229 (= read_value x_839)))
 (let (($x60559 (and (and (= read_index 10) (not false)) (= boundary (- phase_605 1)))))
 (let (($x100108 (and (and (= read_index 9) (not false)) (= boundary (- phase_604 1)))))
 (let (($x84690 (and (and (= read_index 8) (not false)) (= boundary (- phase_603 1)))))
 (let (($x127283 (and (and (= read_index 7) (not false)) (= boundary (- phase_602 1)))))
 (let (($x116144 (and (and (= read_index 6) (not false)) (= boundary (- phase_600 1)))))
 (let (($x165722 (and (and (= read_index 5) (not false)) (= boundary (- phase_599 1)))))
 (let (($x158541 (and (and (= read_index 4) (not false)) (= boundary (- phase_598 1)))))
 (let (($x132082 (and (and (= read_index 3) (not false)) (= boundary (- phase_597 1)))))
 (let (($x111424 (= read_value x_507)))
 (let (($x44529 (and (and (= read_index 2) (not false)) (= boundary (- phase_1084 1)))))
 (let (($x187013 (and (and (= read_index 1) (not false)) (= boundary (- phase_1083 1)))))
 (let (($x105263 (and (and (= read_index 0) (not false)) (= boundary (- phase_1082 1)))))
 (let (($x44563 (or (and $x105263 $x111424) (and $x187013 $x111424) (and $x44529 $x111424) (and $x132082 $x120229) (and $x158541 $x120229) (and $x165722 $x120229) (and $x116144 $x120229) (and $x127283 $x120229) (and $x84690 $x120229) (and $x100108 $x120229) (and $x60559 $x120229))))
 (and $x44563 (and (distinct ?x187986 read_value) true))))))))))))))))))))))))))))
(check-sat)
