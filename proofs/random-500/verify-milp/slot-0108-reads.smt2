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
 (= phase_111 9))
(assert
 (= phase_465 38))
(assert
 (let ((?x131549 (* (- 1.0) x_98)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x68593 (ite $x54498 ?x131549 0.0)))
 (let ((?x114046 (+ (ite (>= boundary 7) (* 1.0 x_98) 0.0) ?x68593)))
 (let (($x54827 (= read_value x_98)))
 (let (($x122738 (and (and (= read_index 1) (not false)) (= boundary (- phase_465 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x103859 (and (and $x53696 (not (= phase_75 (- phase_111 1)))) (= boundary (- phase_111 2)))))
 (and (or (and $x103859 $x54827) (and $x122738 $x54827)) (and (distinct ?x114046 read_value) true)))))))))))
(check-sat)
