(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_25 () Int)
(declare-fun phase_61 () Int)
(declare-fun phase_98 () Int)
(declare-fun phase_135 () Int)
(declare-fun phase_172 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_41 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_25 2))
(assert
 (= phase_61 6))
(assert
 (= phase_98 10))
(assert
 (= phase_135 6))
(assert
 (= phase_172 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x22291 (* (- 1.0) x_41)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x29464 (ite $x17940 ?x22291 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x11087 (ite $x13403 (* 1.0 x_41) 0.0)))
 (let ((?x43128 (+ ?x11087 ?x29464)))
 (let (($x43949 (= read_value x_41)))
 (let (($x41365 (= read_index 4)))
 (let (($x3221 (and (and $x41365 (not (= phase_25 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x11067 (and (and (= read_index 3) (not false)) (= boundary (- phase_172 1)))))
 (let (($x26803 (and (and (= read_index 2) (not false)) (= boundary (- phase_135 1)))))
 (let (($x28879 (and (and (= read_index 1) (not false)) (= boundary (- phase_98 1)))))
 (let (($x43086 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x61165 (or (and $x43086 $x43949) (and $x28879 $x43949) (and $x26803 $x43949) (and $x11067 $x43949) (and $x3221 $x43949))))
 (and $x61165 (and (distinct ?x43128 read_value) true)))))))))))))))))
(check-sat)
