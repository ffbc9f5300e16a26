(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_31 () Int)
(declare-fun phase_975 () Int)
(declare-fun phase_1090 () Int)
(declare-fun read_value () Real)
(declare-fun x_96 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_31 6))
(assert
 (= phase_975 46))
(assert
 (= phase_1090 7))
(assert
 (let ((?x99947 (* (- 1.0) x_96)))
 (let (($x130502 (>= boundary 47)))
 (let ((?x99936 (ite $x130502 ?x99947 0.0)))
 (let ((?x16973 (+ (ite (>= boundary 7) (* 1.0 x_96) 0.0) ?x99936)))
 (let (($x121664 (= read_value x_96)))
 (let (($x127149 (= read_index 1)))
 (let (($x45920 (and (and $x127149 (not (= phase_31 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x205166 (and (and (= read_index 0) (not false)) (= boundary (- phase_975 1)))))
 (and (or (and $x205166 $x121664) (and $x45920 $x121664)) (and (distinct ?x16973 read_value) true)))))))))))
(check-sat)
