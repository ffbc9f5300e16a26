(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3116 (< boundary 0)))
 (let (($x33038 (= value_index 0)))
 (let (($x81579 (and $x33038 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x89850 (and $x81579 $x3116)))
 (or $x89850))))))
(check-sat)
