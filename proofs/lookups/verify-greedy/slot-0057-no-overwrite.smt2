(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x25218 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x4325 (and $x25218 true)))
 (let (($x6706 (or $x4325)))
 (let (($x47119 (= boundary 5)))
 (let (($x42003 (or $x47119)))
 (and $x42003 $x6706))))))))
(check-sat)
