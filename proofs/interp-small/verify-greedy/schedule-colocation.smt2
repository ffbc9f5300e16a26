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
 (let ((?x26471 (div phase_0 4)))
 (let ((?x26035 (div phase_2 4)))
 (let (($x26524 (and (distinct ?x26035 ?x26471) true)))
 (let ((?x26566 (div phase_1 4)))
 (let (($x12871 (and (distinct ?x26566 ?x26471) true)))
 (or $x12871 $x26524)))))))
(check-sat)
