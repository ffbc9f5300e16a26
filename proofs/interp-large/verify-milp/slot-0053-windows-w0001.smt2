(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2600 (< boundary 52)))
 (let (($x147768 (= value_index 2)))
 (let (($x196070 (and $x147768 (and (distinct (ite (> boundary 51) 1.0 0.0) 0.0) true))))
 (let (($x206914 (and $x196070 $x2600)))
 (or $x206914))))))
(check-sat)
