(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14749 (= value_index 0)))
 (let (($x40903 (and $x14749 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x25807 (and $x40903 true)))
 (let (($x32556 (or $x25807)))
 (let (($x23142 (= boundary (- 1))))
 (let (($x23121 (or $x23142)))
 (and $x23121 $x32556))))))))
(check-sat)
