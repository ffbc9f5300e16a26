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
 (let ((?x210742 (* (- 1.0) x_96)))
 (let (($x142281 (>= boundary 47)))
 (let ((?x65055 (ite $x142281 ?x210742 0.0)))
 (let (($x33429 (>= boundary 7)))
 (let ((?x140248 (ite $x33429 (* 1.0 x_96) 0.0)))
 (let ((?x114155 (+ ?x140248 ?x65055)))
 (let (($x234844 (= read_value x_96)))
 (let (($x116607 (= read_index 1)))
 (let (($x216505 (and (and $x116607 (not (= phase_31 (- phase_1090 1)))) (= boundary (- phase_1090 2)))))
 (let (($x124057 (and (and (= read_index 0) (not false)) (= boundary (- phase_975 1)))))
 (and (or (and $x124057 $x234844) (and $x216505 $x234844)) (and (distinct ?x114155 read_value) true)))))))))))))
(check-sat)
