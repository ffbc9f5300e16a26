(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x97159 (and $x4254 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x108367 (and $x97159 true)))
 (let (($x164647 (or $x108367)))
 (let (($x85590 (= boundary 7)))
 (let (($x136852 (or $x85590)))
 (and $x136852 $x164647))))))))
(check-sat)
