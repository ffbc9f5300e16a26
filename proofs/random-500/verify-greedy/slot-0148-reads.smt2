(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_151 () Int)
(declare-fun phase_154 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_197 () Int)
(declare-fun phase_248 () Int)
(declare-fun phase_445 () Int)
(declare-fun read_value () Real)
(declare-fun x_151 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_151 10))
(assert
 (= phase_154 8))
(assert
 (= phase_172 10))
(assert
 (= phase_197 10))
(assert
 (= phase_248 16))
(assert
 (= phase_445 32))
(assert
 (let ((?x94268 (* (- 1.0) x_151)))
 (let (($x91408 (>= boundary 33)))
 (let ((?x98938 (ite $x91408 ?x94268 0.0)))
 (let (($x132459 (>= boundary 7)))
 (let ((?x62311 (ite $x132459 (* 1.0 x_151) 0.0)))
 (let ((?x103783 (+ ?x62311 ?x98938)))
 (let (($x109243 (= read_value x_151)))
 (let (($x131913 (and (and (= read_index 5) (not false)) (= boundary (- phase_445 1)))))
 (let (($x111250 (and (and (= read_index 4) (not false)) (= boundary (- phase_248 1)))))
 (let (($x22944 (and (and (= read_index 3) (not false)) (= boundary (- phase_197 1)))))
 (let (($x1679 (and (and (= read_index 2) (not false)) (= boundary (- phase_172 1)))))
 (let (($x109433 (and (and (= read_index 1) (not false)) (= boundary (- phase_154 1)))))
 (let (($x98285 (and (and (= read_index 0) (not false)) (= boundary (- phase_151 1)))))
 (let (($x62453 (or (and $x98285 $x109243) (and $x109433 $x109243) (and $x1679 $x109243) (and $x22944 $x109243) (and $x111250 $x109243) (and $x131913 $x109243))))
 (and $x62453 (and (distinct ?x103783 read_value) true)))))))))))))))))
(check-sat)
