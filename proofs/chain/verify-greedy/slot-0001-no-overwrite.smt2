(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x3468 (= value_index 0)))
 (let (($x15027 (and $x3468 (and (distinct (ite (> boundary (- 1)) 1.0 0.0) 0.0) true))))
 (let (($x16060 (and $x15027 true)))
 (let (($x22881 (or $x16060)))
 (let (($x142 (= boundary (- 1))))
 (let (($x22454 (or $x142)))
 (and $x22454 $x22881))))))))
(check-sat)
