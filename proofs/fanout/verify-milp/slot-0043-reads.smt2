(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_34 () Int)
(declare-fun phase_70 () Int)
(declare-fun phase_107 () Int)
(declare-fun phase_144 () Int)
(declare-fun phase_181 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_50 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_34 2))
(assert
 (= phase_70 6))
(assert
 (= phase_107 10))
(assert
 (= phase_144 6))
(assert
 (= phase_181 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x35869 (* (- 1.0) x_50)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x41909 (ite $x17940 ?x35869 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x7420 (ite $x13403 (* 1.0 x_50) 0.0)))
 (let ((?x48043 (+ ?x7420 ?x41909)))
 (let (($x48656 (= read_value x_50)))
 (let (($x41365 (= read_index 4)))
 (let (($x11290 (and (and $x41365 (not (= phase_34 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x18406 (and (and (= read_index 3) (not false)) (= boundary (- phase_181 1)))))
 (let (($x62727 (and (and (= read_index 2) (not false)) (= boundary (- phase_144 1)))))
 (let (($x28352 (and (and (= read_index 1) (not false)) (= boundary (- phase_107 1)))))
 (let (($x27354 (and (and (= read_index 0) (not false)) (= boundary (- phase_70 1)))))
 (let (($x12773 (or (and $x27354 $x48656) (and $x28352 $x48656) (and $x62727 $x48656) (and $x18406 $x48656) (and $x11290 $x48656))))
 (and $x12773 (and (distinct ?x48043 read_value) true)))))))))))))))))
(check-sat)
