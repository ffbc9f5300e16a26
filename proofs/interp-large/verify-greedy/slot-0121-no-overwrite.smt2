(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x151695 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x127344 (and $x151695 true)))
 (let (($x141314 (or $x127344)))
 (let (($x135324 (= boundary 11)))
 (let (($x222125 (or $x135324)))
 (and $x222125 $x141314))))))))
(check-sat)
