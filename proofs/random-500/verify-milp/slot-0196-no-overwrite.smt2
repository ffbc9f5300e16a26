(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_338 () Int)
(declare-fun phase_372 () Int)
(declare-fun phase_380 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_338 18))
(assert
 (= phase_372 33))
(assert
 (= phase_380 30))
(assert
 (let (($x69744 (= value_index 1)))
 (let (($x42635 (and (and $x69744 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let (($x47550 (> phase_372 phase_338)))
 (let ((?x51308 (ite $x47550 phase_372 phase_338)))
 (let (($x47548 (> phase_380 ?x51308)))
 (let ((?x35664 (ite $x47548 phase_380 ?x51308)))
 (let ((?x112028 (+ (ite (> boundary 19) 1.0 0.0) (ite (> boundary 33) (- 1.0) 0.0))))
 (let (($x1672 (= value_index 0)))
 (let (($x43660 (= boundary 35)))
 (let (($x98321 (= boundary 33)))
 (let (($x101139 (= boundary 19)))
 (let (($x127090 (or $x101139 $x98321 $x43660)))
 (and $x127090 (or (and (and $x1672 (and (distinct ?x112028 0.0) true)) (> ?x35664 boundary)) $x42635)))))))))))))))
(check-sat)
