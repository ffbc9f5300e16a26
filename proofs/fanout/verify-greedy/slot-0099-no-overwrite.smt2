(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x14749 (= value_index 0)))
 (let (($x84694 (and $x14749 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x215 (and $x84694 true)))
 (let (($x586 (or $x215)))
 (let (($x2956 (= boundary 9)))
 (let (($x36756 (or $x2956)))
 (and $x36756 $x586))))))))
(check-sat)
