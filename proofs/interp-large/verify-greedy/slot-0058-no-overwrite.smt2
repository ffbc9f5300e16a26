(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x37792 (and $x4254 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x224811 (and $x37792 true)))
 (let (($x179388 (or $x224811)))
 (let (($x252941 (= boundary 3)))
 (let (($x146775 (or $x252941)))
 (and $x146775 $x179388))))))))
(check-sat)
