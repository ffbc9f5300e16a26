(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_31 () Int)
(declare-fun phase_162 () Int)
(declare-fun phase_191 () Int)
(declare-fun read_value () Real)
(declare-fun x_70 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_31 6))
(assert
 (= phase_162 30))
(assert
 (= phase_191 7))
(assert
 (let ((?x29866 (* (- 1.0) x_70)))
 (let (($x37324 (>= boundary 31)))
 (let ((?x27401 (ite $x37324 ?x29866 0.0)))
 (let ((?x26867 (+ (ite (>= boundary 7) (* 1.0 x_70) 0.0) ?x27401)))
 (let (($x3950 (= read_value x_70)))
 (let (($x51222 (= read_index 1)))
 (let (($x8410 (and (and $x51222 (not (= phase_31 (- phase_191 1)))) (= boundary (- phase_191 2)))))
 (let (($x12650 (and (and (= read_index 0) (not false)) (= boundary (- phase_162 1)))))
 (and (or (and $x12650 $x3950) (and $x8410 $x3950)) (and (distinct ?x26867 read_value) true)))))))))))
(check-sat)
