(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x5189 (< boundary 0)))
 (let (($x25909 (= value_index 0)))
 (let (($x83367 (and $x25909 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x90018 (and $x83367 $x5189)))
 (or $x90018))))))
(check-sat)
