(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_210 () Int)
(declare-fun phase_242 () Int)
(declare-fun phase_452 () Int)
(declare-fun read_value () Real)
(declare-fun x_195 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_210 10))
(assert
 (= phase_242 14))
(assert
 (= phase_452 38))
(assert
 (let ((?x117547 (* (- 1.0) x_195)))
 (let (($x54498 (>= boundary 39)))
 (let ((?x121468 (ite $x54498 ?x117547 0.0)))
 (let ((?x15626 (+ (ite (>= boundary 9) (* 1.0 x_195) 0.0) ?x121468)))
 (let (($x126951 (= read_value x_195)))
 (let (($x115079 (and (and (= read_index 2) (not false)) (= boundary (- phase_452 1)))))
 (let (($x104393 (and (and (= read_index 1) (not false)) (= boundary (- phase_242 1)))))
 (let (($x114333 (and (and (= read_index 0) (not false)) (= boundary (- phase_210 1)))))
 (and (or (and $x114333 $x126951) (and $x104393 $x126951) (and $x115079 $x126951)) (and (distinct ?x15626 read_value) true)))))))))))
(check-sat)
