(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_18 () Int)
(declare-fun phase_54 () Int)
(declare-fun phase_91 () Int)
(declare-fun phase_128 () Int)
(declare-fun phase_165 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_34 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_18 2))
(assert
 (= phase_54 6))
(assert
 (= phase_91 10))
(assert
 (= phase_128 6))
(assert
 (= phase_165 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x31295 (* (- 1.0) x_34)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x51310 (ite $x17940 ?x31295 0.0)))
 (let ((?x60740 (+ (ite (>= boundary 3) (* 1.0 x_34) 0.0) ?x51310)))
 (let (($x17854 (= read_value x_34)))
 (let (($x41365 (= read_index 4)))
 (let (($x11200 (and (and $x41365 (not (= phase_18 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x27089 (and (and (= read_index 3) (not false)) (= boundary (- phase_165 1)))))
 (let (($x38647 (and (and (= read_index 2) (not false)) (= boundary (- phase_128 1)))))
 (let (($x62086 (and (and (= read_index 1) (not false)) (= boundary (- phase_91 1)))))
 (let (($x12076 (and (and (= read_index 0) (not false)) (= boundary (- phase_54 1)))))
 (let (($x2263 (or (and $x12076 $x17854) (and $x62086 $x17854) (and $x38647 $x17854) (and $x27089 $x17854) (and $x11200 $x17854))))
 (and $x2263 (and (distinct ?x60740 read_value) true)))))))))))))))
(check-sat)
