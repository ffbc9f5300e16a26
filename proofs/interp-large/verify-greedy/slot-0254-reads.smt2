(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_576 () Int)
(declare-fun phase_577 () Int)
(declare-fun phase_578 () Int)
(declare-fun phase_579 () Int)
(declare-fun phase_580 () Int)
(declare-fun phase_581 () Int)
(declare-fun phase_582 () Int)
(declare-fun phase_584 () Int)
(declare-fun phase_781 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun phase_823 () Int)
(declare-fun read_value () Real)
(declare-fun x_820 () Real)
(declare-fun boundary () Int)
(declare-fun x_1141 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_576 22))
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
 (= phase_781 12))
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
 (let ((?x104940 (* (- 1.0) x_820)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x108500 (ite $x24162 ?x104940 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x102252 (ite $x208249 (* 1.0 x_820) 0.0)))
 (let ((?x51837 (* (- 1.0) x_1141)))
 (let (($x103445 (>= boundary 15)))
 (let ((?x55862 (ite $x103445 ?x51837 0.0)))
 (let (($x175310 (>= boundary 13)))
 (let ((?x16973 (ite $x175310 (* 1.0 x_1141) 0.0)))
 (let ((?x110119 (+ ?x16973 ?x55862 ?x102252 ?x108500)))
 (let (($x58224 (= read_value x_1141)))
 (let (($x197388 (= read_index 12)))
 (let (($x223462 (and (and $x197388 (not (= phase_781 (- phase_823 1)))) (= boundary (- phase_823 2)))))
 (let (($x164628 (and (and (= read_index 11) (not false)) (= boundary (- phase_821 1)))))
 (let (($x83454 (and (and (= read_index 10) (not false)) (= boundary (- phase_820 1)))))
 (let (($x49090 (and (and (= read_index 9) (not false)) (= boundary (- phase_819 1)))))
 (let (($x276268 (and (and (= read_index 8) (not false)) (= boundary (- phase_818 1)))))
 (let (($x75600 (= read_value x_820)))
 (let (($x122973 (and (and (= read_index 7) (not false)) (= boundary (- phase_584 1)))))
 (let (($x105646 (and (and (= read_index 6) (not false)) (= boundary (- phase_582 1)))))
 (let (($x155156 (and (and (= read_index 5) (not false)) (= boundary (- phase_581 1)))))
 (let (($x132055 (and (and (= read_index 4) (not false)) (= boundary (- phase_580 1)))))
 (let (($x74988 (and (and (= read_index 3) (not false)) (= boundary (- phase_579 1)))))
 (let (($x257244 (and (and (= read_index 2) (not false)) (= boundary (- phase_578 1)))))
 (let (($x151363 (and (and (= read_index 1) (not false)) (= boundary (- phase_577 1)))))
 (let (($x49089 (and (and (= read_index 0) (not false)) (= boundary (- phase_576 1)))))
 (let (($x220827 (or (and $x49089 $x75600) (and $x151363 $x75600) (and $x257244 $x75600) (and $x74988 $x75600) (and $x132055 $x75600) (and $x155156 $x75600) (and $x105646 $x75600) (and $x122973 $x75600) (and $x276268 $x58224) (and $x49090 $x58224) (and $x83454 $x58224) (and $x164628 $x58224) (and $x223462 $x58224))))
 (and $x220827 (and (distinct ?x110119 read_value) true)))))))))))))))))))))))))))))))
(check-sat)
