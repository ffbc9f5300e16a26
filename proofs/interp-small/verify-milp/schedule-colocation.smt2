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
 (let ((?x29626 (div phase_0 4)))
 (let ((?x28993 (div phase_2 4)))
 (let (($x30894 (and (distinct ?x28993 ?x29626) true)))
 (let ((?x29627 (div phase_1 4)))
 (let (($x28985 (and (distinct ?x29627 ?x29626) true)))
 (or $x28985 $x30894)))))))
(check-sat)
