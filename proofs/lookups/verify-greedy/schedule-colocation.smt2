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
 (= phase_4 0))
(assert
 (= phase_5 2))
(assert
 (let ((?x18089 (div phase_4 4)))
 (let ((?x2378 (div phase_5 4)))
 (let (($x18091 (and (distinct ?x2378 ?x18089) true)))
 (let ((?x18082 (div phase_0 4)))
 (let ((?x2376 (div phase_3 4)))
 (let (($x19687 (and (distinct ?x2376 ?x18082) true)))
 (let ((?x18085 (div phase_2 4)))
 (let (($x19683 (and (distinct ?x18085 ?x18082) true)))
 (let ((?x18083 (div phase_1 4)))
 (let (($x18084 (and (distinct ?x18083 ?x18082) true)))
 (or $x18084 $x19683 $x19687 $x18091))))))))))))
(check-sat)
