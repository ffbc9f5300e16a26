(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4254 (= value_index 0)))
 (let (($x211931 (and $x4254 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x123849 (and $x211931 true)))
 (let (($x88457 (or $x123849)))
 (let (($x139555 (= boundary 5)))
 (let (($x170389 (or $x139555)))
 (and $x170389 $x88457))))))))
(check-sat)
