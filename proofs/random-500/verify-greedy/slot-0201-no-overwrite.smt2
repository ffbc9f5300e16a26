(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x100838 (and $x2642 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x91462 (and $x100838 true)))
 (let (($x34848 (or $x91462)))
 (let (($x105617 (= boundary 11)))
 (let (($x51522 (or $x105617)))
 (and $x51522 $x34848))))))))
(check-sat)
