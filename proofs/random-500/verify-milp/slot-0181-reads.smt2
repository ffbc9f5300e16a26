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
 (= phase_250 25))
(assert
 (= phase_259 24))
(assert
 (= phase_467 38))
(assert
 (let ((?x123434 (* (- 1.0) x_250)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x128586 (ite $x54498 ?x123434 0.0)))
 (let ((?x90889 (+ (ite (>= boundary 15) (* 1.0 x_250) 0.0) ?x128586)))
 (let (($x117712 (= read_value x_250)))
 (let (($x48290 (and (and (= read_index 2) (not false)) (= boundary (- phase_467 1)))))
 (let (($x114152 (and (and (= read_index 1) (not false)) (= boundary (- phase_259 1)))))
 (let (($x53696 (= read_index 0)))
 (let (($x36709 (and (and $x53696 (not (= phase_218 (- phase_250 1)))) (= boundary (- phase_250 2)))))
 (and (or (and $x36709 $x117712) (and $x114152 $x117712) (and $x48290 $x117712)) (and (distinct ?x90889 read_value) true))))))))))))
(check-sat)
