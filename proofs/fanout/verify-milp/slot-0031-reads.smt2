(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_22 () Int)
(declare-fun phase_58 () Int)
(declare-fun phase_95 () Int)
(declare-fun phase_132 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_38 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_22 2))
(assert
 (= phase_58 6))
(assert
 (= phase_95 10))
(assert
 (= phase_132 6))
(assert
 (= phase_169 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x29407 (* (- 1.0) x_38)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x34802 (ite $x17940 ?x29407 0.0)))
 (let ((?x47869 (+ (ite (>= boundary 3) (* 1.0 x_38) 0.0) ?x34802)))
 (let (($x46085 (= read_value x_38)))
 (let (($x41365 (= read_index 4)))
 (let (($x44319 (and (and $x41365 (not (= phase_22 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x15731 (and (and (= read_index 3) (not false)) (= boundary (- phase_169 1)))))
 (let (($x46884 (and (and (= read_index 2) (not false)) (= boundary (- phase_132 1)))))
 (let (($x34247 (and (and (= read_index 1) (not false)) (= boundary (- phase_95 1)))))
 (let (($x42794 (and (and (= read_index 0) (not false)) (= boundary (- phase_58 1)))))
 (let (($x45928 (or (and $x42794 $x46085) (and $x34247 $x46085) (and $x46884 $x46085) (and $x15731 $x46085) (and $x44319 $x46085))))
 (and $x45928 (and (distinct ?x47869 read_value) true)))))))))))))))
(check-sat)
