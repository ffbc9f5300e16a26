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
 (let ((?x76620 (div phase_0 4)))
 (let ((?x76605 (div phase_2 4)))
 (let (($x76610 (and (distinct ?x76605 ?x76620) true)))
 (let ((?x76603 (div phase_1 4)))
 (let (($x76604 (and (distinct ?x76603 ?x76620) true)))
 (or $x76604 $x76610)))))))
(check-sat)
