(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x168625 (and $x4299 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x18387 (and $x168625 true)))
 (let (($x41480 (or $x18387)))
 (let (($x83909 (= boundary 3)))
 (let (($x173849 (or $x83909)))
 (and $x173849 $x41480))))))))
(check-sat)
