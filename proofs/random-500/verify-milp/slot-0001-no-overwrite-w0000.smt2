(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x19946 (= value_index 0)))
 (let (($x34191 (and $x19946 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x114564 (and $x34191 true)))
 (let (($x75405 (or $x114564)))
 (let (($x56903 (= boundary (- 1))))
 (let (($x64085 (or $x56903)))
 (and $x64085 $x75405))))))))
(check-sat)
