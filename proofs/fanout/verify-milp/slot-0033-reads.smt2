(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_24 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_40 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_24 2))
(assert
 (= phase_60 6))
(assert
 (= phase_97 10))
(assert
 (= phase_134 6))
(assert
 (= phase_171 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x25297 (* (- 1.0) x_40)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x26706 (ite $x17940 ?x25297 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x23087 (ite $x13403 (* 1.0 x_40) 0.0)))
 (let ((?x48268 (+ ?x23087 ?x26706)))
 (let (($x41237 (= read_value x_40)))
 (let (($x41365 (= read_index 4)))
 (let (($x15317 (and (and $x41365 (not (= phase_24 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x43057 (and (and (= read_index 3) (not false)) (= boundary (- phase_171 1)))))
 (let (($x38247 (and (and (= read_index 2) (not false)) (= boundary (- phase_134 1)))))
 (let (($x30485 (and (and (= read_index 1) (not false)) (= boundary (- phase_97 1)))))
 (let (($x32482 (and (and (= read_index 0) (not false)) (= boundary (- phase_60 1)))))
 (let (($x2703 (or (and $x32482 $x41237) (and $x30485 $x41237) (and $x38247 $x41237) (and $x43057 $x41237) (and $x15317 $x41237))))
 (and $x2703 (and (distinct ?x48268 read_value) true)))))))))))))))))
(check-sat)
