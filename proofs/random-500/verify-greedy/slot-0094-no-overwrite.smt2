(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x2642 (= value_index 0)))
 (let (($x89982 (and $x2642 (and (distinct (ite (> boundary 3) 1.0 0.0) 0.0) true))))
 (let (($x91883 (and $x89982 true)))
 (let (($x112040 (or $x91883)))
 (let (($x90920 (= boundary 3)))
 (let (($x110835 (or $x90920)))
 (and $x110835 $x112040))))))))
(check-sat)
