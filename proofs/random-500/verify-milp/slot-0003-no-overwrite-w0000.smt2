(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3868 (= value_index 0)))
 (let (($x23617 (and $x3868 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x89365 (and $x23617 true)))
 (let (($x109248 (or $x89365)))
 (let (($x81173 (= boundary (- 1))))
 (let (($x99357 (or $x81173)))
 (and $x99357 $x109248))))))))
(check-sat)
