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
 (= phase_83 10))
(assert
 (= phase_120 6))
(assert
 (= phase_157 10))
(assert
 (= phase_282 11))
(assert
 (let ((?x35351 (* (- 1.0) x_26)))
 (let (($x17940 (>= boundary 11)))
 (let ((?x35599 (ite $x17940 ?x35351 0.0)))
 (let ((?x35636 (+ (ite (>= boundary 3) (* 1.0 x_26) 0.0) ?x35599)))
 (let (($x62726 (= read_value x_26)))
 (let (($x41365 (= read_index 4)))
 (let (($x11578 (and (and $x41365 (not (= phase_10 (- phase_282 1)))) (= boundary (- phase_282 2)))))
 (let (($x9508 (and (and (= read_index 3) (not false)) (= boundary (- phase_157 1)))))
 (let (($x29297 (and (and (= read_index 2) (not false)) (= boundary (- phase_120 1)))))
 (let (($x32939 (and (and (= read_index 1) (not false)) (= boundary (- phase_83 1)))))
 (let (($x62480 (and (and (= read_index 0) (not false)) (= boundary (- phase_46 1)))))
 (let (($x7901 (or (and $x62480 $x62726) (and $x32939 $x62726) (and $x29297 $x62726) (and $x9508 $x62726) (and $x11578 $x62726))))
 (and $x7901 (and (distinct ?x35636 read_value) true)))))))))))))))
(check-sat)
