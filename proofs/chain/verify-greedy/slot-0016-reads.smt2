(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_118 () Int)
(declare-fun phase_119 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_121 () Int)
(declare-fun read_value () Real)
(declare-fun x_124 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_118 0))
(assert
 (= phase_119 38))
(assert
 (= phase_120 38))
(assert
 (= phase_121 39))
(assert
 (let ((?x39759 (* (- 1.0) x_124)))
 (let (($x62213 (>= boundary 39)))
 (let ((?x61683 (ite $x62213 ?x39759 0.0)))
 (let ((?x48611 (+ (ite (>= boundary 1) (* 1.0 x_124) 0.0) ?x61683)))
 (let (($x20813 (= read_value x_124)))
 (let (($x38449 (= read_index 2)))
 (let (($x7259 (and (and $x38449 (not (= phase_118 (- phase_121 1)))) (= boundary (- phase_121 2)))))
 (let (($x26054 (and (and (= read_index 1) (not false)) (= boundary (- phase_120 1)))))
 (let (($x26711 (and (and (= read_index 0) (not false)) (= boundary (- phase_119 1)))))
 (and (or (and $x26711 $x20813) (and $x26054 $x20813) (and $x7259 $x20813)) (and (distinct ?x48611 read_value) true))))))))))))
(check-sat)
