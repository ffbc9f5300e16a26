(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_26 () Int)
(declare-fun phase_62 () Int)
(declare-fun phase_99 () Int)
(declare-fun phase_136 () Int)
(declare-fun phase_173 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_42 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_26 2))
(assert
 (= phase_62 6))
(assert
 (= phase_99 6))
(assert
 (= phase_136 10))
(assert
 (= phase_173 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x27788 (* (- 1.0) x_42)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x31141 (ite $x18406 ?x27788 0.0)))
 (let ((?x36563 (+ (ite (>= boundary 3) (* 1.0 x_42) 0.0) ?x31141)))
 (let (($x83349 (= read_value x_42)))
 (let (($x105111 (= read_index 4)))
 (let (($x28823 (and (and $x105111 (not (= phase_26 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x34741 (and (and (= read_index 3) (not false)) (= boundary (- phase_173 1)))))
 (let (($x24222 (and (and (= read_index 2) (not false)) (= boundary (- phase_136 1)))))
 (let (($x23431 (and (and (= read_index 1) (not false)) (= boundary (- phase_99 1)))))
 (let (($x42417 (and (and (= read_index 0) (not false)) (= boundary (- phase_62 1)))))
 (let (($x105473 (or (and $x42417 $x83349) (and $x23431 $x83349) (and $x24222 $x83349) (and $x34741 $x83349) (and $x28823 $x83349))))
 (and $x105473 (and (distinct ?x36563 read_value) true)))))))))))))))
(check-sat)
