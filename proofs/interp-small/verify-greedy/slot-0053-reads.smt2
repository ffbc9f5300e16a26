(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_35 () Int)
(declare-fun phase_159 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_180 () Int)
(declare-fun phase_189 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_74 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_35 6))
(assert
 (= phase_159 34))
(assert
 (= phase_171 34))
(assert
 (= phase_180 34))
(assert
 (= phase_189 34))
(assert
 (= phase_191 7))
(assert
 (let ((?x22760 (* (- 1.0) x_74)))
 (let (($x16479 (>= boundary 35)))
 (let ((?x25391 (ite $x16479 ?x22760 0.0)))
 (let ((?x26661 (+ (ite (>= boundary 7) (* 1.0 x_74) 0.0) ?x25391)))
 (let (($x57270 (= read_value x_74)))
 (let (($x52452 (= read_index 4)))
 (let (($x6501 (and (and $x52452 (not (= phase_35 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x22908 (and (and (= read_index 3) (not false)) (= boundary (- phase_189 1)))))
 (let (($x31704 (and (and (= read_index 2) (not false)) (= boundary (- phase_180 1)))))
 (let (($x55059 (and (and (= read_index 1) (not false)) (= boundary (- phase_171 1)))))
 (let (($x36559 (and (and (= read_index 0) (not false)) (= boundary (- phase_159 1)))))
 (let (($x16921 (or (and $x36559 $x57270) (and $x55059 $x57270) (and $x31704 $x57270) (and $x22908 $x57270) (and $x6501 $x57270))))
 (and $x16921 (and (distinct ?x26661 read_value) true)))))))))))))))
(check-sat)
