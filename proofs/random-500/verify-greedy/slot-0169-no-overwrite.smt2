(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x58752 (and $x2642 (and (distinct (ite (> boundary 9) 1.0 0.0) 0.0) true))))
 (let (($x117029 (and $x58752 true)))
 (let (($x129716 (or $x117029)))
 (let (($x108795 (= boundary 9)))
 (let (($x118364 (or $x108795)))
 (and $x118364 $x129716))))))))
(check-sat)
