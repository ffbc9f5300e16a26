(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_3 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_3 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x4746 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x2421 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x16540 (and (and $x37737 (and (distinct ?x2421 0.0) true)) (> (ite (> phase_3 phase_0) phase_3 phase_0) boundary))))
 (let (($x22030 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x22030 (or $x16540 $x4746)))))))))
(check-sat)
