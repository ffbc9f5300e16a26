(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x5362 (= value_index 0)))
 (let (($x23851 (and $x5362 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x23964 (and $x23851 true)))
 (let (($x25118 (or $x23964)))
 (let (($x457 (= boundary (- 1))))
 (let (($x24247 (or $x457)))
 (and $x24247 $x25118))))))))
(check-sat)
