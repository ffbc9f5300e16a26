(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x64236 (and $x2642 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x69705 (and $x64236 true)))
 (let (($x79398 (or $x69705)))
 (let (($x119979 (= boundary 7)))
 (let (($x77513 (or $x119979)))
 (and $x77513 $x79398))))))))
(check-sat)
