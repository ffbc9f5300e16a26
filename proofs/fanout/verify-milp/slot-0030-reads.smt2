(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_21 () Int)
(declare-fun phase_57 () Int)
(declare-fun phase_94 () Int)
(declare-fun phase_131 () Int)
(declare-fun phase_168 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_37 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_21 2))
(assert
 (= phase_57 6))
(assert
 (= phase_94 10))
(assert
 (= phase_131 6))
(assert
 (= phase_168 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x35655 (* (- 1.0) x_37)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x45970 (ite $x17940 ?x35655 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x35234 (ite $x13403 (* 1.0 x_37) 0.0)))
 (let ((?x62086 (+ ?x35234 ?x45970)))
 (let (($x55778 (= read_value x_37)))
 (let (($x41365 (= read_index 4)))
 (let (($x26303 (and (and $x41365 (not (= phase_21 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x7186 (and (and (= read_index 3) (not false)) (= boundary (- phase_168 1)))))
 (let (($x13405 (and (and (= read_index 2) (not false)) (= boundary (- phase_131 1)))))
 (let (($x44373 (and (and (= read_index 1) (not false)) (= boundary (- phase_94 1)))))
 (let (($x55698 (and (and (= read_index 0) (not false)) (= boundary (- phase_57 1)))))
 (let (($x34783 (or (and $x55698 $x55778) (and $x44373 $x55778) (and $x13405 $x55778) (and $x7186 $x55778) (and $x26303 $x55778))))
 (and $x34783 (and (distinct ?x62086 read_value) true)))))))))))))))))
(check-sat)
