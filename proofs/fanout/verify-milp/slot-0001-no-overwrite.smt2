(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1775 (= value_index 0)))
 (let (($x5646 (and $x1775 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x7195 (and $x5646 true)))
 (let (($x9767 (or $x7195)))
 (let (($x13616 (= boundary (- 1))))
 (let (($x8034 (or $x13616)))
 (and $x8034 $x9767))))))))
(check-sat)
