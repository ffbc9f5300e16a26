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
 (= phase_98 6))
(assert
 (= phase_135 10))
(assert
 (= phase_172 10))
(assert
 (= phase_282 3))
(assert
 (let ((?x71940 (* (- 1.0) x_41)))
 (let (($x18406 (>= boundary 11)))
 (let ((?x72021 (ite $x18406 ?x71940 0.0)))
 (let ((?x86364 (+ (ite (>= boundary 3) (* 1.0 x_41) 0.0) ?x72021)))
 (let (($x80454 (= read_value x_41)))
 (let (($x105111 (= read_index 4)))
 (let (($x28831 (and (and $x105111 (not (= phase_25 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x85553 (and (and (= read_index 3) (not false)) (= boundary (- phase_172 1)))))
 (let (($x12536 (and (and (= read_index 2) (not false)) (= boundary (- phase_135 1)))))
 (let (($x18894 (and (and (= read_index 1) (not false)) (= boundary (- phase_98 1)))))
 (let (($x70736 (and (and (= read_index 0) (not false)) (= boundary (- phase_61 1)))))
 (let (($x84945 (or (and $x70736 $x80454) (and $x18894 $x80454) (and $x12536 $x80454) (and $x85553 $x80454) (and $x28831 $x80454))))
 (and $x84945 (and (distinct ?x86364 read_value) true)))))))))))))))
(check-sat)
