(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_2 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_2 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x37003 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x4526 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x9093 (and (and $x37737 (and (distinct ?x4526 0.0) true)) (> (ite (> phase_2 phase_0) phase_2 phase_0) boundary))))
 (let (($x15406 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x15406 (or $x9093 $x37003)))))))))
(check-sat)
