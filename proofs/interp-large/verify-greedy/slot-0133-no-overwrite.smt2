(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x127211 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x217156 (and $x127211 true)))
 (let (($x66604 (or $x217156)))
 (let (($x188907 (= boundary 11)))
 (let (($x43566 (or $x188907)))
 (and $x43566 $x66604))))))))
(check-sat)
