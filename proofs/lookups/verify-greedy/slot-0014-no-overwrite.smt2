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
 (let (($x19215 (= value_index 1)))
 (let (($x7077 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x2124 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3243 (and (and $x1772 (and (distinct ?x2124 0.0) true)) (> (ite (> phase_3 phase_0) phase_3 phase_0) boundary))))
 (let (($x27088 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x27088 (or $x3243 $x7077)))))))))
(check-sat)
