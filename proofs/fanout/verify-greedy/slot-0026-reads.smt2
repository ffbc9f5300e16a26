(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_17 () Int)
(declare-fun phase_53 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_127 () Int)
(declare-fun phase_164 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_33 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_17 2))
(assert
 (= phase_53 6))
(assert
 (= phase_90 6))
(assert
 (= phase_127 6))
(assert
 (= phase_164 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x25873 (* (- 1.0) x_33)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x36046 (ite $x18406 ?x25873 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x16208 (ite $x17771 (* 1.0 x_33) 0.0)))
 (let ((?x60099 (+ ?x16208 ?x36046)))
 (let (($x34511 (= read_value x_33)))
 (let (($x105111 (= read_index 4)))
 (let (($x59011 (and (and $x105111 (not (= phase_17 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x85659 (and (and (= read_index 3) (not false)) (= boundary (- phase_164 1)))))
 (let (($x59552 (and (and (= read_index 2) (not false)) (= boundary (- phase_127 1)))))
 (let (($x6557 (and (and (= read_index 1) (not false)) (= boundary (- phase_90 1)))))
 (let (($x33823 (and (and (= read_index 0) (not false)) (= boundary (- phase_53 1)))))
 (let (($x22198 (or (and $x33823 $x34511) (and $x6557 $x34511) (and $x59552 $x34511) (and $x85659 $x34511) (and $x59011 $x34511))))
 (and $x22198 (and (distinct ?x60099 read_value) true)))))))))))))))))
(check-sat)
