(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x56756 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x52061 (and $x56756 true)))
 (let (($x16167 (or $x52061)))
 (let (($x4705 (= boundary 5)))
 (let (($x3645 (or $x4705)))
 (and $x3645 $x16167))))))))
(check-sat)
