(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_986 () Int)
(declare-fun phase_987 () Int)
(declare-fun phase_988 () Int)
(declare-fun read_value () Real)
(declare-fun x_453 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_986 42))
(assert
 (= phase_987 42))
(assert
 (= phase_988 42))
(assert
 (let ((?x156359 (* (- 1.0) x_453)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x165517 (ite $x139643 ?x156359 0.0)))
 (let (($x172763 (>= boundary 15)))
 (let ((?x101620 (ite $x172763 (* 1.0 x_453) 0.0)))
 (let ((?x220958 (+ ?x101620 ?x165517)))
 (let (($x155281 (= read_value x_453)))
 (let (($x41222 (and (and (= read_index 2) (not false)) (= boundary (- phase_988 1)))))
 (let (($x112602 (and (and (= read_index 1) (not false)) (= boundary (- phase_987 1)))))
 (let (($x195966 (and (and (= read_index 0) (not false)) (= boundary (- phase_986 1)))))
 (and (or (and $x195966 $x155281) (and $x112602 $x155281) (and $x41222 $x155281)) (and (distinct ?x220958 read_value) true)))))))))))))
(check-sat)
