(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x118347 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x112010 (and $x118347 true)))
 (let (($x64880 (or $x112010)))
 (let (($x70007 (= boundary 15)))
 (let (($x115972 (or $x70007)))
 (and $x115972 $x64880))))))))
(check-sat)
