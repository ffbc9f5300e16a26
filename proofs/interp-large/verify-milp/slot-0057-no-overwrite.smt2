(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x56717 (and $x4299 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x87441 (and $x56717 true)))
 (let (($x120869 (or $x87441)))
 (let (($x83909 (= boundary 3)))
 (let (($x101838 (or $x83909)))
 (and $x101838 $x120869))))))))
(check-sat)
