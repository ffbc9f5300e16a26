(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14749 (= value_index 0)))
 (let (($x2431 (and $x14749 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x2709 (and $x2431 true)))
 (let (($x4493 (or $x2709)))
 (let (($x23142 (= boundary (- 1))))
 (let (($x2719 (or $x23142)))
 (and $x2719 $x4493))))))))
(check-sat)
