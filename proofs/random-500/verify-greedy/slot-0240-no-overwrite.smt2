(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x127040 (and $x2642 (and (distinct (ite (> boundary 15) 1.0 0.0) 0.0) true))))
 (let (($x102035 (and $x127040 true)))
 (let (($x115972 (or $x102035)))
 (let (($x70007 (= boundary 15)))
 (let (($x68251 (or $x70007)))
 (and $x68251 $x115972))))))))
(check-sat)
