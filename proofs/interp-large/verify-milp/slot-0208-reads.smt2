(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_1018 () Int)
(declare-fun phase_1019 () Int)
(declare-fun phase_1020 () Int)
(declare-fun read_value () Real)
(declare-fun x_471 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_1018 42))
(assert
 (= phase_1019 42))
(assert
 (= phase_1020 42))
(assert
 (let ((?x190349 (* (- 1.0) x_471)))
 (let (($x139643 (>= boundary 43)))
 (let ((?x245659 (ite $x139643 ?x190349 0.0)))
 (let ((?x116986 (+ (ite (>= boundary 15) (* 1.0 x_471) 0.0) ?x245659)))
 (let (($x83707 (= read_value x_471)))
 (let (($x67434 (and (and (= read_index 2) (not false)) (= boundary (- phase_1020 1)))))
 (let (($x97323 (and (and (= read_index 1) (not false)) (= boundary (- phase_1019 1)))))
 (let (($x150214 (and (and (= read_index 0) (not false)) (= boundary (- phase_1018 1)))))
 (and (or (and $x150214 $x83707) (and $x97323 $x83707) (and $x67434 $x83707)) (and (distinct ?x116986 read_value) true)))))))))))
(check-sat)
