(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_75 () Int)
(declare-fun phase_111 () Int)
(declare-fun phase_465 () Int)
(declare-fun read_value () Real)
(declare-fun x_98 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_75 6))
(assert
 (= phase_111 7))
(assert
 (= phase_465 30))
(assert
 (let ((?x118415 (* (- 1.0) x_98)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x114309 (ite $x23693 ?x118415 0.0)))
 (let ((?x79398 (+ (ite (>= boundary 7) (* 1.0 x_98) 0.0) ?x114309)))
 (let (($x14948 (= read_value x_98)))
 (let (($x37602 (and (and (= read_index 1) (not false)) (= boundary (- phase_465 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x93146 (and (and $x59209 (not (= phase_75 (- phase_111 1)))) (= boundary (- phase_111 2)))))
 (and (or (and $x93146 $x14948) (and $x37602 $x14948)) (and (distinct ?x79398 read_value) true)))))))))))
(check-sat)
