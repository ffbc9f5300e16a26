(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x75619 (and $x33900 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x79282 (and $x75619 true)))
 (let (($x94227 (or $x79282)))
 (let (($x21803 (= boundary 3)))
 (let (($x79410 (or $x21803)))
 (and $x79410 $x94227))))))))
(check-sat)
