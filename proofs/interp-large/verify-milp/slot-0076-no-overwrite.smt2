(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun boundary () Int)
(declare-fun value_index () Int)
(assert
 (let (($x4299 (= value_index 0)))
 (let (($x114077 (and $x4299 (and (distinct (ite (> boundary 7) 1.0 0.0) 0.0) true))))
 (let (($x138290 (and $x114077 true)))
 (let (($x158764 (or $x138290)))
 (let (($x187700 (= boundary 7)))
 (let (($x150128 (or $x187700)))
 (and $x150128 $x158764))))))))
(check-sat)
