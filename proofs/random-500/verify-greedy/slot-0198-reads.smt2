(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_332 () Int)
(declare-fun phase_345 () Int)
(declare-fun read_value () Real)
(declare-fun x_270 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_332 26))
(assert
 (= phase_345 24))
(assert
 (let ((?x112168 (* (- 1.0) x_270)))
 (let (($x86249 (>= boundary 27)))
 (let ((?x111784 (ite $x86249 ?x112168 0.0)))
 (let ((?x109000 (+ (ite (>= boundary 11) (* 1.0 x_270) 0.0) ?x111784)))
 (let (($x125308 (= read_value x_270)))
 (let (($x91709 (and (and (= read_index 1) (not false)) (= boundary (- phase_345 1)))))
 (let (($x103542 (and (and (= read_index 0) (not false)) (= boundary (- phase_332 1)))))
 (and (or (and $x103542 $x125308) (and $x91709 $x125308)) (and (distinct ?x109000 read_value) true))))))))))
(check-sat)
