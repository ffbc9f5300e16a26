(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x44116 (< boundary 12)))
 (let (($x9623 (= value_index 1)))
 (let (($x53640 (and $x9623 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x44258 (and $x53640 $x44116)))
 (or $x44258))))))
(check-sat)
