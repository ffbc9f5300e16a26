(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_14 () Int)
(declare-fun phase_50 () Int)
(declare-fun phase_87 () Int)
(declare-fun phase_124 () Int)
(declare-fun phase_161 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_30 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_14 2))
(assert
 (= phase_50 6))
(assert
 (= phase_87 6))
(assert
 (= phase_124 6))
(assert
 (= phase_161 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x12346 (* (- 1.0) x_30)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x18659 (ite $x18406 ?x12346 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x12074 (ite $x17771 (* 1.0 x_30) 0.0)))
 (let ((?x35223 (+ ?x12074 ?x18659)))
 (let (($x81125 (= read_value x_30)))
 (let (($x105111 (= read_index 4)))
 (let (($x61184 (and (and $x105111 (not (= phase_14 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x43421 (and (and (= read_index 3) (not false)) (= boundary (- phase_161 1)))))
 (let (($x7009 (and (and (= read_index 2) (not false)) (= boundary (- phase_124 1)))))
 (let (($x26852 (and (and (= read_index 1) (not false)) (= boundary (- phase_87 1)))))
 (let (($x70051 (and (and (= read_index 0) (not false)) (= boundary (- phase_50 1)))))
 (let (($x529 (or (and $x70051 $x81125) (and $x26852 $x81125) (and $x7009 $x81125) (and $x43421 $x81125) (and $x61184 $x81125))))
 (and $x529 (and (distinct ?x35223 read_value) true)))))))))))))))))
(check-sat)
