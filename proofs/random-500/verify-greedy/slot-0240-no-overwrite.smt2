(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x52535 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x131204 (and $x52535 true)))
 (let (($x79437 (or $x131204)))
 (let (($x72013 (= boundary 15)))
 (let (($x79459 (or $x72013)))
 (and $x79459 $x79437))))))))
(check-sat)
