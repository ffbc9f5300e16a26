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
 (let ((?x88307 (div phase_0 4)))
 (let ((?x88302 (div phase_2 4)))
 (let (($x88298 (and (distinct ?x88302 ?x88307) true)))
 (let ((?x88300 (div phase_1 4)))
 (let (($x88301 (and (distinct ?x88300 ?x88307) true)))
 (or $x88301 $x88298)))))))
(check-sat)
