(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x36045 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x104875 (and $x36045 true)))
 (let (($x109049 (or $x104875)))
 (let (($x188907 (= boundary 11)))
 (let (($x95961 (or $x188907)))
 (and $x95961 $x109049))))))))
(check-sat)
