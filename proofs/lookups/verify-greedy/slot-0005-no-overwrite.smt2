(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_12 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_12 0))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x21575 (and (and $x19215 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let (($x1969 (> phase_0 (- 1))))
 (let ((?x7120 (ite $x1969 phase_0 (- 1))))
 (let (($x4232 (> phase_12 ?x7120)))
 (let ((?x5119 (ite $x4232 phase_12 ?x7120)))
 (let ((?x5977 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x21878 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x21878 (or (and (and $x1772 (and (distinct ?x5977 0.0) true)) (> ?x5119 boundary)) $x21575))))))))))))
(check-sat)
