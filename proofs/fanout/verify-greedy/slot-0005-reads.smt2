(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_38 () Int)
(declare-fun phase_75 () Int)
(declare-fun phase_112 () Int)
(declare-fun phase_149 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_18 () Real)
(declare-fun boundary () Int)
(declare-fun x_5 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (= phase_38 6))
(assert
 (= phase_75 6))
(assert
 (= phase_112 6))
(assert
 (= phase_149 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x32811 (* (- 1.0) x_18)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x62157 (ite $x18406 ?x32811 0.0)))
 (let ((?x18860 (* (- 1.0) x_5)))
 (let (($x31234 (>= boundary 1)))
 (let ((?x19499 (ite $x31234 ?x18860 0.0)))
 (let ((?x32721 (+ (ite (>= boundary (- 1)) (* 1.0 x_5) 0.0) ?x19499 (ite (>= boundary 3) (* 1.0 x_18) 0.0) ?x62157)))
 (let (($x85961 (= read_value x_18)))
 (let (($x33049 (and (and (= read_index 5) (not (= phase_2 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x39532 (and (and (= read_index 4) (not false)) (= boundary (- phase_149 1)))))
 (let (($x24503 (and (and (= read_index 3) (not false)) (= boundary (- phase_112 1)))))
 (let (($x8031 (and (and (= read_index 2) (not false)) (= boundary (- phase_75 1)))))
 (let (($x28195 (and (and (= read_index 1) (not false)) (= boundary (- phase_38 1)))))
 (let (($x80155 (= read_value x_5)))
 (let (($x44865 (and (and (= read_index 0) (not false)) (= boundary (- phase_0 1)))))
 (let (($x84903 (or (and $x44865 $x80155) (and $x28195 $x85961) (and $x8031 $x85961) (and $x24503 $x85961) (and $x39532 $x85961) (and $x33049 $x85961))))
 (and $x84903 (and (distinct ?x32721 read_value) true)))))))))))))))))))
(check-sat)
