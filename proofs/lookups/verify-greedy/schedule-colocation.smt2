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
 (let ((?x13600 (div phase_4 4)))
 (let ((?x3392 (div phase_5 4)))
 (let (($x13889 (and (distinct ?x3392 ?x13600) true)))
 (let ((?x15341 (div phase_0 4)))
 (let ((?x4313 (div phase_3 4)))
 (let (($x4314 (and (distinct ?x4313 ?x15341) true)))
 (let ((?x13842 (div phase_2 4)))
 (let (($x3461 (and (distinct ?x13842 ?x15341) true)))
 (let ((?x13753 (div phase_1 4)))
 (let (($x13797 (and (distinct ?x13753 ?x15341) true)))
 (or $x13797 $x3461 $x4314 $x13889))))))))))))
(check-sat)
