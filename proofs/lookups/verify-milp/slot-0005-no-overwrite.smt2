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
 (let (($x8320 (= value_index 1)))
 (let (($x23532 (and (and $x8320 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true)) true)))
 (let (($x128 (> phase_0 (- 1))))
 (let ((?x13166 (ite $x128 phase_0 (- 1))))
 (let (($x452 (> phase_12 ?x13166)))
 (let ((?x14971 (ite $x452 phase_12 ?x13166)))
 (let ((?x9176 (+ (ite (> boundary (- 1)) 1.0 0.0) (ite (> boundary 1) (- 1.0) 0.0))))
 (let (($x37737 (= value_index 0)))
 (let (($x11996 (or (= boundary (- 1)) (= boundary 1) (= boundary 3))))
 (and $x11996 (or (and (and $x37737 (and (distinct ?x9176 0.0) true)) (> ?x14971 boundary)) $x23532))))))))))))
(check-sat)
