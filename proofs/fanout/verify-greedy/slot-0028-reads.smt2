(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_19 () Int)
(declare-fun phase_55 () Int)
(declare-fun phase_92 () Int)
(declare-fun phase_129 () Int)
(declare-fun phase_166 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_35 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_19 2))
(assert
 (= phase_55 6))
(assert
 (= phase_92 6))
(assert
 (= phase_129 6))
(assert
 (= phase_166 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x25793 (* (- 1.0) x_35)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x28142 (ite $x18406 ?x25793 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x23124 (ite $x17771 (* 1.0 x_35) 0.0)))
 (let ((?x68993 (+ ?x23124 ?x28142)))
 (let (($x80406 (= read_value x_35)))
 (let (($x105111 (= read_index 4)))
 (let (($x86682 (and (and $x105111 (not (= phase_19 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x22713 (and (and (= read_index 3) (not false)) (= boundary (- phase_166 1)))))
 (let (($x21542 (and (and (= read_index 2) (not false)) (= boundary (- phase_129 1)))))
 (let (($x9480 (and (and (= read_index 1) (not false)) (= boundary (- phase_92 1)))))
 (let (($x37131 (and (and (= read_index 0) (not false)) (= boundary (- phase_55 1)))))
 (let (($x74236 (or (and $x37131 $x80406) (and $x9480 $x80406) (and $x21542 $x80406) (and $x22713 $x80406) (and $x86682 $x80406))))
 (and $x74236 (and (distinct ?x68993 read_value) true)))))))))))))))))
(check-sat)
