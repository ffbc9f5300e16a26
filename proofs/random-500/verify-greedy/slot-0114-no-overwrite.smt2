(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x124752 (and $x2642 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x128833 (and $x124752 true)))
 (let (($x91350 (or $x128833)))
 (let (($x64153 (= boundary 5)))
 (let (($x130202 (or $x64153)))
 (and $x130202 $x91350))))))))
(check-sat)
