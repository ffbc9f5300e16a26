(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_252 () Int)
(declare-fun phase_265 () Int)
(declare-fun phase_299 () Int)
(declare-fun read_value () Real)
(declare-fun x_262 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_252 16))
(assert
 (= phase_265 16))
(assert
 (= phase_299 20))
(assert
 (let ((?x115003 (* (- 1.0) x_262)))
 (let (($x121827 (>= boundary 21)))
 (let ((?x122412 (ite $x121827 ?x115003 0.0)))
 (let ((?x22867 (+ (ite (>= boundary 15) (* 1.0 x_262) 0.0) ?x122412)))
 (let (($x91399 (= read_value x_262)))
 (let (($x119004 (and (and (= read_index 2) (not false)) (= boundary (- phase_299 1)))))
 (let (($x63575 (and (and (= read_index 1) (not false)) (= boundary (- phase_265 1)))))
 (let (($x116993 (and (and (= read_index 0) (not false)) (= boundary (- phase_252 1)))))
 (and (or (and $x116993 $x91399) (and $x63575 $x91399) (and $x119004 $x91399)) (and (distinct ?x22867 read_value) true)))))))))))
(check-sat)
