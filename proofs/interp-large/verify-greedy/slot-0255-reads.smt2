(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_577 () Int)
(declare-fun phase_578 () Int)
(declare-fun phase_579 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_585 () Int)
(declare-fun phase_782 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun phase_823 () Int)
(declare-fun read_value () Real)
(declare-fun x_821 () Real)
(declare-fun boundary () Int)
(declare-fun x_1142 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_577 22))
(assert
 (= phase_578 22))
(assert
 (= phase_579 22))
(assert
 (= phase_580 22))
(assert
 (= phase_581 22))
(assert
 (= phase_582 22))
(assert
 (= phase_584 22))
(assert
 (= phase_585 22))
(assert
 (= phase_782 12))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (= phase_823 15))
(assert
 (let ((?x115596 (* (- 1.0) x_821)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x153665 (ite $x24162 ?x115596 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x102252 (ite $x208249 (* 1.0 x_821) 0.0)))
 (let ((?x33769 (* (- 1.0) x_1142)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x77030 (ite $x103445 ?x33769 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x11255 (ite $x175310 (* 1.0 x_1142) 0.0)))
 (let ((?x165670 (+ ?x11255 ?x77030 ?x102252 ?x153665)))
 (let (($x219120 (= read_value x_1142)))
 (let (($x197388 (= read_index 12)))
 (let (($x145417 (and (and $x197388 (not (= phase_782 (- phase_823 1)))) (= boundary (- phase_823 2)))))
 (let (($x141610 (and (and (= read_index 11) (not false)) (= boundary (- phase_821 1)))))
 (let (($x24082 (and (and (= read_index 10) (not false)) (= boundary (- phase_820 1)))))
 (let (($x162130 (and (and (= read_index 9) (not false)) (= boundary (- phase_819 1)))))
 (let (($x113679 (and (and (= read_index 8) (not false)) (= boundary (- phase_818 1)))))
 (let (($x98823 (= read_value x_821)))
 (let (($x98355 (and (and (= read_index 7) (not false)) (= boundary (- phase_585 1)))))
 (let (($x225040 (and (and (= read_index 6) (not false)) (= boundary (- phase_584 1)))))
 (let (($x165620 (and (and (= read_index 5) (not false)) (= boundary (- phase_582 1)))))
 (let (($x44682 (and (and (= read_index 4) (not false)) (= boundary (- phase_581 1)))))
 (let (($x40326 (and (and (= read_index 3) (not false)) (= boundary (- phase_580 1)))))
 (let (($x224543 (and (and (= read_index 2) (not false)) (= boundary (- phase_579 1)))))
 (let (($x164364 (and (and (= read_index 1) (not false)) (= boundary (- phase_578 1)))))
 (let (($x83948 (and (and (= read_index 0) (not false)) (= boundary (- phase_577 1)))))
 (let (($x16973 (or (and $x83948 $x98823) (and $x164364 $x98823) (and $x224543 $x98823) (and $x40326 $x98823) (and $x44682 $x98823) (and $x165620 $x98823) (and $x225040 $x98823) (and $x98355 $x98823) (and $x113679 $x219120) (and $x162130 $x219120) (and $x24082 $x219120) (and $x141610 $x219120) (and $x145417 $x219120))))
 (and $x16973 (and (distinct ?x165670 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
