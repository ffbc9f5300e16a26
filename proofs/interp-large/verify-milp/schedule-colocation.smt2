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
 (let ((?x87961 (div phase_0 4)))
 (let ((?x87964 (div phase_2 4)))
 (let (($x87951 (and (distinct ?x87964 ?x87961) true)))
 (let ((?x87962 (div phase_1 4)))
 (let (($x87963 (and (distinct ?x87962 ?x87961) true)))
 (or $x87963 $x87951)))))))
(check-sat)
