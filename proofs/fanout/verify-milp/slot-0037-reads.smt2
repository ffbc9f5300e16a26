(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_28 () Int)
(declare-fun phase_64 () Int)
(declare-fun phase_101 () Int)
(declare-fun phase_138 () Int)
(declare-fun phase_175 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_44 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_28 2))
(assert
 (= phase_64 6))
(assert
 (= phase_101 10))
(assert
 (= phase_138 6))
(assert
 (= phase_175 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x33866 (* (- 1.0) x_44)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x37625 (ite $x17940 ?x33866 0.0)))
 (let ((?x52798 (+ (ite (>= boundary 3) (* 1.0 x_44) 0.0) ?x37625)))
 (let (($x36367 (= read_value x_44)))
 (let (($x41365 (= read_index 4)))
 (let (($x11997 (and (and $x41365 (not (= phase_28 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x5645 (and (and (= read_index 3) (not false)) (= boundary (- phase_175 1)))))
 (let (($x26303 (and (and (= read_index 2) (not false)) (= boundary (- phase_138 1)))))
 (let (($x27198 (and (and (= read_index 1) (not false)) (= boundary (- phase_101 1)))))
 (let (($x34607 (and (and (= read_index 0) (not false)) (= boundary (- phase_64 1)))))
 (let (($x4057 (or (and $x34607 $x36367) (and $x27198 $x36367) (and $x26303 $x36367) (and $x5645 $x36367) (and $x11997 $x36367))))
 (and $x4057 (and (distinct ?x52798 read_value) true)))))))))))))))
(check-sat)
