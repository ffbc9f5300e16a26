(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x25909 (= value_index 0)))
 (let (($x83367 (and $x25909 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x132687 (and $x83367 true)))
 (let (($x31212 (or $x132687)))
 (let (($x90775 (= boundary (- 1))))
 (let (($x42224 (or $x90775)))
 (and $x42224 $x31212))))))))
(check-sat)
