(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_14 () Int)
(declare-fun phase_15 () Int)
(declare-fun phase_16 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_14 0))
(assert
 (= phase_15 0))
(assert
 (= phase_16 0))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x1596 (and (and $x19215 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let (($x1969 (> phase_0 (- 1))))
 (let ((?x7120 (ite $x1969 phase_0 (- 1))))
 (let (($x4183 (> phase_14 ?x7120)))
 (let ((?x7507 (ite $x4183 phase_14 ?x7120)))
 (let (($x5380 (> phase_15 ?x7507)))
 (let ((?x6055 (ite $x5380 phase_15 ?x7507)))
 (let (($x6056 (> phase_16 ?x6055)))
 (let ((?x18800 (ite $x6056 phase_16 ?x6055)))
 (let ((?x21118 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3847 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x3847 (or (and (and $x1772 (and (distinct ?x21118 0.0) true)) (> ?x18800 boundary)) $x1596))))))))))))))))
(check-sat)
