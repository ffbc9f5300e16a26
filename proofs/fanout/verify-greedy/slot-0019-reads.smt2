(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_10 () Int)
(declare-fun phase_46 () Int)
(declare-fun phase_83 () Int)
(declare-fun phase_120 () Int)
(declare-fun phase_157 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_26 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_10 2))
(assert
 (= phase_46 6))
(assert
 (= phase_83 6))
(assert
 (= phase_120 6))
(assert
 (= phase_157 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x31720 (* (- 1.0) x_26)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x46455 (ite $x18406 ?x31720 0.0)))
 (let (($x17771 (>= boundary 3)))
 (let ((?x29025 (ite $x17771 (* 1.0 x_26) 0.0)))
 (let ((?x64530 (+ ?x29025 ?x46455)))
 (let (($x58461 (= read_value x_26)))
 (let (($x105111 (= read_index 4)))
 (let (($x26531 (and (and $x105111 (not (= phase_10 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x80401 (and (and (= read_index 3) (not false)) (= boundary (- phase_157 1)))))
 (let (($x64699 (and (and (= read_index 2) (not false)) (= boundary (- phase_120 1)))))
 (let (($x85964 (and (and (= read_index 1) (not false)) (= boundary (- phase_83 1)))))
 (let (($x58190 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x13966 (or (and $x58190 $x58461) (and $x85964 $x58461) (and $x64699 $x58461) (and $x80401 $x58461) (and $x26531 $x58461))))
 (and $x13966 (and (distinct ?x64530 read_value) true)))))))))))))))))
(check-sat)
