(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_242 () Int)
(declare-fun phase_269 () Int)
(declare-fun phase_278 () Int)
(declare-fun phase_325 () Int)
(declare-fun phase_480 () Int)
(declare-fun read_value () Real)
(declare-fun x_274 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_242 14))
(assert
 (= phase_269 15))
(assert
 (= phase_278 18))
(assert
 (= phase_325 20))
(assert
 (= phase_480 36))
(assert
 (let ((?x69451 (* (- 1.0) x_274)))
 (let (($x39142 (>= boundary 37)))
 (let ((?x99001 (ite $x39142 ?x69451 0.0)))
 (let (($x39044 (>= boundary 15)))
 (let ((?x33775 (ite $x39044 (* 1.0 x_274) 0.0)))
 (let ((?x112198 (+ ?x33775 ?x99001)))
 (let (($x91748 (= read_value x_274)))
 (let (($x110229 (and (and (= read_index 3) (not false)) (= boundary (- phase_480 1)))))
 (let (($x62265 (and (and (= read_index 2) (not false)) (= boundary (- phase_325 1)))))
 (let (($x57543 (and (and (= read_index 1) (not false)) (= boundary (- phase_278 1)))))
 (let (($x59209 (= read_index 0)))
 (let (($x129765 (and (and $x59209 (not (= phase_242 (- phase_269 1)))) (= boundary (- phase_269 2)))))
 (let (($x111145 (or (and $x129765 $x91748) (and $x57543 $x91748) (and $x62265 $x91748) (and $x110229 $x91748))))
 (and $x111145 (and (distinct ?x112198 read_value) true))))))))))))))))
(check-sat)
