(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x98171 (and $x33900 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x129957 (and $x98171 true)))
 (let (($x107869 (or $x129957)))
 (let (($x72013 (= boundary 15)))
 (let (($x129491 (or $x72013)))
 (and $x129491 $x107869))))))))
(check-sat)
