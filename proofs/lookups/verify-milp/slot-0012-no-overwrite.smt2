(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (let (($x8320 (= value_index 1)))
 (let (($x16084 (and (and $x8320 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x16875 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x2779 (and (and $x37737 (and (distinct ?x16875 0.0) true)) (> (ite (> phase_1 phase_0) phase_1 phase_0) boundary))))
 (let (($x24199 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x24199 (or $x2779 $x16084)))))))))
(check-sat)
