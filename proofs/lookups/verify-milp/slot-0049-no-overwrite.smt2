(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x37737 (= value_index 0)))
 (let (($x20104 (and $x37737 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x25183 (and $x20104 true)))
 (let (($x13796 (or $x25183)))
 (let (($x26217 (= boundary 5)))
 (let (($x25545 (or $x26217)))
 (and $x25545 $x13796))))))))
(check-sat)
