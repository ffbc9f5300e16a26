(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_170 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_173 () Int)
(declare-fun read_value () Real)
(declare-fun x_176 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_170 0))
(assert
 (= phase_171 54))
(assert
 (= phase_172 54))
(assert
 (= phase_173 55))
(assert
 (let ((?x28262 (* (- 1.0) x_176)))
 (let (($x27373 (>= boundary 55)))
 (let ((?x62211 (ite $x27373 ?x28262 0.0)))
 (let ((?x20639 (+ (ite (>= boundary 1) (* 1.0 x_176) 0.0) ?x62211)))
 (let (($x28823 (= read_value x_176)))
 (let (($x38449 (= read_index 2)))
 (let (($x5370 (and (and $x38449 (not (= phase_170 (- phase_173 1)))) (= boundary (- phase_173 2)))))
 (let (($x12363 (and (and (= read_index 1) (not false)) (= boundary (- phase_172 1)))))
 (let (($x45648 (and (and (= read_index 0) (not false)) (= boundary (- phase_171 1)))))
 (and (or (and $x45648 $x28823) (and $x12363 $x28823) (and $x5370 $x28823)) (and (distinct ?x20639 read_value) true))))))))))))
(check-sat)
