(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_36 () Int)
(declare-fun phase_72 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_146 () Int)
(declare-fun phase_183 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_52 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_36 2))
(assert
 (= phase_72 6))
(assert
 (= phase_109 10))
(assert
 (= phase_146 6))
(assert
 (= phase_183 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x21168 (* (- 1.0) x_52)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x21362 (ite $x17940 ?x21168 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x11302 (ite $x13403 (* 1.0 x_52) 0.0)))
 (let ((?x24645 (+ ?x11302 ?x21362)))
 (let (($x46884 (= read_value x_52)))
 (let (($x41365 (= read_index 4)))
 (let (($x12773 (and (and $x41365 (not (= phase_36 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x49834 (and (and (= read_index 3) (not false)) (= boundary (- phase_183 1)))))
 (let (($x22370 (and (and (= read_index 2) (not false)) (= boundary (- phase_146 1)))))
 (let (($x3442 (and (and (= read_index 1) (not false)) (= boundary (- phase_109 1)))))
 (let (($x38202 (and (and (= read_index 0) (not false)) (= boundary (- phase_72 1)))))
 (let (($x30156 (or (and $x38202 $x46884) (and $x3442 $x46884) (and $x22370 $x46884) (and $x49834 $x46884) (and $x12773 $x46884))))
 (and $x30156 (and (distinct ?x24645 read_value) true)))))))))))))))))
(check-sat)
