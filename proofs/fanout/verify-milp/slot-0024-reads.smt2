(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_15 () Int)
(declare-fun phase_51 () Int)
(declare-fun phase_88 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_31 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_15 2))
(assert
 (= phase_51 6))
(assert
 (= phase_88 10))
(assert
 (= phase_125 6))
(assert
 (= phase_162 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x31493 (* (- 1.0) x_31)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x33714 (ite $x17940 ?x31493 0.0)))
 (let ((?x61087 (+ (ite (>= boundary 3) (* 1.0 x_31) 0.0) ?x33714)))
 (let (($x57357 (= read_value x_31)))
 (let (($x41365 (= read_index 4)))
 (let (($x28575 (and (and $x41365 (not (= phase_15 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x60700 (and (and (= read_index 3) (not false)) (= boundary (- phase_162 1)))))
 (let (($x63204 (and (and (= read_index 2) (not false)) (= boundary (- phase_125 1)))))
 (let (($x11462 (and (and (= read_index 1) (not false)) (= boundary (- phase_88 1)))))
 (let (($x31495 (and (and (= read_index 0) (not false)) (= boundary (- phase_51 1)))))
 (let (($x60688 (or (and $x31495 $x57357) (and $x11462 $x57357) (and $x63204 $x57357) (and $x60700 $x57357) (and $x28575 $x57357))))
 (and $x60688 (and (distinct ?x61087 read_value) true)))))))))))))))
(check-sat)
