(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(declare-fun phase_3 () Int)
(declare-fun phase_4 () Int)
(declare-fun phase_5 () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (= phase_3 2))
(assert
 (= phase_4 8))
(assert
 (= phase_5 10))
(assert
 (let ((?x16354 (div phase_4 4)))
 (let ((?x4335 (div phase_5 4)))
 (let (($x16339 (and (distinct ?x4335 ?x16354) true)))
 (let ((?x13746 (div phase_0 4)))
 (let ((?x3470 (div phase_3 4)))
 (let (($x3509 (and (distinct ?x3470 ?x13746) true)))
 (let ((?x15253 (div phase_2 4)))
 (let (($x3532 (and (distinct ?x15253 ?x13746) true)))
 (let ((?x13747 (div phase_1 4)))
 (let (($x13748 (and (distinct ?x13747 ?x13746) true)))
 (or $x13748 $x3532 $x3509 $x16339))))))))))))
(check-sat)
