(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_11 () Int)
(declare-fun phase_47 () Int)
(declare-fun phase_84 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_158 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_27 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_11 2))
(assert
 (= phase_47 6))
(assert
 (= phase_84 10))
(assert
 (= phase_121 6))
(assert
 (= phase_158 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x26582 (* (- 1.0) x_27)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x27311 (ite $x17940 ?x26582 0.0)))
 (let ((?x29489 (+ (ite (>= boundary 3) (* 1.0 x_27) 0.0) ?x27311)))
 (let (($x61690 (= read_value x_27)))
 (let (($x41365 (= read_index 4)))
 (let (($x3552 (and (and $x41365 (not (= phase_11 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x27118 (and (and (= read_index 3) (not false)) (= boundary (- phase_158 1)))))
 (let (($x22743 (and (and (= read_index 2) (not false)) (= boundary (- phase_121 1)))))
 (let (($x23647 (and (and (= read_index 1) (not false)) (= boundary (- phase_84 1)))))
 (let (($x54494 (and (and (= read_index 0) (not false)) (= boundary (- phase_47 1)))))
 (let (($x34616 (or (and $x54494 $x61690) (and $x23647 $x61690) (and $x22743 $x61690) (and $x27118 $x61690) (and $x3552 $x61690))))
 (and $x34616 (and (distinct ?x29489 read_value) true)))))))))))))))
(check-sat)
