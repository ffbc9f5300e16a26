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
 (let ((?x18093 (div phase_4 4)))
 (let ((?x2377 (div phase_5 4)))
 (let (($x18095 (and (distinct ?x2377 ?x18093) true)))
 (let ((?x18086 (div phase_0 4)))
 (let ((?x2374 (div phase_3 4)))
 (let (($x2375 (and (distinct ?x2374 ?x18086) true)))
 (let ((?x18089 (div phase_2 4)))
 (let (($x2373 (and (distinct ?x18089 ?x18086) true)))
 (let ((?x18087 (div phase_1 4)))
 (let (($x18088 (and (distinct ?x18087 ?x18086) true)))
 (or $x18088 $x2373 $x2375 $x18095))))))))))))
(check-sat)
