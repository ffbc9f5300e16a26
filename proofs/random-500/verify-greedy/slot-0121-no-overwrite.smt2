(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x100508 (and $x2642 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x108550 (and $x100508 true)))
 (let (($x109074 (or $x108550)))
 (let (($x119979 (= boundary 7)))
 (let (($x108958 (or $x119979)))
 (and $x108958 $x109074))))))))
(check-sat)
