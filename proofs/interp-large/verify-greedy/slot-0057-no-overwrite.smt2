(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x85643 (and $x4254 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x86505 (and $x85643 true)))
 (let (($x94207 (or $x86505)))
 (let (($x252941 (= boundary 3)))
 (let (($x88548 (or $x252941)))
 (and $x88548 $x94207))))))))
(check-sat)
