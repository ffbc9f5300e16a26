(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1772 (= value_index 0)))
 (let (($x908 (and $x1772 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x50653 (and $x908 true)))
 (let (($x10020 (or $x50653)))
 (let (($x8507 (= boundary 3)))
 (let (($x19435 (or $x8507)))
 (and $x19435 $x10020))))))))
(check-sat)
