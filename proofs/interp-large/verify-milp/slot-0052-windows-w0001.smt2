(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x39709 (< boundary 52)))
 (let (($x147768 (= value_index 2)))
 (let (($x136338 (and $x147768 (and (distinct (ite (> boundary 51) 1.0 0.0) 0.0) true))))
 (let (($x96865 (and $x136338 $x39709)))
 (or $x96865))))))
(check-sat)
