(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x6159 (= value_index 0)))
 (let (($x22483 (and $x6159 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x23187 (and $x22483 true)))
 (let (($x23616 (or $x23187)))
 (let (($x1795 (= boundary (- 1))))
 (let (($x23279 (or $x1795)))
 (and $x23279 $x23616))))))))
(check-sat)
