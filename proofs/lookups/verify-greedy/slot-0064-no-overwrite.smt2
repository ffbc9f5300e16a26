(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x11230 (= value_index 0)))
 (let (($x53733 (and $x11230 (and (distinct (ite (> boundary 5) 1.0 0.0) 0.0) true))))
 (let (($x44593 (and $x53733 true)))
 (let (($x52273 (or $x44593)))
 (let (($x4705 (= boundary 5)))
 (let (($x14696 (or $x4705)))
 (and $x14696 $x52273))))))))
(check-sat)
