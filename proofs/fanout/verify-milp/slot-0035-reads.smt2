(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_26 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_42 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_26 2))
(assert
 (= phase_62 6))
(assert
 (= phase_99 10))
(assert
 (= phase_136 6))
(assert
 (= phase_173 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x35211 (* (- 1.0) x_42)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x46083 (ite $x17940 ?x35211 0.0)))
 (let ((?x61616 (+ (ite (>= boundary 3) (* 1.0 x_42) 0.0) ?x46083)))
 (let (($x52156 (= read_value x_42)))
 (let (($x41365 (= read_index 4)))
 (let (($x29373 (and (and $x41365 (not (= phase_26 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x10194 (and (and (= read_index 3) (not false)) (= boundary (- phase_173 1)))))
 (let (($x48625 (and (and (= read_index 2) (not false)) (= boundary (- phase_136 1)))))
 (let (($x43086 (and (and (= read_index 1) (not false)) (= boundary (- phase_99 1)))))
 (let (($x49828 (and (and (= read_index 0) (not false)) (= boundary (- phase_62 1)))))
 (let (($x22423 (or (and $x49828 $x52156) (and $x43086 $x52156) (and $x48625 $x52156) (and $x10194 $x52156) (and $x29373 $x52156))))
 (and $x22423 (and (distinct ?x61616 read_value) true)))))))))))))))
(check-sat)
