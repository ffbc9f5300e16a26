(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_30 () Int)
(declare-fun phase_66 () Int)
(declare-fun phase_103 () Int)
(declare-fun phase_140 () Int)
(declare-fun phase_177 () Int)
(declare-fun phase_282 () Int)
(declare-fun read_value () Real)
(declare-fun x_46 () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_30 2))
(assert
 (= phase_66 6))
(assert
 (= phase_103 10))
(assert
 (= phase_140 6))
(assert
 (= phase_177 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x25074 (* (- 1.0) x_46)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x27978 (ite $x17940 ?x25074 0.0)))
 (let (($x13403 (>= boundary 3)))
 (let ((?x21766 (ite $x13403 (* 1.0 x_46) 0.0)))
 (let ((?x45760 (+ ?x21766 ?x27978)))
 (let (($x62021 (= read_value x_46)))
 (let (($x41365 (= read_index 4)))
 (let (($x12228 (and (and $x41365 (not (= phase_30 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x22710 (and (and (= read_index 3) (not false)) (= boundary (- phase_177 1)))))
 (let (($x35611 (and (and (= read_index 2) (not false)) (= boundary (- phase_140 1)))))
 (let (($x64031 (and (and (= read_index 1) (not false)) (= boundary (- phase_103 1)))))
 (let (($x38629 (and (and (= read_index 0) (not false)) (= boundary (- phase_66 1)))))
 (let (($x3653 (or (and $x38629 $x62021) (and $x64031 $x62021) (and $x35611 $x62021) (and $x22710 $x62021) (and $x12228 $x62021))))
 (and $x3653 (and (distinct ?x45760 read_value) true)))))))))))))))))
(check-sat)
