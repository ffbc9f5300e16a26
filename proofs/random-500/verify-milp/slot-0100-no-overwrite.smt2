(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x1672 (= value_index 0)))
 (let (($x85702 (and $x1672 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x104204 (and $x85702 true)))
 (let (($x127835 (or $x104204)))
 (let (($x27591 (= boundary 7)))
 (let (($x113044 (or $x27591)))
 (and $x113044 $x127835))))))))
(check-sat)
