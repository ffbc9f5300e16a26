(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14749 (= value_index 0)))
 (let (($x4152 (and $x14749 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x31219 (and $x4152 true)))
 (let (($x28785 (or $x31219)))
 (let (($x23142 (= boundary (- 1))))
 (let (($x33045 (or $x23142)))
 (and $x33045 $x28785))))))))
(check-sat)
