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
 (let ((?x31040 (div phase_0 4)))
 (let ((?x31055 (div phase_2 4)))
 (let (($x26868 (and (distinct ?x31055 ?x31040) true)))
 (let ((?x31043 (div phase_1 4)))
 (let (($x31048 (and (distinct ?x31043 ?x31040) true)))
 (or $x31048 $x26868)))))))
(check-sat)
