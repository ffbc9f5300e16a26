(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_23 () Int)
(declare-fun phase_59 () Int)
(declare-fun phase_96 () Int)
(declare-fun phase_133 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_39 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_23 2))
(assert
 (= phase_59 6))
(assert
 (= phase_96 10))
(assert
 (= phase_133 6))
(assert
 (= phase_170 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x37916 (* (- 1.0) x_39)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x40439 (ite $x17940 ?x37916 0.0)))
 (let ((?x60672 (+ (ite (>= boundary 3) (* 1.0 x_39) 0.0) ?x40439)))
 (let (($x44427 (= read_value x_39)))
 (let (($x41365 (= read_index 4)))
 (let (($x27638 (and (and $x41365 (not (= phase_23 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x44024 (and (and (= read_index 3) (not false)) (= boundary (- phase_170 1)))))
 (let (($x5645 (and (and (= read_index 2) (not false)) (= boundary (- phase_133 1)))))
 (let (($x26803 (and (and (= read_index 1) (not false)) (= boundary (- phase_96 1)))))
 (let (($x39914 (and (and (= read_index 0) (not false)) (= boundary (- phase_59 1)))))
 (let (($x30535 (or (and $x39914 $x44427) (and $x26803 $x44427) (and $x5645 $x44427) (and $x44024 $x44427) (and $x27638 $x44427))))
 (and $x30535 (and (distinct ?x60672 read_value) true)))))))))))))))
(check-sat)
