(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x33900 (= value_index 0)))
 (let (($x76939 (and $x33900 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x80882 (and $x76939 true)))
 (let (($x132859 (or $x80882)))
 (let (($x9485 (= boundary 9)))
 (let (($x95052 (or $x9485)))
 (and $x95052 $x132859))))))))
(check-sat)
