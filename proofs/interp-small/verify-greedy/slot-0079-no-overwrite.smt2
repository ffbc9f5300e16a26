(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x10261 (= value_index 0)))
 (let (($x31723 (and $x10261 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x32696 (and $x31723 true)))
 (let (($x21883 (or $x32696)))
 (let (($x26094 (= boundary 11)))
 (let (($x43316 (or $x26094)))
 (and $x43316 $x21883))))))))
(check-sat)
