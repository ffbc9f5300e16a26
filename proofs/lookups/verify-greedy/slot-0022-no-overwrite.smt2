(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_16 () Int)
(declare-fun phase_108 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_16 0))
(assert
 (= phase_108 2))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x4319 (and (and $x19215 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true)) true)))
 (let ((?x31367 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 3) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x5977 (and (and $x1772 (and (distinct ?x31367 0.0) true)) (> (ite (> phase_108 phase_16) phase_108 phase_16) boundary))))
 (let (($x5374 (or (= boundary 1) (= boundary 3) (= boundary 5))))
 (and $x5374 (or $x5977 $x4319)))))))))
(check-sat)
