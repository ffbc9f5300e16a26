(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x116052 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x53633 (and $x116052 true)))
 (let (($x45770 (or $x53633)))
 (let (($x70007 (= boundary 15)))
 (let (($x49729 (or $x70007)))
 (and $x49729 $x45770))))))))
(check-sat)
