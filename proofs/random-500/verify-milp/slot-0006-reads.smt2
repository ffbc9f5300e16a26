(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_13 () Int)
(declare-fun phase_21 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_403 () Int)
(declare-fun phase_469 () Int)
(declare-fun read_value () Real)
(declare-fun x_6 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_11 0))
(assert
 (= phase_13 1))
(assert
 (= phase_21 2))
(assert
 (= phase_59 6))
(assert
 (= phase_66 6))
(assert
 (= phase_87 6))
(assert
 (= phase_122 5))
(assert
 (= phase_129 10))
(assert
 (= phase_403 32))
(assert
 (= phase_469 38))
(assert
 (let ((?x103596 (* (- 1.0) x_6)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x106434 (ite $x54498 ?x103596 0.0)))
 (let ((?x106978 (+ (ite (>= boundary (- 1)) (* 1.0 x_6) 0.0) ?x106434)))
 (let (($x96029 (= read_value x_6)))
 (let (($x50168 (and (and (= read_index 9) (not false)) (= boundary (- phase_469 1)))))
 (let (($x69279 (and (and (= read_index 8) (not false)) (= boundary (- phase_403 1)))))
 (let (($x62300 (and (and (= read_index 7) (not false)) (= boundary (- phase_129 1)))))
 (let (($x26074 (and (and (= read_index 6) (not false)) (= boundary (- phase_122 2)))))
 (let (($x67322 (and (and (= read_index 5) (not false)) (= boundary (- phase_87 1)))))
 (let (($x91373 (and (and (= read_index 4) (not false)) (= boundary (- phase_66 1)))))
 (let (($x69973 (and (and (= read_index 3) (not false)) (= boundary (- phase_59 1)))))
 (let (($x27529 (and (and (= read_index 2) (not false)) (= boundary (- phase_21 1)))))
 (let (($x112304 (and (and (= read_index 1) (not false)) (= boundary (- phase_13 2)))))
 (let (($x70209 (and (and (= read_index 0) (not false)) (= boundary (- phase_11 1)))))
 (let (($x115080 (or (and $x70209 $x96029) (and $x112304 $x96029) (and $x27529 $x96029) (and $x69973 $x96029) (and $x91373 $x96029) (and $x67322 $x96029) (and $x26074 $x96029) (and $x62300 $x96029) (and $x69279 $x96029) (and $x50168 $x96029))))
 (and $x115080 (and (distinct ?x106978 read_value) true)))))))))))))))))))
(check-sat)
