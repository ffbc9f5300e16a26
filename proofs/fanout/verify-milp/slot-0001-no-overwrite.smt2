(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x792 (= value_index 0)))
 (let (($x3758 (and $x792 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x5872 (and $x3758 true)))
 (let (($x6714 (or $x5872)))
 (let (($x548 (= boundary (- 1))))
 (let (($x6329 (or $x548)))
 (and $x6329 $x6714))))))))
(check-sat)
