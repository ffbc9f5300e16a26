(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_12 () Int)
(declare-fun read_value () Real)
(declare-fun x_1 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_12 4))
(assert
 (let ((?x37220 (* 1.0 x_1)))
 (let (($x46814 (>= boundary (- 1))))
 (let ((?x8634 (ite $x46814 ?x37220 0.0)))
 (let (($x1248 (= read_value x_1)))
 (let (($x11206 (and (and (= read_index 2) (not false)) (= boundary (- phase_12 1)))))
 (let (($x11589 (and (and (= read_index 1) (not false)) (= boundary (- phase_2 1)))))
 (let (($x12953 (and (and (= read_index 0) (not false)) (= boundary (- phase_1 1)))))
 (and (or (and $x12953 $x1248) (and $x11589 $x1248) (and $x11206 $x1248)) (and (distinct ?x8634 read_value) true))))))))))
(check-sat)
