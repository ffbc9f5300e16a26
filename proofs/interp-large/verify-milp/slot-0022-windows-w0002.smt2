(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10158 (< boundary 48)))
 (let (($x89213 (= value_index 1)))
 (let (($x106881 (and $x89213 (and (distinct (ite (> boundary 47) 1.0 0.0) 0.0) true))))
 (let (($x178827 (and $x106881 $x10158)))
 (or $x178827))))))
(check-sat)
