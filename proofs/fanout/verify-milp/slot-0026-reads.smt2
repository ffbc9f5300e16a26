(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_33 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_17 2))
(assert
 (= phase_53 6))
(assert
 (= phase_90 10))
(assert
 (= phase_127 6))
(assert
 (= phase_164 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x26967 (* (- 1.0) x_33)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x28238 (ite $x17940 ?x26967 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x26751 (ite $x13403 (* 1.0 x_33) 0.0)))
 (let ((?x29963 (+ ?x26751 ?x28238)))
 (let (($x26783 (= read_value x_33)))
 (let (($x41365 (= read_index 4)))
 (let (($x30496 (and (and $x41365 (not (= phase_17 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x7235 (and (and (= read_index 3) (not false)) (= boundary (- phase_164 1)))))
 (let (($x64298 (and (and (= read_index 2) (not false)) (= boundary (- phase_127 1)))))
 (let (($x13076 (and (and (= read_index 1) (not false)) (= boundary (- phase_90 1)))))
 (let (($x26704 (and (and (= read_index 0) (not false)) (= boundary (- phase_53 1)))))
 (let (($x32364 (or (and $x26704 $x26783) (and $x13076 $x26783) (and $x64298 $x26783) (and $x7235 $x26783) (and $x30496 $x26783))))
 (and $x32364 (and (distinct ?x29963 read_value) true)))))))))))))))))
(check-sat)
