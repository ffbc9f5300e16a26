(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_166 () Int)
(declare-fun phase_230 () Int)
(declare-fun phase_427 () Int)
(declare-fun read_value () Real)
(declare-fun x_196 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_166 10))
(assert
 (= phase_230 14))
(assert
 (= phase_427 29))
(assert
 (let ((?x126462 (* (- 1.0) x_196)))
 (let (($x39154 (>= boundary 29)))
 (let ((?x108506 (ite $x39154 ?x126462 0.0)))
 (let (($x27406 (>= boundary 11)))
 (let ((?x114840 (ite $x27406 (* 1.0 x_196) 0.0)))
 (let ((?x3227 (+ ?x114840 ?x108506)))
 (let (($x109280 (= read_value x_196)))
 (let (($x62806 (= read_index 1)))
 (let (($x131252 (and (and $x62806 (not (= phase_166 (- phase_427 1)))) (= boundary (- phase_427 2)))))
 (let (($x125088 (and (and (= read_index 0) (not false)) (= boundary (- phase_230 1)))))
 (and (or (and $x125088 $x109280) (and $x131252 $x109280)) (and (distinct ?x3227 read_value) true)))))))))))))
(check-sat)
