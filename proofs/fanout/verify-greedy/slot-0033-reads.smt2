(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_24 () Int)
(declare-fun phase_60 () Int)
(declare-fun phase_97 () Int)
(declare-fun phase_134 () Int)
(declare-fun phase_171 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_40 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_24 2))
(assert
 (= phase_60 6))
(assert
 (= phase_97 6))
(assert
 (= phase_134 10))
(assert
 (= phase_171 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x23950 (* (- 1.0) x_40)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x25092 (ite $x18406 ?x23950 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x12536 (ite $x17771 (* 1.0 x_40) 0.0)))
 (let ((?x55801 (+ ?x12536 ?x25092)))
 (let (($x85185 (= read_value x_40)))
 (let (($x105111 (= read_index 4)))
 (let (($x58229 (and (and $x105111 (not (= phase_24 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x3984 (and (and (= read_index 3) (not false)) (= boundary (- phase_171 1)))))
 (let (($x87778 (and (and (= read_index 2) (not false)) (= boundary (- phase_134 1)))))
 (let (($x31400 (and (and (= read_index 1) (not false)) (= boundary (- phase_97 1)))))
 (let (($x48896 (and (and (= read_index 0) (not false)) (= boundary (- phase_60 1)))))
 (let (($x84976 (or (and $x48896 $x85185) (and $x31400 $x85185) (and $x87778 $x85185) (and $x3984 $x85185) (and $x58229 $x85185))))
 (and $x84976 (and (distinct ?x55801 read_value) true)))))))))))))))))
(check-sat)
