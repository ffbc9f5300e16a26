(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_218 () Int)
(declare-fun phase_250 () Int)
(declare-fun phase_259 () Int)
(declare-fun phase_467 () Int)
(declare-fun read_value () Real)
(declare-fun x_250 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_218 14))
(assert
 (= phase_250 15))
(assert
 (= phase_259 16))
(assert
 (= phase_467 30))
(assert
 (let ((?x110158 (* (- 1.0) x_250)))
 (let (($x23693 (>= boundary 31)))
 (let ((?x112225 (ite $x23693 ?x110158 0.0)))
 (let ((?x67530 (+ (ite (>= boundary 15) (* 1.0 x_250) 0.0) ?x112225)))
 (let (($x127350 (= read_value x_250)))
 (let (($x130712 (and (and (= read_index 2) (not false)) (= boundary (- phase_467 1)))))
 (let (($x104713 (and (and (= read_index 1) (not false)) (= boundary (- phase_259 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x78071 (and (and $x59209 (not (= phase_218 (- phase_250 1)))) (= boundary (- phase_250 2)))))
 (and (or (and $x78071 $x127350) (and $x104713 $x127350) (and $x130712 $x127350)) (and (distinct ?x67530 read_value) true))))))))))))
(check-sat)
