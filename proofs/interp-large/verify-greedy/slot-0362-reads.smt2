(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_709 () Int)
(declare-fun phase_710 () Int)
(declare-fun phase_711 () Int)
(declare-fun read_value () Real)
(declare-fun x_1006 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_709 22))
(assert
 (= phase_710 22))
(assert
 (= phase_711 22))
(assert
 (let ((?x155657 (* (- 1.0) x_1006)))
 (let (($x24162 (>= boundary 23)))
 (let ((?x165393 (ite $x24162 ?x155657 0.0)))
 (let (($x208249 (>= boundary 21)))
 (let ((?x130390 (ite $x208249 (* 1.0 x_1006) 0.0)))
 (let ((?x55074 (+ ?x130390 ?x165393)))
 (let (($x272270 (= read_value x_1006)))
 (let (($x114975 (and (and (= read_index 2) (not false)) (= boundary (- phase_711 1)))))
 (let (($x149140 (and (and (= read_index 1) (not false)) (= boundary (- phase_710 1)))))
 (let (($x228064 (and (and (= read_index 0) (not false)) (= boundary (- phase_709 1)))))
 (and (or (and $x228064 $x272270) (and $x149140 $x272270) (and $x114975 $x272270)) (and (distinct ?x55074 read_value) true)))))))))))))
(check-sat)
