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
 (let (($x19215 (= value_index 1)))
 (let (($x39679 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x7140 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x15965 (and (and $x1772 (and (distinct ?x7140 0.0) true)) (> (ite (> phase_1 phase_0) phase_1 phase_0) boundary))))
 (let (($x9914 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x9914 (or $x15965 $x39679)))))))))
(check-sat)
