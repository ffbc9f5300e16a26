(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x22163 (= value_index 0)))
 (let (($x32970 (and $x22163 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x31445 (and $x32970 true)))
 (let (($x9303 (or $x31445)))
 (let (($x36821 (= boundary 9)))
 (let (($x26334 (or $x36821)))
 (and $x26334 $x9303))))))))
(check-sat)
