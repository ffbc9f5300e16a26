(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_6 () Int)
(declare-fun phase_63 () Int)
(declare-fun phase_90 () Int)
(declare-fun phase_404 () Int)
(declare-fun phase_414 () Int)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (= phase_6 2))
(assert
 (= phase_63 3))
(assert
 (= phase_90 3))
(assert
 (= phase_404 27))
(assert
 (= phase_414 30))
(assert
 (let (($x45255 (= value_index 1)))
 (let (($x51502 (and (and $x45255 (and (distinct (ite (> boundary 35) 1.0 0.0) 0.0) true)) true)))
 (let (($x18434 (> phase_63 phase_6)))
 (let ((?x18435 (ite $x18434 phase_63 phase_6)))
 (let (($x18438 (> phase_90 ?x18435)))
 (let ((?x18439 (ite $x18438 phase_90 ?x18435)))
 (let (($x18442 (> phase_404 ?x18439)))
 (let ((?x18443 (ite $x18442 phase_404 ?x18439)))
 (let (($x18447 (> phase_414 ?x18443)))
 (let ((?x18448 (ite $x18447 phase_414 ?x18443)))
 (let ((?x47071 (+ (ite (> boundary 3) 1.0 0.0) (ite (> boundary 31) (- 1.0) 0.0))))
 (let (($x2642 (= value_index 0)))
 (let (($x63975 (= boundary 35)))
 (let (($x36573 (= boundary 31)))
 (let (($x115456 (or (= boundary 3) $x36573 $x63975)))
 (and $x115456 (or (and (and $x2642 (and (distinct ?x47071 0.0) true)) (> ?x18448 boundary)) $x51502))))))))))))))))))
(check-sat)
