(set-logic QF_LIA)
; 
(set-info :status unknown)
(declare-fun phase_0 () Int)
(declare-fun phase_1 () Int)
(declare-fun phase_2 () Int)
(assert
 (= phase_0 0))
(assert
 (= phase_1 2))
(assert
 (= phase_2 2))
(assert
 (let ((?x77525 (div phase_0 4)))
 (let ((?x77528 (div phase_2 4)))
 (let (($x77511 (and (distinct ?x77528 ?x77525) true)))
 (let ((?x77526 (div phase_1 4)))
 (let (($x77527 (and (distinct ?x77526 ?x77525) true)))
 (or $x77527 $x77511)))))))
(check-sat)
