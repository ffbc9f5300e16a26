(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x23512 (and $x1772 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x10165 (and $x23512 true)))
 (let (($x50903 (or $x10165)))
 (let (($x19334 (= boundary 5)))
 (let (($x2421 (or $x19334)))
 (and $x2421 $x50903))))))))
(check-sat)
