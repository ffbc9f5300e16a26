(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x100014 (and $x4254 (and (distinct (ite (> boundary 11) 1.0 0.0) 0.0) true))))
 (let (($x95293 (and $x100014 true)))
 (let (($x196205 (or $x95293)))
 (let (($x135324 (= boundary 11)))
 (let (($x104180 (or $x135324)))
 (and $x104180 $x196205))))))))
(check-sat)
