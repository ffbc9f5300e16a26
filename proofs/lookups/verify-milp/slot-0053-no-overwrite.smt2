(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x26002 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x15076 (and $x26002 true)))
 (let (($x33183 (or $x15076)))
 (let (($x37043 (= boundary 5)))
 (let (($x25545 (or $x37043)))
 (and $x25545 $x33183))))))))
(check-sat)
