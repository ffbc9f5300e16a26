(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_29 () Int)
(declare-fun phase_125 () Int)
(declare-fun phase_168 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_29 0))
(assert
 (= phase_125 4))
(assert
 (= phase_168 4))
(assert
 (let (($x19215 (= value_index 1)))
 (let (($x18578 (and (and $x19215 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true)) true)))
 (let (($x18757 (> phase_125 phase_29)))
 (let ((?x5672 (ite $x18757 phase_125 phase_29)))
 (let (($x13307 (> phase_168 ?x5672)))
 (let ((?x18844 (ite $x13307 phase_168 ?x5672)))
 (let ((?x10367 (+ (ite (> boundary 1) 1.0 0.0) (ite (> boundary 5) (- 1.0) 0.0))))
 (let (($x1772 (= value_index 0)))
 (let (($x3841 (= boundary 11)))
 (let (($x2334 (or (= boundary 1) (= boundary 5) $x3841)))
 (and $x2334 (or (and (and $x1772 (and (distinct ?x10367 0.0) true)) (> ?x18844 boundary)) $x18578)))))))))))))
(check-sat)
