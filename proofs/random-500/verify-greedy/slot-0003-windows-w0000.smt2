(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4192 (< boundary 0)))
 (let (($x8789 (= value_index 0)))
 (let (($x39092 (and $x8789 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x68074 (and $x39092 $x4192)))
 (or $x68074))))))
(check-sat)
