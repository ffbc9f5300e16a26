(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_233 () Int)
(declare-fun phase_260 () Int)
(declare-fun phase_280 () Int)
(declare-fun phase_290 () Int)
(declare-fun read_value () Real)
(declare-fun x_265 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_233 14))
(assert
 (= phase_260 15))
(assert
 (= phase_280 18))
(assert
 (= phase_290 18))
(assert
 (let ((?x110270 (* (- 1.0) x_265)))
 (let (($x121819 (>= boundary 19)))
 (let ((?x126196 (ite $x121819 ?x110270 0.0)))
 (let ((?x113762 (+ (ite (>= boundary 15) (* 1.0 x_265) 0.0) ?x126196)))
 (let (($x51540 (= read_value x_265)))
 (let (($x114827 (and (and (= read_index 2) (not false)) (= boundary (- phase_290 1)))))
 (let (($x25487 (and (and (= read_index 1) (not false)) (= boundary (- phase_280 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x62265 (and (and $x59209 (not (= phase_233 (- phase_260 1)))) (= boundary (- phase_260 2)))))
 (and (or (and $x62265 $x51540) (and $x25487 $x51540) (and $x114827 $x51540)) (and (distinct ?x113762 read_value) true))))))))))))
(check-sat)
