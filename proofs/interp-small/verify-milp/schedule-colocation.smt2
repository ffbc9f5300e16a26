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
 (let ((?x30991 (div phase_0 4)))
 (let ((?x27079 (div phase_2 4)))
 (let (($x27091 (and (distinct ?x27079 ?x30991) true)))
 (let ((?x30993 (div phase_1 4)))
 (let (($x30994 (and (distinct ?x30993 ?x30991) true)))
 (or $x30994 $x27091)))))))
(check-sat)
