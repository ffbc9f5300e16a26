(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x24506 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x25547 (and $x24506 true)))
 (let (($x25099 (or $x25547)))
 (let (($x12016 (= boundary 5)))
 (let (($x15861 (or $x12016)))
 (and $x15861 $x25099))))))))
(check-sat)
