(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x84862 (= value_index 0)))
 (let (($x58426 (and $x84862 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x218818 (and $x58426 true)))
 (let (($x225532 (or $x218818)))
 (let (($x188907 (= boundary 11)))
 (let (($x218467 (or $x188907)))
 (and $x218467 $x225532))))))))
(check-sat)
