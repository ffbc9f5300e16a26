(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_13 () Int)
(declare-fun phase_49 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_123 () Int)
(declare-fun phase_160 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_29 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_13 2))
(assert
 (= phase_49 6))
(assert
 (= phase_86 10))
(assert
 (= phase_123 6))
(assert
 (= phase_160 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x26394 (* (- 1.0) x_29)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x27158 (ite $x17940 ?x26394 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x10934 (ite $x13403 (* 1.0 x_29) 0.0)))
 (let ((?x28871 (+ ?x10934 ?x27158)))
 (let (($x39904 (= read_value x_29)))
 (let (($x41365 (= read_index 4)))
 (let (($x28343 (and (and $x41365 (not (= phase_13 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x63151 (and (and (= read_index 3) (not false)) (= boundary (- phase_160 1)))))
 (let (($x3678 (and (and (= read_index 2) (not false)) (= boundary (- phase_123 1)))))
 (let (($x3522 (and (and (= read_index 1) (not false)) (= boundary (- phase_86 1)))))
 (let (($x33714 (and (and (= read_index 0) (not false)) (= boundary (- phase_49 1)))))
 (let (($x3847 (or (and $x33714 $x39904) (and $x3522 $x39904) (and $x3678 $x39904) (and $x63151 $x39904) (and $x28343 $x39904))))
 (and $x3847 (and (distinct ?x28871 read_value) true)))))))))))))))))
(check-sat)
